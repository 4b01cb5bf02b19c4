// Where sentences and clauses begin and end, and fitting a replacement's capitals to where it goes.

const SENTENCE_END = /[.!?。！？…\n]/u;
const CLAUSE_MARK = /[.!?。！？…\n,;:，；：、()\-–—"“”«»]/u;
const OPENERS = /[\s"'“‘«(¡¿]/u;

/** Whether index is at the start of a sentence: nothing but space, quotes and brackets back to a full stop or the start. */
export function isSentenceStart(text: string, index: number): boolean {
	let at = index - 1;
	while (at >= 0 && OPENERS.test(text[at]!)) {
		if (text[at] === '\n') return true;
		at--;
	}
	return at < 0 || SENTENCE_END.test(text[at]!);
}

/** Whether index is at the start of a clause: after the start, a full stop, a comma, a colon, a dash... */
export function isClauseStart(text: string, index: number): boolean {
	let at = index - 1;
	while (at >= 0 && /\s/u.test(text[at]!)) at--;
	return at < 0 || CLAUSE_MARK.test(text[at]!);
}

/** Whether index is at the end of a clause: only space, then punctuation, an emoji or the end of the text. */
export function isClauseEnd(text: string, index: number): boolean {
	let at = index;
	while (at < text.length && /[^\S\n]/u.test(text[at]!)) at++;
	if (at >= text.length) return true;
	const next = text.codePointAt(at)!;
	return CLAUSE_MARK.test(String.fromCodePoint(next)) || /\p{Extended_Pictographic}/u.test(String.fromCodePoint(next));
}

/** English "I" and its contractions keep their capital anywhere in a sentence. */
const KEEPS_CAPITAL = /^(?:I(?![\p{L}])|I['’](?:m|ll|d|ve)\b)/u;

/**
 * The replacement with a capital first letter at the start of a sentence and a small one inside it, so
 * "Sorry, I don't know." becomes "Sorry, let me find that out for you." Words that are always capitalised
 * (English "I", a Hungarian "Ön") keep their capital.
 */
export function fitCase(replacement: string, text: string, index: number, keepCapital: readonly string[] = []): string {
	const first = replacement.codePointAt(0);
	if (first === undefined) return replacement;
	const head = String.fromCodePoint(first);
	const rest = replacement.slice(head.length);
	if (isSentenceStart(text, index)) return head.toLocaleUpperCase() + rest;
	const firstWord = /^[\p{L}\p{M}'’]+/u.exec(replacement)?.[0] ?? '';
	if (KEEPS_CAPITAL.test(replacement) || keepCapital.includes(firstWord)) return replacement;
	// An acronym at the start (SMS, PDF) stays as it is.
	if (firstWord.length > 1 && firstWord === firstWord.toLocaleUpperCase()) return replacement;
	return head.toLocaleLowerCase() + rest;
}

/** Upper-cases the first letter (for a name or a word at the start of a sentence). */
export const capitalise = (word: string): string => {
	const first = word.codePointAt(0);
	if (first === undefined) return word;
	const head = String.fromCodePoint(first);
	return head.toLocaleUpperCase() + word.slice(head.length);
};
