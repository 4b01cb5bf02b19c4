// E5: ALL CAPS reads as shouting. Acronyms and codes (PDF, USB-C, AB-1234) and a single emphatic word are fine.
import type {Finding} from '../finding.js';
import type {GuardConfig} from '../guard-config.js';
import type {GuardLocale} from '../guard-locale.js';
import {sharedAcronyms} from '../languages/jargon.js';
import type {LanguagePack} from '../languages/language-pack.js';
import {capitalise, isSentenceStart} from '../text/clause.js';
import {fold} from '../text/fold.js';
import {quote} from './quote.js';

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-'’.&/][\p{L}\p{M}\p{N}]+)*/gu;
const VOWEL = /[aeiouyåäöøæéáíóúőűüàèìòùâêîôûëïœ]/iu;

type Word = {
	text: string;
	start: number;
	end: number;
	kind: 'caps' | 'neutral' | 'lower' | 'uncased';
	upper: number;
	cased: number;
};

function classify(text: string, start: number, acronyms: ReadonlySet<string>): Word {
	const upper = (text.match(/\p{Lu}/gu) ?? []).length;
	const cased = upper + (text.match(/[\p{Ll}\p{Lt}]/gu) ?? []).length;
	const end = start + text.length;
	if (cased === 0) return {text, start, end, kind: 'uncased', upper, cased};
	if (upper < cased) return {text, start, end, kind: 'lower', upper, cased};
	// Codes and acronyms are written in capitals: order numbers, USB-C, PDF, and short vowelless ones such as HTTP.
	const neutral =
		cased < 2 || /\p{N}/u.test(text) || acronyms.has(text.toLocaleUpperCase()) || (cased <= 5 && !VOWEL.test(text));
	return {text, start, end, kind: neutral ? 'neutral' : 'caps', upper, cased};
}

/** The shouted words lower-cased, with a capital where a sentence starts, on the customer's name, and on English "I". */
function calmed(
	text: string,
	words: readonly Word[],
	from: number,
	to: number,
	locale: GuardLocale,
	nameParts: readonly string[],
): string {
	let out = '';
	let at = from;
	for (const word of words) {
		if (word.start < from || word.end > to) continue;
		out += text.slice(at, word.start);
		at = word.end;
		if (word.kind !== 'caps' && !(word.kind === 'neutral' && word.cased === 1 && word.text.length === 1)) {
			out += word.text;
			continue;
		}
		let lower = word.text.toLocaleLowerCase();
		const name = nameParts.find(part => fold(part) === fold(word.text));
		if (name !== undefined) lower = name;
		else if (locale === 'en' && /^i(?:$|['’])/u.test(lower)) lower = `I${lower.slice(1)}`;
		out += isSentenceStart(text, word.start) ? capitalise(lower) : lower;
	}
	return out + text.slice(at, to);
}

export function shoutingFindings(
	text: string,
	settings: GuardConfig['checks']['shouting'],
	pack: LanguagePack,
	locale: GuardLocale,
	customerName: string | null,
): Finding[] {
	const acronyms = new Set(
		[...sharedAcronyms, ...pack.acronyms, ...settings.acronyms].map(word => word.toLocaleUpperCase()),
	);
	const words = Array.from(text.matchAll(TOKEN), match => classify(match[0], match.index, acronyms));
	const shouted = words.filter(word => word.kind === 'caps');
	if (shouted.length < 2) return [];

	// Runs of capitals; an acronym or a code inside a run neither breaks it nor counts.
	const runs: Word[][] = [];
	let run: Word[] = [];
	for (const word of words) {
		if (word.kind === 'caps') run.push(word);
		else if (word.kind !== 'neutral') {
			if (run.length > 0) runs.push(run);
			run = [];
		}
	}
	if (run.length > 0) runs.push(run);
	const longRuns = runs.filter(candidate => candidate.length >= settings.minRun);

	let upper = 0;
	let cased = 0;
	for (const word of words) {
		if (word.kind === 'caps' || word.kind === 'lower') {
			upper += word.upper;
			cased += word.cased;
		}
	}
	const mostlyCaps = cased >= settings.minLetters && upper / cased >= settings.capsRatio;
	if (longRuns.length === 0 && !mostlyCaps) return [];

	const flagged = longRuns.length > 0 && !mostlyCaps ? longRuns.flat() : shouted;
	const start = flagged[0]!.start;
	const end = flagged.at(-1)!.end;
	const nameParts = customerName?.split(/[^\p{L}\p{M}]+/u).filter(part => part.length > 0) ?? [];
	const excerpt = text.slice(start, end);
	return [
		{
			check: 'shouting',
			rule: 'E5',
			severity: 'warn',
			span: {start, end},
			excerpt,
			message: `ALL CAPS reads as shouting (E5): ${quote(excerpt)}`,
			suggestion: {replacement: calmed(text, words, start, end, locale, nameParts), scope: 'span'},
		},
	];
}
