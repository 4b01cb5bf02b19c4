// E3: a word in the message that looks like the customer's known name but is spelt differently ("Sarah" for "Sara").
import type {Finding} from '../finding.js';
import {languagePacks} from '../languages/index.js';
import type {LanguagePack} from '../languages/language-pack.js';
import {capitalise} from '../text/clause.js';
import {damerauLevenshtein} from '../text/damerau-levenshtein.js';
import {fold} from '../text/fold.js';
import {hasHan} from '../text/phrase-pattern.js';
import {quote} from './quote.js';

const WORD = /(?:(?!\p{Script=Han})[\p{L}\p{M}])+/gu;
const MIN_LENGTH = 3;

/** Every language's common words, folded: agents mix languages, and a stopword is never a name. */
const stopwords: ReadonlySet<string> = new Set(Object.values(languagePacks).flatMap(pack => pack.stopwords.map(fold)));

const letters = (word: string): number => [...word].length;

/** The old spelling of a letter with a diacritic: Ås is written Aas, Müller Mueller, Bjørn Bjoern. */
const DIGRAPHS: Readonly<Record<string, string>> = {å: 'aa', ø: 'oe', æ: 'ae', ö: 'oe', ü: 'ue', ä: 'ae'};
const spellingKey = (word: string): string =>
	fold(word.toLocaleLowerCase().replace(/[åøæöüä]/gu, letter => DIGRAPHS[letter] ?? letter));

/** The name as it appears before an ending: Hungarian lengthens a final vowel (Anna → Annának), Finnish softens a double consonant (Antti → Antin) and turns -nen into -se- (Virtanen → Virtaselle). */
function stems(name: string): string[] {
	const lower = name.toLocaleLowerCase();
	const found = [lower];
	if (lower.endsWith('a')) found.push(`${lower.slice(0, -1)}á`);
	if (lower.endsWith('e')) found.push(`${lower.slice(0, -1)}é`);
	const geminate = /(kk|pp|tt)(?=[\p{L}]*$)/u.exec(lower);
	if (geminate !== null) found.push(lower.slice(0, geminate.index) + lower.slice(geminate.index + 1));
	if (lower.endsWith('nen')) found.push(`${lower.slice(0, -3)}se`);
	return found;
}

/** Whether word is the name with a grammatical ending (Saras, Sárának, Antille, Péterrel), i.e. spelt right. */
function isInflection(word: string, name: string, suffixes: readonly string[]): boolean {
	const lower = word.toLocaleLowerCase();
	for (const stem of stems(name)) {
		if (!lower.startsWith(stem) || lower.length === stem.length) continue;
		const ending = lower.slice(stem.length);
		if (suffixes.includes(ending)) return true;
		// Hungarian -val/-vel assimilates to a final consonant: Péter + rel.
		const last = stem.at(-1) ?? '';
		if (/^[^aeiouáéíóöőúüű]$/u.test(last) && (ending === `${last}al` || ending === `${last}el`)) return true;
	}
	return false;
}

type Miss = {replacement: string};

function nearMiss(word: string, name: string, suffixes: readonly string[]): Miss | null {
	const target = fold(name);
	const spelled = /^\p{Ll}+$/u.test(name) ? capitalise(name) : name;
	const shout = letters(word) > 1 && word === word.toLocaleUpperCase() && word !== word.toLocaleLowerCase();
	const candidates: {stem: string; ending: string}[] = [{stem: word, ending: ''}];
	const lower = word.toLocaleLowerCase();
	for (const suffix of [...suffixes].sort((a, b) => b.length - a.length)) {
		if (lower.endsWith(suffix) && letters(word) - letters(suffix) >= MIN_LENGTH)
			candidates.push({
				stem: word.slice(0, word.length - suffix.length),
				ending: word.slice(word.length - suffix.length),
			});
	}
	// The closest reading wins: "Sarahs" is "Sarah" + s (one letter off "Sara"), not "Sarahs" (two off).
	let best: {distance: number; replacement: string} | null = null;
	for (const [index, {stem, ending}] of candidates.entries()) {
		if (stem.toLocaleLowerCase() === name.toLocaleLowerCase()) continue;
		const folded = fold(stem);
		const replacement = (shout ? spelled.toLocaleUpperCase() : spelled) + ending;
		// Same letters, different diacritics or their old spelling: "Bjorn" for "Bjørn", "Ås" for "Aas".
		if (folded === target || spellingKey(stem) === spellingKey(name)) return {replacement};
		const longest = Math.max(letters(folded), letters(target));
		if (Math.min(letters(folded), letters(target)) < MIN_LENGTH) continue;
		const distance = damerauLevenshtein(folded, target);
		// A stripped ending is a guess; only a one-letter slip counts there.
		const allowed = index > 0 ? 1 : longest <= 4 ? 1 : 2;
		if (distance > allowed) continue;
		const sameFirst = folded[0] === target[0];
		if (!sameFirst && !(longest >= 5 && distance === 1)) continue;
		if (best === null || distance < best.distance) best = {distance, replacement};
	}
	return best === null ? null : {replacement: best.replacement};
}

const nameParts = (name: string): string[] =>
	name.split(/[^\p{L}\p{M}]+/u).filter(part => letters(spellingKey(part)) >= MIN_LENGTH && !hasHan(part));

export function nameSpellingFindings(
	text: string,
	customerName: string | null,
	pack: LanguagePack,
	agentName: string | null = null,
): Finding[] {
	if (customerName === null) return [];
	const parts = nameParts(customerName);
	if (parts.length === 0) return [];
	const ownNames = new Set((agentName === null ? [] : nameParts(agentName)).map(part => part.toLocaleLowerCase()));
	const caseAware = /\p{Lu}/u.test(text);
	const findings: Finding[] = [];
	for (const match of text.matchAll(WORD)) {
		const word = match[0];
		// A two-letter word counts when its old spelling is longer: "Ås" for the customer's "Aas".
		if (letters(spellingKey(word)) < MIN_LENGTH || hasHan(word)) continue;
		// In a message written with capitals, a name is capitalised; a small word is just a word.
		if (caseAware && !/^\p{Lu}/u.test(word)) continue;
		if (stopwords.has(fold(word)) || ownNames.has(word.toLocaleLowerCase())) continue;
		if (
			parts.some(
				part => part.toLocaleLowerCase() === word.toLocaleLowerCase() || isInflection(word, part, pack.nameSuffixes),
			)
		)
			continue;
		for (const part of parts) {
			const miss = nearMiss(word, part, pack.nameSuffixes);
			if (miss === null) continue;
			const start = match.index;
			findings.push({
				check: 'nameSpelling',
				rule: 'E3',
				severity: 'warn',
				span: {start, end: start + word.length},
				excerpt: word,
				message: `Name (E3): ${quote(word)} looks like a misspelling of the customer's name ${quote(part)}`,
				suggestion: {replacement: miss.replacement, scope: 'span'},
			});
			break;
		}
	}
	return findings;
}
