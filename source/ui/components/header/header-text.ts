// The left part of the header: "switchboard · Alex (Acme) · online · 3 active, 1 on hold · 2 offered".
import type {DeskHeader} from '../../../core/selectors.js';
import {remoteLine} from '../../remote-text.js';
import type {Theme} from '../../theme.js';

export function headerText(header: DeskHeader, theme: Pick<Theme, 'symbols' | 'ascii'>): string {
	const sep = theme.symbols.separator;
	const parts = ['switchboard'];
	if (header.agentName) {
		const company = header.company ? ` (${remoteLine(header.company, theme.ascii)})` : '';
		parts.push(`${remoteLine(header.agentName, theme.ascii)}${company}`);
	}
	if (header.presence) parts.push(header.presence);
	const counts = [`${header.active} active`];
	if (header.onHold > 0) counts.push(`${header.onHold} on hold`);
	if (header.transferring > 0) counts.push(`${header.transferring} transferring`);
	if (header.ended > 0) counts.push(`${header.ended} ended`);
	parts.push(counts.join(', '));
	if (header.offers > 0) parts.push(`${header.offers} offered`);
	return parts.join(sep);
}
