// Offers on a small screen: the prompt's keys and a colleague's brief wrap in full at 80x24; below 50 columns a row shows the offer.
import {afterEach, describe, expect, it} from 'vitest';
import {App} from '../../../source/ui/app.js';
import {offerLines} from '../../../source/ui/components/offer-prompt/offer-lines.js';
import {resolveKeymap} from '../../../source/ui/keys/resolve-keymap.js';
import {createTheme} from '../../../source/ui/theme.js';
import {waitFor} from '../../helpers/wait-for.js';
import {chat, deskStore, offer} from '../helpers/fixtures.js';
import {renderDesk} from '../helpers/render-desk.js';

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

const BRIEF =
	'Wants a refund for the blender bought on 3 March; already tried the reset steps, order 88123, prefers e-mail';

describe('offerLines', () => {
	it('puts the keys after the expiry when they fit, on a row of their own when not, and wraps the brief', () => {
		const theme = createTheme({unicode: true, color: 'none'});
		const wide = offerLines({transfer: null}, 70, resolveKeymap(), theme);
		expect(wide.inlineKeys).toBe(' · Enter accept · Alt+D decline');
		expect(wide.keyRows).toEqual([]);
		const narrow = offerLines({transfer: {from: {id: 'kim', name: 'Kim'}, note: BRIEF}}, 36, resolveKeymap(), theme);
		expect(narrow.inlineKeys).toBe('');
		expect(narrow.keyRows.join(' ')).toBe('Enter accept · Alt+D decline');
		expect(narrow.briefRows.join(' ')).toBe(`from Kim: ${BRIEF}`);
		expect(narrow.briefRows.every(row => row.length <= 36)).toBe(true);
	});
});

describe('offers at 80x24 and below', () => {
	it("shows a transfer offer's keys and the colleague's brief in full at 80x24", async () => {
		const desk = deskStore({
			chats: [chat('c1')],
			offers: [offer('o1', {name: 'Kari'}, {from: {id: 'kim', name: 'Kim'}, note: BRIEF})],
			then: [{type: 'focus.chat', chatId: 'o1'}],
		});
		const view = renderDesk(<App />, {desk, columns: 80, rows: 24});
		unmount = view.unmount;
		const frame = await waitFor(() => view.lastFrame().includes('prefers') && view.lastFrame());
		const pane = frame
			.split('\n')
			.map(line => line.slice(line.indexOf('║') + 1, line.lastIndexOf('║')).trim())
			.join(' ')
			.replaceAll(/\s+/g, ' ');
		expect(pane).toContain(`from Kim: ${BRIEF}`);
		expect(pane).toMatch(/Enter accept · Alt\+D decline/);
		expect(pane).not.toMatch(/(expires|decline|from Kim).*…/);
	});

	it('below 50 columns, where there is no chat list, a row under the header shows the offer', async () => {
		const desk = deskStore({
			chats: [chat('c1')],
			offers: [offer('o1', {name: 'Kari'})],
			then: [{type: 'focus.chat', chatId: 'c1'}],
		});
		const view = renderDesk(<App />, {desk, columns: 44, rows: 16});
		unmount = view.unmount;
		const frame = await waitFor(() => view.lastFrame().includes('Kari') && view.lastFrame());
		const lines = frame.split('\n');
		expect(lines[1]).toMatch(/^◆ chat offered: Kari · expires in \d+:\d\d/);
		expect(lines).toHaveLength(16);
		// The focused chat's pane is still there under it.
		expect(frame).toContain('Sarah Jones');
	});
});
