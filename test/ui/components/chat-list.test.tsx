// The chat list: offers then my chats, numbered; state as symbol and word; unread counts; the E1 timer with symbol and word; ASCII mode.
import {afterEach, describe, expect, it} from 'vitest';
import {ChatList} from '../../../source/ui/components/chat-list/chat-list.js';
import {waitFor} from '../../helpers/wait-for.js';
import {
	chat,
	customerAuthor,
	deskStore,
	historyLoaded,
	message,
	messagesEvent,
	offer,
	T0,
} from '../helpers/fixtures.js';
import {renderComponent} from '../helpers/render-desk.js';

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

function render(...args: Parameters<typeof renderComponent>) {
	const view = renderComponent(...args);
	unmount = view.unmount;
	return view;
}

describe('ChatList', () => {
	it('lists offers first (unnumbered), then my chats, each with its number, symbol, word and language', async () => {
		const desk = deskStore({
			chats: [
				chat('c1', {name: 'Sarah Jones'}),
				chat('c2', {name: '王伟', status: 'on_hold', hold: {since: T0, minutes: 3, reason: null}, locale: 'zh'}),
			],
			offers: [offer('o1', {name: 'Kari'})],
		});
		const view = render(<ChatList width={32} height={14} compact={false} />, {desk});
		const frame = await waitFor(() => view.lastFrame().includes('Kari') && view.lastFrame());
		expect(frame).toContain('offers (1)');
		expect(frame).toContain('my chats');
		expect(frame).toMatch(/│ {4}◆ Kari/);
		expect(frame).toContain('offered · en');
		expect(frame).toMatch(/1 ● Sarah Jones/);
		expect(frame).toContain('active · en');
		expect(frame).toMatch(/2 ‖ 王伟/);
		expect(frame).toContain('on hold · zh');
		expect(frame.indexOf('Kari')).toBeLessThan(frame.indexOf('Sarah'));
	});

	it('uses ASCII borders and symbols, and a neutral placeholder for an unknown name', async () => {
		const desk = deskStore({
			chats: [chat('c1', {name: null}), chat('c2', {status: 'ended'})],
			offers: [offer('o1', {name: 'Kari'})],
		});
		const view = render(<ChatList width={32} height={12} compact={false} />, {desk, ascii: true});
		const frame = await waitFor(() => view.lastFrame().includes('Visitor') && view.lastFrame());
		expect(frame).toMatch(/^\+ chats -+\+$/m);
		expect(frame).toMatch(/\| {4}\* Kari/);
		expect(frame).toMatch(/1 o Visitor \d/);
		expect(frame).toMatch(/2 x Sarah Jones/);
		expect(frame).toContain('ended - en');
		expect(frame).not.toMatch(/[─│◆●…·]/u);
	});

	it('shows the E1 timer with a symbol and a word: waiting at 30 s, late at 60 s', async () => {
		const desk = deskStore({
			chats: [chat('c1')],
			then: [historyLoaded('c1', [message('c1', 1, customerAuthor(), 'Hello?')])],
		});
		const view = render(<ChatList width={34} height={8} compact={false} />, {desk});
		const since = T0 + 1_000;
		view.stores.clock.set(since + 12_000);
		expect(await waitFor(() => view.lastFrame().includes('0:12') && view.lastFrame())).not.toContain('!');
		view.stores.clock.set(since + 41_000);
		await waitFor(() => view.lastFrame().includes('! wait 0:41'));
		view.stores.clock.set(since + 72_000);
		await waitFor(() => view.lastFrame().includes('!! late 1:12'));
	});

	it('counts unread messages and marks the chat in the focused pane', async () => {
		const desk = deskStore({
			chats: [chat('c1'), chat('c2', {name: 'Ola'})],
			then: [{type: 'focus.chat', chatId: 'c2'}],
		});
		desk.dispatch(messagesEvent(message('c1', 1, customerAuthor(), 'one')));
		desk.dispatch(messagesEvent(message('c1', 2, customerAuthor(), 'two')));
		const view = render(<ChatList width={32} height={10} compact={false} />, {desk});
		const frame = await waitFor(() => view.lastFrame().includes('+2') && view.lastFrame());
		expect(frame).toMatch(/ {2}1 ● Sarah Jones/);
		expect(frame).toMatch(/ {2}active · en +\+2 0:0\d│/);
		expect(frame).toMatch(/▶ 2 ● Ola/);
	});

	it('draws hostile names harmlessly', async () => {
		const desk = deskStore({
			chats: [chat('c1', {name: 'Eve\u001B[2J\u001B]0;owned\u0007\u001B]52;c;ZXZpbA==\u0007\u202Eevil\u009B1;1H'})],
		});
		const view = render(<ChatList width={40} height={6} compact={false} />, {desk});
		const frame = await waitFor(() => view.lastFrame().includes('Eve') && view.lastFrame());
		expect(frame).not.toMatch(/[\u001B\u0007\u009B\u202E]/u);
		expect(frame).toContain('Eveevil');
	});

	it('has one-line rows in compact mode, with the short timer', async () => {
		const desk = deskStore({
			chats: [chat('c1')],
			then: [historyLoaded('c1', [message('c1', 1, customerAuthor(), 'Hello?')])],
		});
		const view = render(<ChatList width={18} height={6} compact />, {desk});
		view.stores.clock.set(T0 + 1_000 + 65_000);
		const frame = await waitFor(() => view.lastFrame().includes('!!1:05') && view.lastFrame());
		expect(frame).toMatch(/ 1●Sar…\+1 !!1:05/);
	});

	it('scrolls to keep the focused chat in view and says how many are hidden', async () => {
		const chats = Array.from({length: 12}, (_, index) => chat(`c${index}`, {name: `Customer ${index}`}));
		const desk = deskStore({chats, then: [{type: 'focus.chat', chatId: 'c11'}]});
		const view = render(<ChatList width={30} height={10} compact={false} />, {desk});
		const frame = await waitFor(() => view.lastFrame().includes('Customer 11') && view.lastFrame());
		expect(frame).toMatch(/▲ \d+ more/);
		expect(frame).not.toContain('Customer 0 ');
	});
});
