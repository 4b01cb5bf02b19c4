// E29: a reply of a word or two with nothing courteous in it ("Done.", "Order number?", "已发。") reads as curt.
import type {Finding} from '../finding.js';
import type {GuardLocale} from '../guard-locale.js';
import {fragmentWords, type FragmentWords} from '../languages/fragments.js';
import {fold} from '../text/fold.js';
import {compilePhrases} from '../text/phrase-pattern.js';
import {quote} from './quote.js';

type Compiled = {courteous: RegExp; subject: RegExp};
const compiled = new Map<GuardLocale, Compiled>();

function compiledFor(locale: GuardLocale, words: FragmentWords): Compiled {
	let found = compiled.get(locale);
	if (found === undefined) {
		const options = {wordBoundaries: locale !== 'zh'};
		found = {
			courteous: compilePhrases(words.courteous, options),
			subject: compilePhrases(words.subjects, options),
		};
		compiled.set(locale, found);
	}
	return found;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const HAN = /\p{Script=Han}/gu;
/** A link, an e-mail address or a code the agent pastes is an answer of its own, not a clipped sentence. */
const PASTED = /(?:https?:\/\/|www\.|\S+@\S+\.\S|\d{4,})/iu;

/**
 * Only a whole message is judged, never a fragment inside a longer one ("Done! I've refunded it and ..."). Words
 * are counted; in Chinese, with no spaces, two characters count as a word. A message the bare-no check already
 * flags is left to it (E6 says more about "No." than E29 does).
 */
export function curtFragmentFindings(text: string, locale: GuardLocale, maxWords: number): Finding[] {
	const trimmed = text.trim();
	if (PASTED.test(trimmed)) return [];
	const words = fragmentWords[locale];
	const han = trimmed.match(HAN)?.length ?? 0;
	const latin = trimmed.replace(HAN, ' ').match(WORD)?.length ?? 0;
	const size = latin + Math.ceil(han / 2);
	if (size === 0 || size > maxWords) return [];
	const {courteous, subject} = compiledFor(locale, words);
	courteous.lastIndex = 0;
	subject.lastIndex = 0;
	if (courteous.test(trimmed) || subject.test(trimmed)) return [];
	const key = fold(
		trimmed
			.replace(/[^\p{L}\p{N}\s]/gu, ' ')
			.replace(/\s+/gu, ' ')
			.trim(),
	);
	const rewrite = words.rewrites[key];
	const start = text.indexOf(trimmed);
	return [
		{
			check: 'curtFragment',
			rule: 'E29',
			severity: 'warn',
			span: {start, end: start + trimmed.length},
			excerpt: trimmed,
			message:
				rewrite === undefined
					? `Curt reply (E29): ${quote(trimmed)} reads as clipped; write it as a whole, friendly sentence (${words.example})`
					: `Curt reply (E29): ${quote(trimmed)} → try ${quote(rewrite)}`,
			...(rewrite === undefined ? {} : {suggestion: {replacement: rewrite, scope: 'message' as const}}),
		},
	];
}
