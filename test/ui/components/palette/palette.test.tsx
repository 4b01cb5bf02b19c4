// The palette on screen: rows fit the width, the selection shows without colour, long lists are windowed, CJK aligns, remote text is harmless.
import {afterEach, describe, expect, it} from 'vitest';
import {
	Palette,
	paletteLines,
	paletteRows,
	type PaletteState,
	type PaletteView,
} from '../../../../source/ui/components/palette/index.js';
import {displayWidth} from '../../../../source/ui/text/width.js';
import {createTheme} from '../../../../source/ui/theme.js';
import {waitFor} from '../../../helpers/wait-for.js';
import {renderComponent} from '../../helpers/render-desk.js';
import {colleagues, focusedChat, response, view} from './palette-fixtures.js';

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

const at = (selected: number): PaletteState => ({selected, dismissedDraft: null});
const unicode = createTheme({unicode: true, color: 'none'});

async function draw(
	palette: PaletteView,
	state: PaletteState,
	width: number,
	maxRows: number,
	options: {ascii?: boolean; color?: boolean} = {},
) {
	const shown = renderComponent(<Palette view={palette} state={state} width={width} maxRows={maxRows} />, options);
	unmount = shown.unmount;
	const frame = await waitFor(() => shown.lastFrame() !== '' && shown.lastFrame());
	return frame.split('\n');
}

describe('Palette', () => {
	it('marks the selected row with a symbol, not colour alone, and fits every line in the width', async () => {
		const lines = await draw(view('/'), at(1), 60, 8);
		expect(lines.length).toBeLessThanOrEqual(8);
		expect(lines[0]).toMatch(/^ {2}\/canned \[query\] \(\/c\) +Put a canned/);
		const hold = lines.findIndex(line => line.startsWith('▶ '));
		expect(lines[hold]).toMatch(/^▶ \/hold \[minutes\] \[reason\] +Put the chat on hold/);
		for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(60);
		// Descriptions wrap in their column instead of being cut.
		expect(lines.join('\n')).not.toContain('…');
		const described = lines
			.slice(0, hold)
			.map(line => line.slice(26).trim())
			.join(' ');
		expect(described).toBe('Put a canned response into the composer to edit before sending');
		expect(lines.at(-1)).toMatch(/^ {2}↓ \d+ more/);
	});

	it('uses ASCII for the marker, arrows and dashes on a terminal without UTF-8', async () => {
		const lines = await draw(view('/'), at(9), 60, 6, {ascii: true});
		expect(lines.join('\n')).not.toMatch(/[▶↓↑…—─●]/u);
		expect(lines[0]).toMatch(/^ {2}\^ \d+ more/);
		expect(lines.some(line => line.startsWith('> /'))).toBe(true);
		const usage = await draw(view('/hold 3 x'), at(0), 70, 4, {ascii: true});
		expect(usage.length).toBeGreaterThan(1);
		expect(usage.map(line => line.trim()).join(' ')).toBe(
			'/hold [minutes] [reason] - Put the chat on hold; the customer is told why and for how long',
		);
		for (const line of usage) expect(displayWidth(line)).toBeLessThanOrEqual(70);
	});

	it('keeps the selection in view in a long list, saying how many rows are cut off', async () => {
		const palette = view('/canned ');
		const lines = await draw(palette, at(10), 50, 6);
		expect(lines.length).toBeLessThanOrEqual(6);
		expect(lines[0]).toMatch(/^ {2}↑ \d+ more/);
		expect(lines.some(line => /^▶ Anything else\? +else · closing/.test(line))).toBe(true);
		expect(lines.at(-1)).toMatch(/^ {2}↓ \d+ more/);
		expect(paletteRows(palette, at(10), 50, 6)).toBe(lines.length);
	});

	it('shows the preview of the selected response under the list, at most three lines, and a language fallback', async () => {
		const canned = [
			response('long', {
				title: 'Long one',
				shortcut: 'lo',
				text: {
					en: 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen',
				},
			}),
		];
		const palette = view('/c lo', {canned, chat: focusedChat({locale: 'fi'})});
		const lines = await draw(palette, at(0), 30, 10);
		expect(lines[0]).toMatch(/^▶ Long one +lo/);
		expect(lines[1]).toBe('── preview (no fi variant: en)');
		expect(lines.slice(2)).toHaveLength(3);
		expect(lines.at(-1)).toMatch(/…$/u);
		for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(30);
	});

	it('aligns the availability column after CJK names and says availability in words', async () => {
		const lines = await draw(view('/transfer '), at(0), 60, 10);
		const column = (name: string) => {
			const line = lines.find(entry => entry.includes(name))!;
			const symbol = line.search(/[●◐○]/u);
			return displayWidth(line.slice(0, symbol));
		};
		expect(column('王伟')).toBe(column('Kari Nordmann'));
		expect(column('Billing')).toBe(column('王伟'));
		expect(lines.find(line => line.includes('王伟'))).toMatch(/● online · agent/);
		expect(lines.find(line => line.includes('Returns'))).toMatch(/○ nobody available · department/);
		expect(lines.find(line => line.includes('Kari'))).toMatch(/◐ away · agent/);
	});

	it('draws hostile names and canned text harmlessly', async () => {
		const hostile = new Map([
			...colleagues,
			['eve', {id: 'eve', name: 'Eve\u001B[2J\u001B]0;owned\u0007\u202Eevil\u009B1;1H', presence: 'online' as const}],
		]);
		const lines = await draw(view('/t eve', {colleagues: hostile}), at(0), 60, 4);
		expect(lines.join('\n')).not.toMatch(/[\u001B\u0007\u009B\u202E]/u);
		expect(lines[0]).toContain('Eveevil');
		const canned = [
			response('evil', {title: 'Bad\u001B]52;c;eA==\u0007 title', shortcut: 'ev', text: {en: 'Hi\u001B[2J there'}}),
		];
		const preview = await draw(view('/c ev', {canned}), at(0), 60, 6);
		expect(preview.join('\n')).not.toMatch(/[\u001B\u0007]/u);
		expect(preview.join('\n')).toContain('Bad title');
		expect(preview.join('\n')).toContain('Hi there');
	});
});

describe('paletteRows and paletteLines', () => {
	it('never exceed maxRows and make every line exactly the width', () => {
		const views = ['/', '/ho', '/pw', '/canned ', '/c pass', '/t ', '/hold 3 x', '/xyz'].map(draft => view(draft));
		for (const palette of views) {
			for (const maxRows of [0, 1, 2, 3, 5, 8]) {
				for (const width of [20, 50, 76]) {
					for (const selected of [0, 4, 12]) {
						const lines = paletteLines(palette, at(selected), width, maxRows, unicode);
						expect(lines.length).toBeLessThanOrEqual(maxRows);
						expect(paletteRows(palette, at(selected), width, maxRows)).toBe(lines.length);
						for (const line of lines) {
							const text = line.kind === 'row' ? line.marker + line.lead + line.detail : line.text;
							expect(displayWidth(text)).toBe(width);
						}
						const chosen = lines.find(line => line.kind === 'row' && line.selected);
						if (maxRows > 0 && palette.rows.length > 0) expect(chosen).toBeDefined();
					}
				}
			}
		}
	});

	it('is 0 rows without a palette, and fits an 80x24 pane next to the conversation', () => {
		expect(paletteRows(null, at(0), 50, 8)).toBe(0);
		// An 80x24 desk leaves a pane of about 50 x 18 inside its frame; the palette takes a third at most there.
		expect(paletteRows(view('/'), at(0), 50, 6)).toBeGreaterThan(3);
		expect(paletteRows(view('/'), at(0), 50, 6)).toBeLessThanOrEqual(6);
		// The usage of /hold wraps onto a second line rather than being cut.
		expect(paletteRows(view('/hold 3'), at(0), 50, 6)).toBe(2);
		expect(paletteRows(view('/ho'), at(0), 50, 6)).toBe(3);
	});

	it('gives the list room before the preview when space is short', () => {
		const lines = paletteLines(view('/canned '), at(0), 50, 4, unicode);
		expect(lines.filter(line => line.kind === 'row')).toHaveLength(3);
		expect(lines.some(line => line.kind === 'preview')).toBe(false);
		const roomy = paletteLines(view('/canned '), at(0), 50, 9, unicode);
		expect(roomy.filter(line => line.kind === 'preview').length).toBeGreaterThan(0);
	});
});
