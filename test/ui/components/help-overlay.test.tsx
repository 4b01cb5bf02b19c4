// The help overlay is generated from the keymap: every action once, chat jumps collapsed, overrides shown as the agent set them.
import {afterEach, describe, expect, it} from 'vitest';
import {HelpOverlay} from '../../../source/ui/components/help-overlay/help-overlay.js';
import {helpColumns, helpLines} from '../../../source/ui/components/help-overlay/help-lines.js';
import {hintText} from '../../../source/ui/components/key-hints/hint-text.js';
import {defaultKeymap} from '../../../source/ui/keymap.js';
import {resolveKeymap} from '../../../source/ui/keys/resolve-keymap.js';
import {waitFor} from '../../helpers/wait-for.js';
import {renderComponent} from '../helpers/render-desk.js';

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

describe('helpLines', () => {
	it('has a line for every action of the table, and the nine chat jumps as one', () => {
		const lines = helpLines(resolveKeymap());
		const bindings = lines.filter(line => line.kind === 'binding');
		const descriptions = new Set(defaultKeymap.map(binding => binding.description));
		expect(bindings).toHaveLength(descriptions.size);
		expect(bindings.find(line => line.keys === 'Alt+1…Alt+9')).toBeDefined();
		expect(bindings.find(line => line.keys === 'F1, ?')!.description).toContain('help');
		expect(lines.filter(line => line.kind === 'group').map(line => line.kind === 'group' && line.title)).toEqual(['Desk', 'Chats', 'Panes', 'Composer', 'Conversation']);
	});

	it('shows the agent\'s own bindings and what is left unbound', () => {
		const lines = helpLines(resolveKeymap({help: ['alt+a'], 'command-palette': []}));
		expect(lines).toContainEqual({kind: 'binding', keys: 'Alt+A', description: expect.stringContaining('help')});
		expect(lines).toContainEqual({kind: 'binding', keys: '(unbound)', description: expect.stringContaining('needing attention')});
		expect(lines).toContainEqual({kind: 'binding', keys: '(unbound)', description: expect.stringContaining('commands')});
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

describe('hintText', () => {
	it('offers the keys that matter for what the pane shows, from the keymap', () => {
		expect(hintText(resolveKeymap(), 'offer')).toMatch(/^Enter accept · Alt\+D decline · Alt\+A next waiting · Alt\+1-9 chat/);
		expect(hintText(resolveKeymap(), 'composer')).toMatch(/^Enter send · Alt\+Enter new line/);
		expect(hintText(resolveKeymap({'decline-offer': ['alt+x']}), 'offer')).toContain('Alt+X decline');
	});
});

describe('HelpOverlay', () => {
	it('draws the whole keymap in a focused frame', async () => {
		const view = renderComponent(<HelpOverlay width={100} height={30} />);
		unmount = view.unmount;
		const frame = await waitFor(() => view.lastFrame().includes('Composer') && view.lastFrame());
		expect(frame).toMatch(/^╔ keys · Esc closes ═+╗/);
		for (const key of ['Ctrl+C', 'F1, ?', 'Alt+A', 'Ctrl+N', 'Tab', 'Shift+Tab', 'Alt+S', 'PgUp', 'Alt+Enter, Ctrl+J', 'Alt+1…Alt+9']) expect(frame).toContain(key);
	});

	it('shows overridden keys', async () => {
		const view = renderComponent(<HelpOverlay width={100} height={30} />, {keys: {'next-attention': ['f5']}});
		unmount = view.unmount;
		const frame = await waitFor(() => view.lastFrame().includes('Composer') && view.lastFrame());
		expect(frame).toMatch(/F5 +next chat needing attention/);
	});
});
