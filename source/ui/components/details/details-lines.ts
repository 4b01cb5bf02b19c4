// E8: the customer details as labelled lines (all remote values sanitised); the waiting time is added by the panel with its clock.
import type {CustomerDetails} from '../../../core/selectors.js';
import {remoteLine} from '../../remote-text.js';
import {clockTime} from '../conversation/conversation-entries.js';

export type DetailLine = {label: string; value: string; wrap?: boolean};

/** `earlierKey`: the key that opens the earlier chats (E8), when the server shares them; named on the "earlier" line. */
export function detailLines(details: CustomerDetails, ascii: boolean, earlierKey: string | null = null): DetailLine[] {
	const lines: DetailLine[] = [
		{
			label: 'name',
			value: details.nameKnown ? remoteLine(details.name, ascii) : `${remoteLine(details.name, ascii)} (name unknown)`,
		},
	];
	lines.push({label: 'e-mail', value: details.email ? remoteLine(details.email, ascii) : '-'});
	lines.push({label: 'page', value: details.page ? remoteLine(details.page, ascii) : '-', wrap: true});
	lines.push({label: 'dept', value: details.department ? remoteLine(details.department, ascii) : '-'});
	lines.push({label: 'language', value: remoteLine(details.language, ascii)});
	// Issue 12: the zone follow-up times are told to this customer in (shown only when their widget said it).
	if (details.timeZone) lines.push({label: 'zone', value: remoteLine(details.timeZone, ascii)});
	lines.push({label: 'arrived', value: clockTime(details.arrivedAt)});
	const earlier = `${details.previousChats} earlier chat${details.previousChats === 1 ? '' : 's'}`;
	lines.push({
		label: 'earlier',
		value:
			details.previousChats === 0
				? 'no earlier chats'
				: earlierKey === null
					? earlier
					: `${earlier}: ${earlierKey} reads`,
		wrap: true,
	});
	if (details.brief)
		lines.push({
			label: 'brief',
			value: `from ${remoteLine(details.brief.from.name, ascii)}: ${remoteLine(details.brief.note, ascii)}`,
			wrap: true,
		});
	if (details.rating) {
		const comment = details.rating.comment ? `: ${remoteLine(details.rating.comment, ascii)}` : '';
		lines.push({label: 'rating', value: `${details.rating.score} of 3${comment}`, wrap: true});
	}
	return lines;
}
