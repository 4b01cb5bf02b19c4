// E6: a message that opens with a refusal ("No.", "Nei.", "不行。") and offers no alternative anywhere.
import type {Finding} from '../finding.js';
import {compiledPack, type CompiledPack} from '../languages/compiled.js';
import type {LanguagePack} from '../languages/language-pack.js';
import {isClauseEnd} from '../text/clause.js';
import {offersAlternative} from './alternatives.js';
import {quote} from './quote.js';

const GAP = /[\s,.!;:、，。！…\-–—]*/uy;

function skipGap(text: string, at: number): number {
	GAP.lastIndex = at;
	GAP.exec(text);
	return GAP.lastIndex;
}

function stickyMatch(regex: RegExp, text: string, at: number): number | null {
	regex.lastIndex = at;
	const match = regex.exec(text);
	return match === null ? null : at + match[0].length;
}

function firstMatch(
	compiled: readonly CompiledPack[],
	pick: (pack: CompiledPack) => RegExp,
	text: string,
	at: number,
): number | null {
	for (const pack of compiled) {
		const end = stickyMatch(pick(pack), text, at);
		if (end !== null) return end;
	}
	return null;
}

export function bareNoFindings(text: string, packs: readonly LanguagePack[]): Finding[] {
	const compiled = packs.map(compiledPack);
	let at = skipGap(text, 0);
	// "No problem", "Nei da", "没问题": a no that reassures.
	if (firstMatch(compiled, pack => pack.reassurance, text, at) !== null) return [];
	// A refusal may start with a softener of its own ("Sajnos nem", "I'm afraid not"), or follow one ("Sorry, no").
	let refusalEnd = firstMatch(compiled, pack => pack.refusal, text, at);
	if (refusalEnd === null || !isClauseEnd(text, refusalEnd)) {
		const softened = firstMatch(compiled, pack => pack.softener, text, at);
		if (softened === null) return [];
		at = skipGap(text, softened);
		if (firstMatch(compiled, pack => pack.reassurance, text, at) !== null) return [];
		refusalEnd = firstMatch(compiled, pack => pack.refusal, text, at);
		if (refusalEnd === null || !isClauseEnd(text, refusalEnd)) return [];
	}
	// "No, that's fine", "Nei, det går fint", "不，没关系".
	if (firstMatch(compiled, pack => pack.reassurance, text, skipGap(text, refusalEnd)) !== null) return [];
	if (offersAlternative(text, packs)) return [];
	const excerpt = text.slice(at, refusalEnd);
	return [
		{
			check: 'bareNo',
			rule: 'E6',
			severity: 'warn',
			span: {start: at, end: refusalEnd},
			excerpt,
			message: `A bare ${quote(excerpt)} (E6): follow a no at once with an alternative, what you can do instead`,
		},
	];
}
