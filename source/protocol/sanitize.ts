// Makes text from customers, other agents and the server safe to put on a terminal (the desk, the demo's report card).
//
// A terminal obeys what it is sent: ESC and C1 sequences move the cursor, clear the screen, set the
// window title, write the clipboard (OSC 52) or make links (OSC 8); bidi controls reorder what is
// shown. None of that may come from the other side of a chat, so everything remote passes through
// sanitizeRemoteText before it is measured, wrapped or drawn.

export interface SanitizeOptions {
	/** Keep line breaks (message bodies). When false (names, previews), every line break and tab becomes one space. */
	readonly multiline: boolean;
	/** Longest result in UTF-16 code units, ellipsis included. Defaults: 16,000 multiline, 500 single-line. */
	readonly maxLength?: number;
	/** Appended when the text is cut at maxLength. Pass '...' in ASCII mode. */
	readonly ellipsis?: string;
}

/** Four times the protocol's 4,000-character message limit: room for server notices, still bounded. */
export const DEFAULT_MAX_MULTILINE = 16_000;
/** Names, sneak-peek text and previews never need more; the protocol caps names at 200. */
export const DEFAULT_MAX_SINGLE_LINE = 500;
/** Tab stops depend on the column, which depends on wrapping; a fixed expansion keeps sanitising width-free. */
export const TAB_SPACES = '    ';
/** Input beyond this many code units (or 8 x maxLength, if more) is not even looked at. */
const MIN_INPUT_LIMIT = 65_536;
/** More combining marks than this on one character is "zalgo" text, which some terminals draw over neighbouring rows. */
export const MAX_COMBINING_MARKS = 8;

// One alternation, so a single left-to-right pass removes everything; order matters (sequences before
// the single-character class that would otherwise eat only their first byte).
const UNSAFE = new RegExp(
	[
		// CSI, 7-bit (ESC [) or 8-bit (U+009B): parameter bytes (incl. private markers <=>?),
		// intermediate bytes, final byte. A missing final byte (cut-off text) still drops the rest.
		String.raw`(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?`,
		// String sequences: OSC (ESC ] / U+009D), DCS (ESC P / U+0090), SOS (ESC X / U+0098),
		// PM (ESC ^ / U+009E), APC (ESC _ / U+009F). The payload (a title, a clipboard write, a
		// hyperlink target) is dropped up to BEL or ST (ESC \ or U+009C). CAN/SUB abort a sequence
		// and ESC starts a new one in a real terminal, so the payload stops there too; an
		// unterminated sequence is dropped to the end of the text, as the terminal would swallow it.
		String.raw`(?:\x1b[\]PX^_]|[\x90\x98\x9d-\x9f])[^\x07\x18\x1a\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?`,
		// Any other escape: ESC, intermediates, one final byte (ESC c full reset, ESC 7/8 cursor
		// save/restore, ESC ( B charset, ESC # 8 screen fill, ...), or a lone ESC.
		String.raw`\x1b[\x20-\x2f]*[\x30-\x7e]?`,
		// Line breaks in every spelling (CRLF, CR, LF, NEL, LINE/PARAGRAPH SEPARATOR) and tab: kept
		// as "\n" or spaces by the replacer.
		String.raw`\r\n?|[\n\x85\u2028\u2029\t]`,
		// Single characters removed outright:
		//   C0 controls but tab and LF, DEL, C1 controls;
		//   U+00AD soft hyphen (terminals disagree on whether it takes a column, which breaks layout);
		//   U+061C, U+200E, U+200F bidi marks, U+202A-U+202E embeddings/overrides, U+2066-U+2069
		//   isolates: a customer must not reorder what the agent reads;
		//   U+200B zero-width space, U+2060-U+206F word joiner, invisible operators and deprecated
		//   format controls, U+FEFF BOM, U+FFF9-U+FFFB interlinear annotations: invisible, so they
		//   only serve to make two different strings look the same;
		//   U+FFFE/U+FFFF noncharacters; lone surrogates (with the u flag a valid pair is one code
		//   point and never matches this class).
		// Kept on purpose: U+200C/U+200D (ZWNJ for Persian and Indic shaping, ZWJ for emoji
		// sequences), variation selectors (emoji presentation), private-use characters (icon fonts).
		String.raw`[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\ufffe\uffff\ud800-\udfff]`,
		// Unicode tag characters hide ASCII text invisibly ("ASCII smuggling"); they are kept only
		// where they belong, in a subdivision flag (U+1F3F4 followed by a few tags, e.g. Scotland).
		String.raw`[\u{e0000}-\u{e007f}](?<!\u{1f3f4}[\u{e0020}-\u{e007f}]{1,32})`,
	].join('|'),
	'gu',
);

const ZALGO = new RegExp(String.raw`\p{M}{${MAX_COMBINING_MARKS + 1}}`, 'u');
const ZALGO_RUNS = new RegExp(String.raw`(\p{M}{${MAX_COMBINING_MARKS}})\p{M}+`, 'gu');

// Two replacers rather than one closure per call: this runs on every message.
function replaceMultiline(match: string): string {
	const code = match.charCodeAt(0);
	if (code === 0x0a || code === 0x0d || code === 0x85 || code === 0x2028 || code === 0x2029) return '\n';
	if (code === 0x09) return TAB_SPACES;
	return '';
}

function replaceSingleLine(match: string): string {
	const code = match.charCodeAt(0);
	if (code === 0x0a || code === 0x0d || code === 0x85 || code === 0x2028 || code === 0x2029 || code === 0x09) {
		return ' ';
	}
	return '';
}

/**
 * Returns `text` with every terminal control sequence, control character and spoofing-prone
 * invisible character removed, line breaks normalised to "\n" (or spaces when not multiline), tabs
 * expanded, runs of combining marks capped, and the length capped. Idempotent: sanitising the result
 * again returns it unchanged. Ordinary text in any script, and emoji, pass through untouched.
 */
export function sanitizeRemoteText(text: string, options: SanitizeOptions): string {
	if (typeof text !== 'string' || text.length === 0) return '';
	const maxLength = Math.max(
		0,
		options.maxLength ?? (options.multiline ? DEFAULT_MAX_MULTILINE : DEFAULT_MAX_SINGLE_LINE),
	);
	const ellipsis = options.ellipsis ?? '…';

	// Bound the work on an absurd input before the regex sees it. The slack leaves room for escape
	// payloads that will be removed (a clipboard write can be long); a pair split here becomes a
	// lone surrogate and is removed below.
	const inputLimit = Math.max(maxLength * 8, MIN_INPUT_LIMIT);
	const bounded = text.length > inputLimit ? text.slice(0, inputLimit) : text;

	let clean = bounded.replace(UNSAFE, options.multiline ? replaceMultiline : replaceSingleLine);
	// A separate pass after the first so that marks brought together by a removal are capped too
	// (which keeps the function idempotent).
	if (ZALGO.test(clean)) clean = clean.replace(ZALGO_RUNS, '$1');
	return capLength(clean, maxLength, ellipsis);
}

/** Cuts at maxLength code units (ellipsis included, so the result is stable), never inside a surrogate pair. */
function capLength(text: string, maxLength: number, ellipsis: string): string {
	if (text.length <= maxLength) return text;
	const marker = ellipsis.length <= maxLength ? ellipsis : '';
	let cut = maxLength - marker.length;
	const last = text.charCodeAt(cut - 1);
	if (cut > 0 && last >= 0xd800 && last <= 0xdbff) cut -= 1;
	return text.slice(0, cut) + marker;
}
