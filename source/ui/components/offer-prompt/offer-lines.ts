// The offer prompt as rows: the lead and the expiry on the first, the keys after them or wrapped below, the brief in full.
import type {DeskOffer} from '../../../core/desk-state.js';
import type {ResolvedKeymap} from '../../keys/resolve-keymap.js';
import {keysOf} from '../../keys/resolve-keymap.js';
import {remoteLine} from '../../remote-text.js';
import {displayWidth, ellipsisFor, truncateToWidth} from '../../text/width.js';
import {wrapText} from '../../text/wrap.js';
import type {Theme} from '../../theme.js';

/** Room kept for "expires in 12:34", so the rows do not change as the clock runs. */
export const EXPIRY_WIDTH = 'expires in 00:00'.length;
/** A colleague's brief (E11) is read before accepting; past this it goes on in the conversation once accepted. */
export const MAX_BRIEF_ROWS = 4;

export type OfferLines = {
	lead: string;
	/** The keys on the first row after the expiry, or '' when they go on rows of their own. */
	inlineKeys: string;
	keyRows: string[];
	briefRows: string[];
};

export function offerLines(
	offer: Pick<DeskOffer, 'transfer'>,
	width: number,
	keymap: ResolvedKeymap,
	theme: Pick<Theme, 'ascii' | 'symbols'>,
): OfferLines {
	const sep = theme.symbols.separator;
	const accept = keysOf(keymap, 'accept-offer', {ascii: theme.ascii})[0];
	const decline = keysOf(keymap, 'decline-offer', {ascii: theme.ascii})[0];
	const how = [accept && `${accept} accept`, decline && `${decline} decline`].filter(Boolean).join(sep);
	const lead = `${theme.ascii ? '*' : '◆'} ${offer.transfer ? 'transfer offered' : 'chat offered'}${sep}`;
	const room = Math.max(1, width);
	const firstRowRest = room - displayWidth(lead) - EXPIRY_WIDTH;
	const inline = how !== '' && displayWidth(`${sep}${how}`) <= firstRowRest;
	const keyRows = how === '' || inline ? [] : wrapText(how, room);
	let briefRows: string[] = [];
	if (offer.transfer) {
		const brief = `from ${remoteLine(offer.transfer.from.name, theme.ascii)}: ${remoteLine(offer.transfer.note, theme.ascii)}`;
		briefRows = wrapText(brief, room);
		if (briefRows.length > MAX_BRIEF_ROWS) {
			const ellipsis = ellipsisFor(theme.ascii);
			briefRows = briefRows.slice(0, MAX_BRIEF_ROWS);
			const last = briefRows[MAX_BRIEF_ROWS - 1]!;
			briefRows[MAX_BRIEF_ROWS - 1] = truncateToWidth(last, room - displayWidth(ellipsis), {ellipsis: ''}) + ellipsis;
		}
	}
	return {lead, inlineKeys: inline ? `${sep}${how}` : '', keyRows, briefRows};
}

/** Rows the prompt takes: the pane sizes the conversation above it by this. */
export function offerPromptRows(lines: OfferLines): number {
	return 1 + lines.keyRows.length + lines.briefRows.length;
}
