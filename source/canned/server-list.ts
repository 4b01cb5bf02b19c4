// Turns the server's canned.list answer into library responses, leaving out (and reporting) any the client cannot fill.
import type {CannedResponse as WireCannedResponse} from '../protocol/model.js';
import {checkTemplate} from './placeholders.js';
import type {CannedResponse} from './response.js';

export const SERVER_SOURCE_NAME = 'server';

export type ServerCanned = {
	responses: CannedResponse[];
	/** One line per response left out, for the agent's notices; the rest of the list still loads. */
	problems: string[];
};

/**
 * Call only when the server has the `canned` capability. A server is not ours to fix: a response with
 * an unknown placeholder is dropped with a problem instead of failing the whole list, so the desk keeps working.
 */
export function fromServerList(list: readonly WireCannedResponse[]): ServerCanned {
	const responses: CannedResponse[] = [];
	const problems: string[] = [];
	for (const entry of list) {
		const variants = Object.entries(entry.text).filter(([, text]) => text.trim() !== '');
		const broken = variants.flatMap(([language, text]) =>
			checkTemplate(text).map(problem => `text.${language}: ${problem.message}`),
		);
		if (variants.length === 0) broken.push('no text in any language');
		if (broken.length > 0) {
			problems.push(`server canned response "${entry.id}" left out: ${broken.join('; ')}`);
			continue;
		}
		responses.push({
			id: entry.id,
			title: entry.title,
			shortcut: entry.shortcut && entry.shortcut.trim() !== '' ? entry.shortcut.trim() : null,
			category: entry.category,
			tags: entry.tags,
			department: null,
			text: Object.fromEntries(variants),
			origin: {kind: 'server', name: SERVER_SOURCE_NAME},
		});
	}
	return {responses, problems};
}
