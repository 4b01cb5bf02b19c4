// The composer: prompt and placeholder, multi-line drafts, history recall, and paste inserted as one block (through the desk's input).
import {afterEach, describe, expect, it} from 'vitest';
import {App} from '../../../source/ui/app.js';
import {Composer} from '../../../source/ui/components/composer/composer.js';
import {draftOf} from '../../../source/ui/state/ui-state.js';
import {waitFor} from '../../helpers/wait-for.js';
import {chat, deskStore} from '../helpers/fixtures.js';
import {renderComponent, renderDesk} from '../helpers/render-desk.js';

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

describe('Composer', () => {
	it('shows a prompt and the keys to send when empty, only in the focused pane', async () => {
		const view = renderComponent(<Composer chatId="c1" width={60} maxRows={5} focused origin={null} />);
		unmount = view.unmount;
		await waitFor(() => view.lastFrame().includes('> type a message (Enter send · Alt+Enter new line)'));
		const other = renderComponent(<Composer chatId="c1" width={60} maxRows={5} focused={false} origin={null} />);
		await waitFor(() => other.lastFrame().trim() === ':');
		expect(other.lastFrame()).not.toContain('type a message');
		other.unmount();
	});

	it('shows a multi-line draft, capped at maxRows around the cursor', async () => {
		const view = renderComponent(<Composer chatId="c1" width={40} maxRows={3} focused origin={null} />);
		unmount = view.unmount;
		view.stores.ui.dispatch({type: 'composer.edit', chatId: 'c1', edit: {type: 'insert', text: 'one\ntwo'}});
		await waitFor(() => view.lastFrame() === '> one\n  two');
		view.stores.ui.dispatch({type: 'composer.edit', chatId: 'c1', edit: {type: 'insert', text: '\nthree\nfour'}});
		await waitFor(() => view.lastFrame() === '> one\n  ↑ 2 more lines\n  four');
	});
});

describe('typing into the desk', () => {
	function desk() {
		return deskStore({chats: [chat('c1')], then: [{type: 'focus.chat', chatId: 'c1'}]});
	}

	it('types, adds a line with Alt+Enter, sends with Enter, and recalls with Up', async () => {
		const view = renderDesk(<App />, {desk: desk(), columns: 100, rows: 30});
		unmount = view.unmount;
		await waitFor(() => view.lastFrame().includes('type a message'));
		view.stdin.write('Hello');
		view.stdin.write('\u001B\r');
		view.stdin.write('there\r');
		await waitFor(() => view.controller.calls.some(call => call.method === 'sendMessage'));
		expect(view.controller.calls.find(call => call.method === 'sendMessage')!.args).toEqual(['c1', 'Hello\nthere']);
		await waitFor(() => view.lastFrame().includes('type a message'));
		view.stdin.write('\u001B[A');
		await waitFor(() => view.lastFrame().includes('> Hello'));
		expect(draftOf(view.stores.ui.getState(), 'c1').text).toBe('Hello\nthere');
	});

	it('inserts a bracketed paste as one block, line breaks kept, without sending', async () => {
		const view = renderDesk(<App />, {desk: desk(), columns: 100, rows: 30});
		unmount = view.unmount;
		await waitFor(() => view.lastFrame().includes('type a message'));
		view.stdin.write('Note: ');
		view.stdin.write('\u001B[200~first line\r\nsecond line\u001B[31m\r\nthird\u001B[201~');
		await waitFor(() => draftOf(view.stores.ui.getState(), 'c1').text === 'Note: first line\nsecond line\nthird');
		const changes = view.controller.calls.filter(call => call.method === 'composerChanged');
		expect(changes.at(-1)!.args).toEqual(['c1', 'Note: first line\nsecond line\nthird']);
		// One change for the paste, after one per typed character.
		expect(changes).toHaveLength('Note: '.length + 1);
		expect(view.controller.calls.some(call => call.method === 'sendMessage')).toBe(false);
		await waitFor(() => view.lastFrame().includes('  third'));
	});

	it('keeps a draft per chat when switching chats', async () => {
		const store = deskStore({
			chats: [chat('c1'), chat('c2', {name: 'Ola'})],
			then: [{type: 'focus.chat', chatId: 'c1'}],
		});
		const view = renderDesk(<App />, {desk: store, columns: 100, rows: 30});
		unmount = view.unmount;
		await waitFor(() => view.lastFrame().includes('type a message'));
		view.stdin.write('for Sarah');
		await waitFor(() => view.lastFrame().includes('> for Sarah'));
		view.stdin.write('\u001B2');
		await waitFor(() => view.lastFrame().includes('▶ Ola'));
		expect(view.lastFrame()).toContain('type a message');
		view.stdin.write('\u001B1');
		await waitFor(() => view.lastFrame().includes('> for Sarah'));
	});
});
