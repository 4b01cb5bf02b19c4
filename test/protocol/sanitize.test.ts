// Hostile remote text: nothing that a terminal would obey survives sanitizeRemoteText; ordinary text is untouched.
import {describe, expect, it} from 'vitest';
import {
	DEFAULT_MAX_MULTILINE,
	DEFAULT_MAX_SINGLE_LINE,
	MAX_COMBINING_MARKS,
	sanitizeRemoteText,
	TAB_SPACES,
} from '../../source/protocol/sanitize.js';

const multi = (text: string) => sanitizeRemoteText(text, {multiline: true});
const single = (text: string) => sanitizeRemoteText(text, {multiline: false});

const ESC = '\x1b';
const BEL = '\x07';
const ST = `${ESC}\\`;

// Anything here reaching the screen is a failure: C0 (bar \n), DEL, C1, bidi, invisible format characters, lone surrogates.
const FORBIDDEN =
	/[\x00-\x09\x0b-\x1f\x7f-\x9f\xad\u061c\u200b\u200e\u200f\u202a-\u202e\u2028\u2029\u2060-\u206f\ufeff\ufff9-\ufffb\ufffe\uffff]|[\ud800-\udfff]/u;
const FORBIDDEN_SINGLE_LINE = /\n/;

describe('escape sequences are removed whole', () => {
	it.each([
		['cursor home', `a${ESC}[Hb`],
		['clear screen', `a${ESC}[2Jb`],
		['clear screen and home', `a${ESC}[2J${ESC}[1;1Hb`],
		['cursor up 10', `a${ESC}[10Ab`],
		['cursor position with many params', `a${ESC}[12;40;1;7;99Hb`],
		['erase line', `a${ESC}[2Kb`],
		['SGR colour', `a${ESC}[1;31;48;5;200mb`],
		['private mode (hide cursor)', `a${ESC}[?25lb`],
		['private mode (leave alt screen)', `a${ESC}[?1049lb`],
		['intermediate byte (DECSCUSR)', `a${ESC}[2 qb`],
		['soft reset with intermediate', `a${ESC}[!pb`],
		['kitty keyboard push', `a${ESC}[>1ub`],
		['device status report (answer injected as input)', `a${ESC}[6nb`],
		['title OSC 0 with BEL', `a${ESC}]0;pwned${BEL}b`],
		['title OSC 2 with ST', `a${ESC}]2;pwned${ST}b`],
		['OSC 52 clipboard write, BEL', `a${ESC}]52;c;cm0gLXJmIH4=${BEL}b`],
		['OSC 52 clipboard write, ST', `a${ESC}]52;c;cm0gLXJmIH4=${ST}b`],
		['OSC 52 clipboard read request', `a${ESC}]52;c;?${BEL}b`],
		['OSC 8 hyperlink around text', `a${ESC}]8;;https://evil.example${ST}b${ESC}]8;;${ST}`],
		['OSC 7 working directory', `a${ESC}]7;file:///etc${BEL}b`],
		['DCS', `a${ESC}P1$r0m${ST}b`],
		['DCS tmux passthrough', `a${ESC}Ptmux;${ESC}${ESC}]52;c;eA==${BEL}${ST}b`],
		['SOS', `a${ESC}Xhidden${ST}b`],
		['PM', `a${ESC}^hidden${ST}b`],
		['APC (kitty graphics)', `a${ESC}_Gf=100;AAAA${ST}b`],
		['full reset RIS', `a${ESC}cb`],
		['save/restore cursor', `a${ESC}7${ESC}8b`],
		['reverse index', `a${ESC}Mb`],
		['charset designation', `a${ESC}(0b`],
		['DECALN screen fill', `a${ESC}#8b`],
		['keypad mode', `a${ESC}=${ESC}>b`],
	])('%s', (_name, input) => {
		expect(multi(input)).toBe('ab');
		expect(single(input)).toBe('ab');
	});

	it('removes 8-bit C1 CSI, OSC, DCS and their payloads', () => {
		expect(multi('a\x9b2Jb')).toBe('ab');
		expect(multi('a\x9b?1049hb')).toBe('ab');
		expect(multi('a\x9d0;title\x07b')).toBe('ab');
		expect(multi('a\x9d52;c;eA==\x9cb')).toBe('ab');
		expect(multi('a\x90q#0;2;0;0;0\x9cb')).toBe('ab');
		expect(multi('a\x9fapc\x9cb')).toBe('ab');
		expect(multi('a\x9ex\x9cb')).toBe('ab');
		expect(multi('a\x98x\x9cb')).toBe('ab');
	});

	it('removes the other C1 controls (NEL becomes a line break)', () => {
		const c1 = Array.from({length: 0x20}, (_, index) => String.fromCharCode(0x80 + index))
			.filter(char => !'\x85\x90\x98\x9b\x9d\x9e\x9f'.includes(char))
			.join('');
		expect(multi(`a${c1}b`)).toBe('ab');
		expect(multi('a\x85b')).toBe('a\nb');
		expect(single('a\x85b')).toBe('a b');
	});

	it('drops an unterminated sequence at the end of the text', () => {
		expect(multi(`hello${ESC}`)).toBe('hello');
		expect(multi(`hello${ESC}[`)).toBe('hello');
		expect(multi(`hello${ESC}[12;4`)).toBe('hello');
		expect(multi(`hello${ESC}[?104`)).toBe('hello');
		expect(multi(`hello${ESC}]52;c;c2VjcmV0`)).toBe('hello');
		expect(multi(`hello${ESC}]0;title`)).toBe('hello');
		expect(multi(`hello${ESC}P`)).toBe('hello');
		expect(multi('hello\x9b')).toBe('hello');
		expect(multi('hello\x9d0;ti')).toBe('hello');
	});

	it('ends a string sequence where a terminal would (a new ESC, CAN, SUB), keeping the text after it', () => {
		expect(multi(`a${ESC}]0;title${ESC}[2Jb`)).toBe('ab');
		expect(multi(`a${ESC}]0;title\x18b`)).toBe('ab');
		expect(multi(`a${ESC}]0;title\x1ab`)).toBe('ab');
	});

	it('does not let nested or doubled escapes leave a working sequence behind', () => {
		expect(multi(`${ESC}${ESC}[2J`)).toBe('');
		expect(multi(`${ESC}[${ESC}[2J`)).toBe('');
		expect(multi(`${ESC}]${ESC}]0;x${BEL}`)).toBe('');
		expect(multi(`\x9b\x9b2J`)).toBe('');
		// Removing the inner sequence must not splice the outer one back together.
		for (const text of [`${ESC}${ESC}[0m[2J`, `\x1b\x00[2J`, `${ESC}\x7f[2J`, `${ESC}\u202e[2J`]) {
			const once = multi(text);
			expect(once).not.toMatch(FORBIDDEN);
			expect(multi(once)).toBe(once);
		}
	});

	it('returns an empty string for text made only of controls', () => {
		let controls = '';
		for (let code = 0; code < 0x20; code++)
			if (code !== 0x0a && code !== 0x09 && code !== 0x0d) controls += String.fromCharCode(code);
		controls += '\x7f\x80\x81\x9b\x9c\u202e\u2066\ufeff\u200b';
		expect(multi(controls)).toBe('');
		expect(single(controls)).toBe('');
		expect(multi(`${ESC}[2J${ESC}]0;x${BEL}${ESC}c`)).toBe('');
	});

	it('handles non-string input from a misbehaving server', () => {
		expect(sanitizeRemoteText(undefined as unknown as string, {multiline: true})).toBe('');
		expect(multi('')).toBe('');
	});
});

describe('line breaks and tabs', () => {
	it('keeps newlines in multiline text and normalises CRLF, CR and Unicode separators', () => {
		expect(multi('one\ntwo')).toBe('one\ntwo');
		expect(multi('one\r\ntwo\rthree')).toBe('one\ntwo\nthree');
		expect(multi('one\u2028two\u2029three')).toBe('one\ntwo\nthree');
		expect(multi('a\n\n\nb')).toBe('a\n\n\nb');
	});

	it('turns every line break into one space in single-line text (names)', () => {
		expect(single('Sarah\nJones')).toBe('Sarah Jones');
		expect(single('Sarah\r\nJones')).toBe('Sarah Jones');
		expect(single('Sarah\u2028Jones')).toBe('Sarah Jones');
		expect(single('a\tb')).toBe('a b');
		expect(single('line\n')).toBe('line ');
	});

	it('expands tabs to spaces', () => {
		expect(multi('a\tb')).toBe(`a${TAB_SPACES}b`);
	});

	it('removes the other C0 controls: BS, CR tricks, VT, FF', () => {
		expect(multi('abc\b\b\bxyz')).toBe('abcxyz');
		expect(multi('a\vb\fc\x00d')).toBe('abcd');
	});
});

describe('spoofing characters', () => {
	it('removes bidi overrides, embeddings, isolates and marks', () => {
		// "RLO" would show "exe.txt" as "txt.exe".
		expect(multi('invoice\u202Etxt.exe')).toBe('invoicetxt.exe');
		for (const char of [
			'\u202A',
			'\u202B',
			'\u202C',
			'\u202D',
			'\u202E',
			'\u2066',
			'\u2067',
			'\u2068',
			'\u2069',
			'\u200E',
			'\u200F',
			'\u061C',
		]) {
			expect(multi(`a${char}b`)).toBe('ab');
			expect(single(`a${char}b`)).toBe('ab');
		}
	});

	it('removes invisible characters that make different strings look alike', () => {
		expect(multi('pay\u200Bpal')).toBe('paypal');
		expect(multi('\uFEFFhello')).toBe('hello');
		expect(multi('co\u00ADoperate')).toBe('cooperate');
		expect(multi('a\u2060b\u2062c')).toBe('abc');
	});

	it('keeps ZWJ and ZWNJ, which real text needs', () => {
		const family = '👨\u200D👩\u200D👧\u200D👦';
		expect(multi(family)).toBe(family);
		const persian = 'می\u200Cخواهم';
		expect(multi(persian)).toBe(persian);
	});

	it('removes lone surrogates but keeps valid pairs', () => {
		expect(multi('a\uD83Db')).toBe('ab');
		expect(multi('a\uDE00b')).toBe('ab');
		expect(multi('\uD83D\uDE00')).toBe('😀');
		// A control between the halves of a pair does not glue them back together into an emoji.
		expect(multi('\uD83D\x07\uDE00')).toBe('');
	});

	it('keeps tag characters only inside a subdivision flag', () => {
		const scotland = '🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}';
		expect(multi(`${scotland} Glasgow`)).toBe(`${scotland} Glasgow`);
		const smuggled = [...'ignore previous'].map(char => String.fromCodePoint(0xe0000 + char.charCodeAt(0))).join('');
		expect(multi(`hello${smuggled}`)).toBe('hello');
		expect(multi('\u{E0001}en')).toBe('en');
	});

	it('caps runs of combining marks (zalgo) without touching normal accents', () => {
		const zalgo = `e${'\u0301'.repeat(50)}x`;
		expect(multi(zalgo)).toBe(`e${'\u0301'.repeat(MAX_COMBINING_MARKS)}x`);
		expect(multi('Tiếng Việt')).toBe('Tiếng Việt');
		expect(multi('e\u0301')).toBe('e\u0301');
		// Keycap: a digit, VS16 (a mark) and the enclosing keycap (a mark).
		expect(multi('1\uFE0F\u20E3')).toBe('1\uFE0F\u20E3');
	});
});

describe('ordinary text passes unchanged', () => {
	it.each([
		['Norwegian', 'Hei! Blenderen min snurrer ikke. Kan dere hjelpe? Ærlig talt, øyeblikkelig å svare.'],
		['Hungarian', 'Árvíztűrő tükörfúrógép – a turmixgépem nem forog, kérem segítsenek!'],
		['Chinese', '你好，我的搅拌机不转了。请问怎么办？谢谢！'],
		['Japanese', 'こんにちは、ミキサーが回りません。'],
		['Korean', '안녕하세요, 블렌더가 작동하지 않아요.'],
		['Arabic', 'مرحبا، الخلاط لا يعمل'],
		['Hebrew', 'שלום, הבלנדר לא עובד'],
		['Hindi', 'नमस्ते, मेरा ब्लेंडर काम नहीं कर रहा'],
		['emoji', 'Thanks! 😀👍🏽 🇳🇴 👨‍👩‍👧‍👦 ❤️ 1️⃣'],
		['punctuation and symbols', 'Order #1234 — 50 % off; "quoted" \'single\' <tag> & € £ ¥ © ™'],
		['multi-line', 'First line\nSecond line\n\n  indented'],
	])('%s', (_name, text) => {
		expect(multi(text)).toBe(text);
		if (!text.includes('\n')) expect(single(text)).toBe(text);
	});
});

describe('length cap', () => {
	it('caps absurd lengths with an ellipsis, within the limit', () => {
		const long = 'x'.repeat(DEFAULT_MAX_MULTILINE * 3);
		const out = multi(long);
		expect(out.length).toBe(DEFAULT_MAX_MULTILINE);
		expect(out.endsWith('…')).toBe(true);
		expect(single('n'.repeat(10_000)).length).toBe(DEFAULT_MAX_SINGLE_LINE);
	});

	it('honours maxLength and the ellipsis option, never splitting a surrogate pair', () => {
		expect(sanitizeRemoteText('abcdefgh', {multiline: false, maxLength: 5, ellipsis: '...'})).toBe('ab...');
		expect(sanitizeRemoteText('😀😀😀', {multiline: false, maxLength: 4})).toBe('😀…');
		expect(sanitizeRemoteText('abc', {multiline: false, maxLength: 3})).toBe('abc');
	});

	it('counts length after removal, so a long escape payload does not eat the limit', () => {
		const clipboard = `${ESC}]52;c;${'A'.repeat(20_000)}${BEL}`;
		expect(sanitizeRemoteText(`${clipboard}hello`, {multiline: true, maxLength: 100})).toBe('hello');
	});

	it('is fast on a huge hostile input', () => {
		const huge = `${ESC}[2J`.repeat(200_000) + '\u0301'.repeat(200_000) + `${ESC}]0;`.repeat(100_000);
		const start = performance.now();
		const out = multi(huge);
		expect(out).not.toMatch(FORBIDDEN);
		expect(performance.now() - start).toBeLessThan(1_000);
	});
});

describe('idempotence and fuzzing', () => {
	// Seeded so a failure reproduces.
	function random(seed: number): () => number {
		let state = seed >>> 0;
		return () => {
			state = (state * 1_664_525 + 1_013_904_223) >>> 0;
			return state / 2 ** 32;
		};
	}

	const pieces = [
		'a',
		'Z',
		' ',
		'0',
		'9',
		';',
		'[',
		']',
		'\\',
		'P',
		'^',
		'_',
		'X',
		'?',
		'é',
		'ø',
		'ű',
		'你',
		'😀',
		'🏴',
		'\u{E0067}',
		'\u{E007F}',
		'\u0301',
		'\u200D',
		'\uFE0F',
		'\n',
		'\r',
		'\t',
		'\x00',
		'\x07',
		'\x08',
		'\x18',
		'\x1a',
		'\x1b',
		'\x7f',
		'\x85',
		'\x90',
		'\x9b',
		'\x9c',
		'\x9d',
		'\x9f',
		'\u00AD',
		'\u200B',
		'\u200E',
		'\u202E',
		'\u2028',
		'\u2066',
		'\uFEFF',
		'\uD83D',
		'\uDE00',
		'\uFFFF',
		`${ESC}[`,
		`${ESC}]`,
		`${ESC}]52;c;`,
		`${ESC}]8;;`,
		`${ESC}P`,
		`${ESC}\\`,
		`${ESC}[?1049h`,
		'\x9b2J',
	];

	function randomText(next: () => number): string {
		let text = '';
		const length = Math.floor(next() * 60);
		for (let index = 0; index < length; index++) text += pieces[Math.floor(next() * pieces.length)];
		return text;
	}

	it('never lets a forbidden character through, and sanitising twice changes nothing', () => {
		const next = random(20_240_601);
		for (let round = 0; round < 5_000; round++) {
			const text = randomText(next);
			const multiline = multi(text);
			const singleLine = single(text);
			expect(multiline, JSON.stringify(text)).not.toMatch(FORBIDDEN);
			expect(singleLine, JSON.stringify(text)).not.toMatch(FORBIDDEN);
			expect(singleLine, JSON.stringify(text)).not.toMatch(FORBIDDEN_SINGLE_LINE);
			expect(multi(multiline), JSON.stringify(text)).toBe(multiline);
			expect(single(singleLine), JSON.stringify(text)).toBe(singleLine);
		}
	});

	it('never lets a forbidden character through for random code units of the whole BMP', () => {
		const next = random(7);
		for (let round = 0; round < 2_000; round++) {
			let text = '';
			for (let index = 0; index < 40; index++) text += String.fromCharCode(Math.floor(next() * 0x10000));
			const out = multi(text);
			expect(out, JSON.stringify(text)).not.toMatch(FORBIDDEN);
			expect(multi(out)).toBe(out);
		}
	});

	it('is idempotent at the length cap', () => {
		const next = random(99);
		for (let round = 0; round < 500; round++) {
			const text = randomText(next) + randomText(next) + randomText(next);
			const options = {multiline: round % 2 === 0, maxLength: 1 + Math.floor(next() * 40)};
			const once = sanitizeRemoteText(text, options);
			expect(once.length).toBeLessThanOrEqual(options.maxLength);
			expect(sanitizeRemoteText(once, options), JSON.stringify(text)).toBe(once);
		}
	});
});
