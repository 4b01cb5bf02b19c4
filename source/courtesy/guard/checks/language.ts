// E5: a draft written in another of the six languages than the customer's ("Tyvärr kan jag inte …" in a Hungarian chat).
import type {Finding} from '../finding.js';
import type {GuardLocale} from '../guard-locale.js';
import {commonWords} from '../languages/common-words.js';
import {quotedSpans} from '../text/quoted.js';

const NAMES: Readonly<Record<GuardLocale, string>> = {
	en: 'English',
	nb: 'Norwegian',
	sv: 'Swedish',
	fi: 'Finnish',
	hu: 'Hungarian',
	zh: 'Chinese',
};

const WORD = /[\p{L}\p{M}'’]+/gu;
const HAN = /\p{Script=Han}/gu;
/** Fewer telling words than this is too little to judge ("OK", a product name, "Hej!"). */
const ENOUGH = 2;

const lists = Object.entries(commonWords).map(([locale, list]) => [locale as GuardLocale, new Set(list)] as const);

/** How many telling words of each language the text has; Chinese counts its Han characters. */
function scores(text: string): Map<GuardLocale, number> {
	const counts = new Map<GuardLocale, number>();
	for (const match of text.matchAll(WORD)) {
		const word = match[0].toLocaleLowerCase().replace(/’/gu, "'");
		if (/\p{Script=Han}/u.test(word)) continue;
		for (const [locale, list] of lists) if (list.has(word)) counts.set(locale, (counts.get(locale) ?? 0) + 1);
	}
	counts.set('zh', [...text.matchAll(HAN)].length);
	return counts;
}

/**
 * One finding over the whole draft when it reads as another language and has no telling word of the customer's.
 * Quoted words (the customer's own, a product's name) do not count, and a few foreign words in the customer's
 * language are fine: agents mix in English terms.
 */
export function languageFindings(text: string, locale: GuardLocale): Finding[] {
	let own = text;
	for (const span of quotedSpans(text).reverse()) own = own.slice(0, span.start) + own.slice(span.end);
	const counts = scores(own);
	if ((counts.get(locale) ?? 0) > 0) return [];
	let best: GuardLocale | null = null;
	for (const [other, count] of counts)
		if (other !== locale && count >= ENOUGH && (best === null || count > (counts.get(best) ?? 0))) best = other;
	if (best === null) return [];
	return [
		{
			check: 'language',
			rule: 'E5',
			severity: 'warn',
			span: {start: 0, end: text.length},
			excerpt: text,
			message: `Language (E5): this reads as ${NAMES[best]}, but the customer writes ${NAMES[locale]}: write it in ${NAMES[locale]}`,
		},
	];
}
