// Panes: the focused one is obvious without colour (double border and ▶; ASCII: # and =), split panes, offers, ended chats, typing line.
import {afterEach, describe, expect, it} from 'vitest';
import {Pane} from '../../../source/ui/components/pane/pane.js';
import {waitFor} from '../../helpers/wait-for.js';
import {chat, customerAuthor, deskStore, historyLoaded, message, offer, T0} from '../helpers/fixtures.js';
import {renderComponent} from '../helpers/render-desk.js';

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

const rect = {x: 0, y: 0, width: 60, height: 10};

describe('Pane', () => {
	it('marks the focused pane with a double border and ▶, the other with a single border', async () => {
		const desk = deskStore({
			chats: [chat('c1'), chat('c2', {name: 'Ola'})],
			then: [{type: 'focus.chat', chatId: 'c1'}, {type: 'pane.split'}],
		});
		const view = renderComponent(
			<>
				<Pane index={0} rect={rect} focused={false} detailsOver={false} />
				<Pane index={1} rect={{...rect, y: 10}} focused detailsOver={false} />
			</>,
			{desk},
		);
		unmount = view.unmount;
		const frame = await waitFor(() => view.lastFrame().includes('Ola') && view.lastFrame());
		expect(frame).toMatch(/^┌ Sarah Jones · en · ● active ─+┐$/m);
		expect(frame).toMatch(/^╔ ▶ Ola · en · ● active ═+╗$/m);
		expect(frame).toMatch(/^╚═+╝$/m);
	});

	it('marks it without box-drawing characters in ASCII mode', async () => {
		const desk = deskStore({chats: [chat('c1')], then: [{type: 'focus.chat', chatId: 'c1'}]});
		const view = renderComponent(<Pane index={0} rect={rect} focused detailsOver={false} />, {desk, ascii: true});
		unmount = view.unmount;
		const frame = await waitFor(() => view.lastFrame().includes('Sarah') && view.lastFrame());
		expect(frame).toMatch(/^# > Sarah Jones - en - o active =+#$/m);
		expect(frame).toMatch(/^#=+#$/m);
	});

	it('shows an offer with how to accept and decline, when it expires, and a composer for a greeting', async () => {
		const desk = deskStore({
			offers: [offer('o1', {name: 'Kari'}, {from: {id: 'kim', name: 'Kim'}, note: 'Wants a refund'})],
			then: [{type: 'focus.chat', chatId: 'o1'}],
		});
		const view = renderComponent(<Pane index={0} rect={{...rect, width: 80}} focused detailsOver={false} />, {desk});
		unmount = view.unmount;
		const frame = await waitFor(() => view.lastFrame().includes('expires') && view.lastFrame());
		expect(frame).toContain('◆ transfer offered · expires in 0:30 · Enter accept · Alt+D decline');
		expect(frame).toContain('from Kim: Wants a refund');
		expect(frame).toContain('◆ offered');
		view.stores.clock.set(T0 + 10_000);
		await waitFor(() => view.lastFrame().includes('expires in 0:20'));
	});

	it('keeps the offer deadline whole on a narrow pane and puts the keys on a row of their own, uncut', async () => {
		const desk = deskStore({offers: [offer('o1', {name: 'Kari'})], then: [{type: 'focus.chat', chatId: 'o1'}]});
		const view = renderComponent(<Pane index={0} rect={{...rect, width: 40}} focused detailsOver={false} />, {desk});
		unmount = view.unmount;
		const frame = await waitFor(() => view.lastFrame().includes('expires') && view.lastFrame());
		expect(frame).toMatch(/◆ chat offered · expires in 0:30 *║/);
		expect(frame).toMatch(/║Enter accept · Alt\+D decline *║/);
		expect(frame).not.toMatch(/(expires|decline).*…/);
	});

	it('shows the on-hold time in the title, following the clock', async () => {
		const desk = deskStore({
			chats: [chat('c1', {status: 'on_hold', hold: {since: T0, minutes: 3, reason: null}})],
			then: [{type: 'focus.chat', chatId: 'c1'}],
		});
		const view = renderComponent(<Pane index={0} rect={rect} focused detailsOver={false} />, {desk});
		unmount = view.unmount;
		view.stores.clock.set(T0 + 72_000);
		await waitFor(() => view.lastFrame().includes('‖ on hold 1:12'));
	});

	it('shows the customer typing with the sneak peek (E23), and drops it after 30 s without news', async () => {
		const desk = deskStore({
			chats: [chat('c1')],
			then: [historyLoaded('c1', [message('c1', 1, customerAuthor(), 'Hi')]), {type: 'focus.chat', chatId: 'c1'}],
		});
		desk.dispatch({
			type: 'server.event',
			event: 'sneak_peek',
			payload: {chat_id: 'c1', text: "the blades don't turn\u001B[2J"},
			seq: null,
			at: T0,
		});
		const view = renderComponent(<Pane index={0} rect={rect} focused detailsOver={false} />, {desk});
		unmount = view.unmount;
		await waitFor(() => view.lastFrame().includes("Sarah Jones is typing: the blades don't turn"));
		view.stores.clock.set(T0 + 31_000);
		await waitFor(() => !view.lastFrame().includes('is typing'));
	});

	it('says how to show a chat in an empty pane, and that an ended chat can be removed', async () => {
		const view = renderComponent(<Pane index={0} rect={rect} focused detailsOver={false} />);
		unmount = view.unmount;
		await waitFor(() => view.lastFrame().includes('Alt+1..9 or Ctrl+N shows a chat here'));
		const desk = deskStore({chats: [chat('c1', {status: 'ended'})], then: [{type: 'focus.chat', chatId: 'c1'}]});
		const ended = renderComponent(<Pane index={0} rect={rect} focused detailsOver={false} />, {desk});
		await waitFor(() => ended.lastFrame().includes('chat ended · Alt+X removes it'));
		ended.unmount();
	});

	it('covers the focused pane with the customer details when asked and there is no room beside (E8)', async () => {
		const desk = deskStore({
			chats: [
				chat('c1', {
					customer: {
						id: 'x',
						name: 'Sarah Jones',
						email: 'sarah@example.com',
						locale: 'en',
						page: 'https://shop.example.com/blenders',
						previous_chats: 2,
						time_zone: 'Europe/Oslo',
					},
				}),
			],
			then: [{type: 'focus.chat', chatId: 'c1'}],
		});
		const view = renderComponent(<Pane index={0} rect={{...rect, height: 14}} focused detailsOver />, {desk});
		unmount = view.unmount;
		const frame = await waitFor(() => view.lastFrame().includes('customer') && view.lastFrame());
		expect(frame).toContain('sarah@example.com');
		expect(frame).toContain('https://shop.example.com/blenders');
		expect(frame).toContain('2 earlier chats');
		// Issue 12: the customer's own time zone, as their browser gave it.
		expect(frame).toMatch(/zone\s+Europe\/Oslo/);
	});
});
