// The composer text a canned response becomes: its filled text made safe, with the fill-in marks still pointing at their markers.
import type {CannedPreview, MarkedValue} from '../../../canned/index.js';
import {remoteBody} from '../../remote-text.js';

export type CannedInsert = {text: string; marks: readonly MarkedValue[]};

/**
 * Server responses are remote text, so controls go before they reach the composer (and the customer). The
 * markers themselves ("[order number]") are made here from plain names, so only the text between them is
 * cleaned, and each mark's offsets move by what was removed before it.
 */
export function cannedInsert({text, marks}: Pick<CannedPreview, 'text' | 'marks'>): CannedInsert {
	const clean = remoteBody(text);
	if (clean === text) return {text, marks};
	let out = '';
	let from = 0;
	const moved: MarkedValue[] = [];
	for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
		out += remoteBody(text.slice(from, mark.start));
		const start = out.length;
		out += text.slice(mark.start, mark.end);
		moved.push({...mark, start, end: out.length});
		from = mark.end;
	}
	out += remoteBody(text.slice(from));
	return {text: out, marks: moved};
}
