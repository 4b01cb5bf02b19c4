// Fuzzy search of canned responses for the picker: an exact shortcut first, then fuzzy matches on title, shortcut, tags and text.
import fuzzysort from 'fuzzysort';
import {chooseLanguage} from './language.js';
import type {CannedResponse} from './response.js';

export type CannedMatch = {
	response: CannedResponse;
	/** 0 to 1 from fuzzysort, 2 for an exact shortcut, 1 for everything when the query is empty. */
	score: number;
	/** Which field matched best (the picker can say why a response is listed). */
	field: 'shortcut' | 'title' | 'tags' | 'text' | null;
};

export type SearchOptions = {
	/** The chat's language: text is searched in the variant the customer would get. */
	locale?: string | null;
	/** Most results to return; 0 or absent: all. */
	limit?: number;
};

const FIELDS = ['shortcut', 'title', 'tags', 'text'] as const;

type Target = {response: CannedResponse; order: number; shortcut: string; title: string; tags: string; text: string};

// Fuzzy matches in long texts score low; a picker that hides them would hide the only hit for "warranty".
const THRESHOLD = 0.25;

/**
 * Ranked responses for a query. Ties keep the later source first (personal over team over bundled), so an
 * agent's own wording comes before the shared one. An empty query lists everything in library order.
 */
export function searchCanned(
	responses: readonly CannedResponse[],
	query: string,
	options: SearchOptions = {},
): CannedMatch[] {
	const wanted = query.trim();
	const limit = options.limit && options.limit > 0 ? options.limit : Infinity;
	if (wanted === '') return responses.slice(0, limit).map(response => ({response, score: 1, field: null}));

	const targets: Target[] = responses.map((response, order) => ({
		response,
		order,
		shortcut: response.shortcut ?? '',
		title: response.title,
		tags: response.tags.join(' '),
		text: response.text[chooseLanguage(response.text, options.locale).language] ?? '',
	}));
	const lower = wanted.toLowerCase();
	const exact = targets.filter(target => target.shortcut.toLowerCase() === lower);
	const fuzzy = fuzzysort
		.go(wanted, targets, {keys: FIELDS, threshold: THRESHOLD, limit: 0})
		.filter(result => !exact.includes(result.obj))
		.map(result => {
			let best = 0;
			result.forEach((fieldResult, index) => {
				if (fieldResult.score > result[best]!.score) best = index;
			});
			return {target: result.obj, score: result.score, field: FIELDS[best]!};
		});
	const byRank = (a: {target: Target; score: number}, b: {target: Target; score: number}) =>
		b.score - a.score || b.target.order - a.target.order;
	return [
		...exact
			.sort((a, b) => b.order - a.order)
			.map(target => ({response: target.response, score: 2, field: 'shortcut' as const})),
		...fuzzy.sort(byRank).map(({target, score, field}) => ({response: target.response, score, field})),
	].slice(0, limit);
}
