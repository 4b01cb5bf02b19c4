// One palette row as text in two columns (what to pick, then about it), remote names sanitised, widths in terminal columns.
import {synopsis} from '../../../commands/index.js';
import {remoteLine} from '../../remote-text.js';
import {displayWidth, fitToWidth, padToWidth} from '../../text/width.js';
import {wrapText} from '../../text/wrap.js';
import type {Theme} from '../../theme.js';
import type {PaletteMode} from './palette-draft.js';
import type {Availability, PaletteRow} from './palette-row.js';

export type RowLook = Pick<Theme, 'ascii' | 'symbols'>;

/** The two columns of a row before fitting: `lead` names the thing, `detail` says more about it. */
export type RowColumns = {lead: string; detail: string; tone: 'muted' | 'ok'};

/** Shapes that say availability without colour (the word beside it says it again). */
export function availabilitySymbol(level: Availability, ascii: boolean): string {
	if (level === 'available') return ascii ? '*' : '●';
	return level === 'away' ? (ascii ? '~' : '◐') : ascii ? 'o' : '○';
}

const MARKER_WIDTH = 2;
const GAP = '  ';

export function rowColumns(row: PaletteRow, mode: PaletteMode, look: RowLook): RowColumns {
	const sep = look.symbols.separator;
	switch (row.kind) {
		case 'command': {
			const {command} = row;
			const aliases = command.aliases.length > 0 ? ` (${command.aliases.map(alias => `/${alias}`).join(', ')})` : '';
			return {lead: `${synopsis(command)}${aliases}`, detail: command.description, tone: 'muted'};
		}
		case 'canned': {
			const {response} = row.preview;
			const title = remoteLine(response.title, look.ascii);
			const shortcut = response.shortcut ? remoteLine(response.shortcut, look.ascii) : '';
			// Among commands a response needs saying what it is; in the canned picker every row is one.
			if (mode === 'commands')
				return {lead: `canned: ${title}${shortcut ? ` (${shortcut})` : ''}`, detail: '', tone: 'muted'};
			const category = response.category ? remoteLine(response.category, look.ascii) : '';
			return {lead: title, detail: [shortcut, category].filter(Boolean).join(sep), tone: 'muted'};
		}
		case 'target': {
			const kind = row.target.type === 'department' ? 'department' : 'agent';
			const reach = `${availabilitySymbol(row.level, look.ascii)} ${row.availability}`;
			return {
				lead: remoteLine(row.name, look.ascii),
				detail: `${reach}${sep}${kind}`,
				tone: row.available ? 'ok' : 'muted',
			};
		}
	}
}

/**
 * The lead column's width: as wide as the widest lead, cut only where the details need the room, and then never
 * below half the row (short details such as "pw · account" leave a long title its words).
 */
export function leadWidth(columns: readonly RowColumns[], width: number): number {
	const inner = Math.max(0, width - MARKER_WIDTH);
	let widestLead = 0;
	let widestDetail = 0;
	for (const entry of columns) {
		if (entry.detail === '') continue;
		widestLead = Math.max(widestLead, displayWidth(entry.lead));
		widestDetail = Math.max(widestDetail, displayWidth(entry.detail));
	}
	return Math.min(widestLead, Math.max(Math.floor(inner / 2), inner - GAP.length - widestDetail));
}

export type RowLine = {marker: string; lead: string; detail: string};

/** Below this many columns a description goes under its name rather than beside it. */
const MIN_DETAIL_COLUMNS = 16;
const STACK_INDENT = '  ';

/**
 * A row as screen lines of exactly `width` columns, nothing cut: the name wraps in its column and the description in
 * its own beside it, or, on a narrow pane, the description wraps under the name. The first line carries the marker.
 */
export function rowLines(
	columns: RowColumns,
	selected: boolean,
	lead: number,
	width: number,
	look: RowLook,
): RowLine[] {
	const marker = fitToWidth(selected ? `${look.symbols.focus} ` : '', Math.min(MARKER_WIDTH, width), {ellipsis: ''});
	const blank = ' '.repeat(displayWidth(marker));
	const inner = Math.max(1, width - MARKER_WIDTH);
	const detailRoom = inner - lead - GAP.length;
	const fit = (text: string, room: number) => padToWidth(text, room);
	if (columns.detail === '') {
		return wrapText(columns.lead, inner).map((text, index) => ({
			marker: index === 0 ? marker : blank,
			lead: fit(text, inner),
			detail: '',
		}));
	}
	if (detailRoom >= MIN_DETAIL_COLUMNS) {
		const leads = wrapText(columns.lead, Math.max(1, lead));
		const details = wrapText(columns.detail, detailRoom);
		return Array.from({length: Math.max(leads.length, details.length)}, (_, index) => ({
			marker: index === 0 ? marker : blank,
			lead: fit(leads[index] ?? '', lead) + GAP,
			detail: fit(details[index] ?? '', detailRoom),
		}));
	}
	const leads = wrapText(columns.lead, inner).map(text => fit(text, inner));
	const details = wrapText(columns.detail, Math.max(1, inner - STACK_INDENT.length)).map(text =>
		fit(STACK_INDENT + text, inner),
	);
	return [
		...leads.map((text, index) => ({marker: index === 0 ? marker : blank, lead: text, detail: ''})),
		...details.map(text => ({marker: blank, lead: '', detail: text})),
	];
}
