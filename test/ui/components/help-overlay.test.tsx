// The help overlay is generated from the keymap: every action once, chat jumps collapsed, overrides shown as the agent set them.
import {afterEach, describe, expect, it} from 'vitest';
import {HelpOverlay} from '../../../source/ui/components/help-overlay/help-overlay.js';
import {commandHelp} from '../../../source/commands/index.js';
import {
	helpColumns,
	helpLayout,
	helpLines,
	PALETTE_AND_GUARD,
} from '../../../source/ui/components/help-overlay/help-lines.js';
import {hintText} from '../../../source/ui/components/key-hints/hint-text.js';
import {defaultKeymap} from '../../../source/ui/keymap.js';
import {resolveKeymap} from '../../../source/ui/keys/resolve-keymap.js';
import {waitFor} from '../../helpers/wait-for.js';
import {renderComponent, renderDesk} from '../helpers/render-desk.js';
import {App} from '../../../source/ui/app.js';

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

describe('helpLines', () => {
	it('has a line for every action of the table, the nine chat jumps as one, and the palette and guard keys', () => {
		const lines = helpLines(resolveKeymap());
		const bindings = lines.filter(line => line.kind === 'binding');
		const descriptions = new Set(defaultKeymap.map(binding => binding.description));
		expect(bindings).toHaveLength(descriptions.size + PALETTE_AND_GUARD.length);
		expect(bindings.find(line => line.keys === 'Tab' && line.description.includes('guard'))).toBeDefined();
		expect(bindings.find(line => line.keys === 'Alt+1…Alt+9')).toBeDefined();
		expect(bindings.find(line => line.keys === 'F1, ?')!.description).toContain('help');
		expect(lines.filter(line => line.kind === 'group').map(line => line.kind === 'group' && line.title)).toEqual([
			'Desk',
			'Chats',
			'Panes',
			'Composer',
			'Conversation',
			'Palette and guard',
		]);
	});

	it("shows the agent's own bindings and what is left unbound", () => {
		const lines = helpLines(resolveKeymap({help: ['alt+a'], 'command-palette': []}));
		expect(lines).toContainEqual({kind: 'binding', keys: 'Alt+A', description: expect.stringContaining('help')});
		expect(lines).toContainEqual({
			kind: 'binding',
			keys: '(unbound)',
			description: expect.stringContaining('needing attention'),
		});
		expect(lines).toContainEqual({
			kind: 'binding',
			keys: '(unbound)',
			description: expect.stringContaining('commands'),
		});
	});

	it('splits into columns that fit the height', () => {
		const lines = helpLines(resolveKeymap());
		for (const rows of [10, 20, 40, 80]) {
			const columns = helpColumns(lines, rows);
			expect(columns.flat()).toHaveLength(lines.length);
			for (const column of columns) expect(column.length).toBeLessThanOrEqual(rows);
		}
	});
});

describe('helpLayout', () => {
	const text = (rows: ReturnType<typeof helpLayout>['pages'][number][number]) =>
		rows.map(row => (row.kind === 'group' ? row.title : row.description + row.codes)).join(' ');

	it('keeps every description whole: fewer columns and more pages rather than cutting', () => {
		const lines = helpLines(resolveKeymap());
		for (const [width, rows] of [
			[78, 20],
			[98, 28],
			[60, 15],
			[30, 10],
			[158, 36],
			[198, 20],
		] as const) {
			const layout = helpLayout(lines, width, rows);
			for (const page of layout.pages) {
				expect(page.length).toBeLessThanOrEqual(layout.columnCount);
				for (const column of page) expect(column.length).toBeLessThanOrEqual(rows);
			}
			const all = layout.pages.flat().map(text).join(' ').replaceAll(/\s+/g, ' ');
			for (const line of lines) if (line.kind === 'binding') expect(all).toContain(line.description);
			for (const row of layout.pages.flat(2)) {
				if (row.kind === 'binding')
					expect(row.description.length).toBeLessThanOrEqual(layout.columnWidth - layout.keyWidth);
			}
		}
	});

	it('uses one column, paged, at 80x24 and two columns on one page at 160 columns', () => {
		const lines = helpLines(resolveKeymap());
		const narrow = helpLayout(lines, 78, 19);
		expect(narrow.columnCount).toBe(1);
		expect(narrow.pages.length).toBeGreaterThan(1);
		const wide = helpLayout(lines, 158, 36);
		expect(wide.columnCount).toBe(2);
		expect(wide.pages).toHaveLength(1);
	});

	it('sets the E-codes apart after the sentence, to be drawn dimmed (issue 9)', () => {
		const layout = helpLayout(helpLines(resolveKeymap()), 78, 19);
		const rows = layout.pages.flat(2).filter(row => row.kind === 'binding');
		const details = rows.find(row => row.keys === 'Alt+I')!;
		expect(details).toMatchObject({description: 'show or hide customer details', codes: ' (E8)'});
		// Every code in the help is set apart, none is left in a sentence.
		for (const row of rows) if (row.keys !== 'E1-E29') expect(row.description).not.toMatch(/\(E\d/);
		expect(rows.filter(row => row.codes !== '').length).toBeGreaterThanOrEqual(3);
		// In a column too narrow for sentence and codes on one row, the codes still end the last row of the description.
		const narrow = helpLayout(helpLines(resolveKeymap()), 30, 40).pages.flat(2);
		const wrapped = narrow.findIndex(row => row.kind === 'binding' && row.keys === 'Alt+I');
		const last = narrow.slice(wrapped).find(row => row.kind === 'binding' && row.codes !== '');
		expect(last).toMatchObject({codes: expect.stringContaining('(E8)')});
	});

	it('wraps a description onto a continuation row when even one column is narrower than it', () => {
		const layout = helpLayout(helpLines(resolveKeymap()), 40, 12);
		const rows = layout.pages.flat(2);
		const quit = rows.findIndex(row => row.kind === 'binding' && row.keys === 'Ctrl+C');
		expect(rows[quit + 1]).toMatchObject({kind: 'binding', keys: '', continued: true});
	});
});

describe('hintText', () => {
	it('offers the keys that matter for what the pane shows, from the keymap', () => {
		expect(hintText(resolveKeymap(), 'offer')).toMatch(
			/^Enter accept · Alt\+D decline · Alt\+A next waiting · Alt\+1-9 chat/,
		);
		expect(hintText(resolveKeymap(), 'composer')).toMatch(/^Enter send · Alt\+Enter new line/);
		expect(hintText(resolveKeymap(), 'empty')).toMatch(/Alt\+1-9 chat · Ctrl\+G find chat · Ctrl\+N next chat/);
		expect(hintText(resolveKeymap({'decline-offer': ['alt+x']}), 'offer')).toContain('Alt+X decline');
		// E8: the earlier chats' key where a chat is shown, when the line has room for it (the help always has it).
		expect(hintText(resolveKeymap(), 'composer')).toMatch(/Alt\+E earlier chats · F1 help$/);
		expect(hintText(resolveKeymap(), 'composer', {width: 80})).not.toContain('earlier chats');
	});
});

describe('HelpOverlay', () => {
	it('draws the whole keymap in a focused frame', async () => {
		const view = renderComponent(<HelpOverlay width={100} height={30} />);
		unmount = view.unmount;
		const first = await waitFor(() => view.lastFrame().includes('Composer') && view.lastFrame());
		// 100x30 is too narrow for two uncut columns of the keymap and the commands: it takes pages.
		expect(first).toMatch(/^╔ keys · Esc closes · page 1\/\d · PgDn more ═+╗/);
		const pages = view.stores.ui.getState().help.pages;
		let frame = first;
		for (let page = 2; page <= pages; page++) {
			view.stores.ui.dispatch({type: 'help.page', move: 'next'});
			frame += await waitFor(() => view.lastFrame().includes(`page ${page}/${pages}`) && view.lastFrame());
		}
		expect(frame).toContain('/transfer (/t)');
		for (const key of [
			'Ctrl+C',
			'F1, ?',
			'Alt+A',
			'Ctrl+N',
			'Tab',
			'Shift+Tab',
			'Alt+S',
			'PgUp',
			'Alt+Enter, Ctrl+J',
			'Alt+1…Alt+9',
		])
			expect(frame).toContain(key);
	});

	it('shows overridden keys', async () => {
		const view = renderComponent(<HelpOverlay width={100} height={30} />, {keys: {'next-attention': ['f5']}});
		unmount = view.unmount;
		const frame = await waitFor(() => view.lastFrame().includes('Composer') && view.lastFrame());
		expect(frame).toMatch(/F5 +next chat needing attention/);
	});

	const pagesOf = async (view: ReturnType<typeof renderDesk>, pageKey: string) => {
		const frames: string[] = [];
		let frame = await waitFor(() => /keys( ·| -) Esc closes/.test(view.lastFrame()) && view.lastFrame());
		for (;;) {
			frames.push(frame);
			const match = /page (\d+)\/(\d+)/.exec(frame);
			if (!match || match[1] === match[2]) return frames;
			const next = `page ${Number(match[1]) + 1}/${match[2]}`;
			view.stdin.write(pageKey);
			frame = await waitFor(() => view.lastFrame().includes(next) && view.lastFrame());
		}
	};
	const screenText = (frames: string[]) =>
		frames
			.flatMap(frame => frame.split('\n').map(line => line.replaceAll(/[║#]/g, ' ').trim()))
			.join(' ')
			.replaceAll(/\s+/g, ' ');

	for (const ascii of [false, true]) {
		it(`shows every binding in full on some page at 80x24${ascii ? ' in ASCII' : ''}`, async () => {
			const view = renderDesk(<App />, {columns: 80, rows: 24, ascii});
			unmount = view.unmount;
			view.stdin.write('\u001BOP');
			const frames = await pagesOf(view, '\u001B[6~');
			expect(frames.length).toBeGreaterThan(1);
			expect(frames[0]).toMatch(
				ascii ? /keys - Esc closes - page 1\/\d - PgDn more/ : /keys · Esc closes · page 1\/\d · PgDn more/,
			);
			expect(frames.at(-1)).toMatch(/PgUp back/);
			expect(frames[0]).toMatch(
				ascii
					? /^#Ctrl\+C +quit \(press twice; asks first while chats are active\) +#$/m
					: /^║Ctrl\+C +quit \(press twice; asks first while chats are active\) +║$/m,
			);
			const text = screenText(frames);
			for (const line of helpLines(resolveKeymap(), {ascii})) {
				if (line.kind === 'binding') expect(text).toContain(line.description);
			}
			for (const frame of frames) {
				for (const line of frame.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
				// Nothing in the overlay is cut (the hint line below it may be).
				const overlay = frame
					.split('\n')
					.filter(line => /^[║#]/.test(line))
					.join('\n');
				expect(overlay.replaceAll(ascii ? 'Alt+1..Alt+9' : 'Alt+1…Alt+9', '')).not.toContain(ascii ? '...' : '…');
			}
		});
	}

	it('lays the keys out in two uncut columns at 160 columns, the slash commands after them', async () => {
		const view = renderDesk(<App />, {columns: 160, rows: 40});
		unmount = view.unmount;
		view.stdin.write('\u001BOP');
		const frames = await pagesOf(view, '\u001B[6~');
		const overlay = frames.flatMap(frame => frame.split('\n').filter(line => line.startsWith('║'))).join('\n');
		expect(overlay.replaceAll('Alt+1…Alt+9', '')).not.toContain('…');
		expect(overlay).toMatch(/║Ctrl\+C +quit \(press twice; asks first while chats are active\) +\S/);
		const text = screenText(frames);
		const lines = helpLines(resolveKeymap(), {commands: commandHelp(view.stores.desk.getState().capabilities)});
		for (const line of lines) if (line.kind === 'binding') expect(text).toContain(line.description);
		expect(text).toContain('/hold [minutes] [reason]: Put the chat on hold');
	});

	it('pages with PgDn/PgUp, Space/b and Home/End while open, and closes with Esc', async () => {
		const view = renderDesk(<App />, {columns: 80, rows: 24});
		unmount = view.unmount;
		const ui = () => view.stores.ui.getState();
		view.stdin.write('\u001BOP');
		await waitFor(() => view.lastFrame().includes('page 1/'));
		const pages = ui().help.pages;
		expect(pages).toBeGreaterThan(1);
		view.stdin.write('\u001B[6~');
		await waitFor(() => view.lastFrame().includes(`page 2/${pages}`));
		view.stdin.write('b');
		await waitFor(() => view.lastFrame().includes(`page 1/${pages}`));
		view.stdin.write(' ');
		await waitFor(() => view.lastFrame().includes(`page 2/${pages}`));
		view.stdin.write('\u001B[5~');
		await waitFor(() => view.lastFrame().includes(`page 1/${pages}`));
		view.stdin.write('\u001B[5~');
		expect(ui().help.page).toBe(0);
		view.stdin.write('\u001B[F');
		await waitFor(() => view.lastFrame().includes(`page ${pages}/${pages} · PgUp back`));
		view.stdin.write('\u001B[6~');
		expect(ui().help.page).toBe(pages - 1);
		view.stdin.write('\u001B[H');
		await waitFor(() => view.lastFrame().includes(`page 1/${pages} · PgDn more`));
		view.stdin.write('\u001B');
		await waitFor(() => ui().overlay === null && !view.lastFrame().includes('keys · Esc closes'));
		// Opened again, it starts at the first page.
		view.stdin.write('\u001BOP');
		await waitFor(() => view.lastFrame().includes(`page 1/${pages}`));
	});
});
