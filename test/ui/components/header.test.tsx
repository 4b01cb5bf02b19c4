// The header: agent, company, presence, counts, and the connection in words (connected, reconnecting in N s, offline with N queued).
import {afterEach, describe, expect, it} from 'vitest';
import {Header} from '../../../source/ui/components/header/header.js';
import {connectionText} from '../../../source/ui/components/header/connection-text.js';
import {createTheme} from '../../../source/ui/theme.js';
import {waitFor} from '../../helpers/wait-for.js';
import {chat, deskStore, offer, T0} from '../helpers/fixtures.js';
import {renderComponent} from '../helpers/render-desk.js';

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

const queued = (id: string) => ({
	type: 'outbox.queued' as const,
	message: {chat_id: 'c1', client_msg_id: id, text: 'x', visibility: 'public' as const, auto: false, queued_at: T0},
	at: T0,
});

describe('Header', () => {
	it('names the agent, company, presence and the counts, and says connected', async () => {
		const desk = deskStore({
			chats: [chat('c1'), chat('c2', {status: 'on_hold', hold: {since: T0, minutes: null, reason: null}})],
			offers: [offer('o1'), offer('o2')],
		});
		const view = renderComponent(<Header width={100} />, {desk});
		unmount = view.unmount;
		const frame = await waitFor(() => view.lastFrame().includes('connected') && view.lastFrame());
		expect(frame).toMatch(/switchboard · Alex \(Acme\) · online · 1 active, 1 on hold · 2 offered/);
		expect(frame).toMatch(/● connected\s*$/);
	});

	it('counts down while reconnecting, and shows what waits in the outbox', async () => {
		const desk = deskStore({chats: [chat('c1')]});
		desk.dispatch({
			type: 'connection.changed',
			status: {state: 'reconnecting', attempt: 2, retryAt: T0 + 4_000, reason: 'connection lost'},
			at: T0,
		});
		desk.dispatch(queued('q1'));
		desk.dispatch(queued('q2'));
		const view = renderComponent(<Header width={100} />, {desk});
		unmount = view.unmount;
		await waitFor(() => view.lastFrame().includes('○ reconnecting in 4 s · 2 queued'));
		view.stores.clock.set(T0 + 1_100);
		await waitFor(() => view.lastFrame().includes('reconnecting in 3 s'));
	});

	it('says offline, with the reason, when the client gave up', async () => {
		const desk = deskStore({chats: [chat('c1')]});
		desk.dispatch({
			type: 'connection.changed',
			status: {state: 'stopped', reason: 'the server refused the token', code: 4001},
			at: T0,
		});
		desk.dispatch(queued('q1'));
		const view = renderComponent(<Header width={120} />, {desk});
		unmount = view.unmount;
		await waitFor(() => view.lastFrame().includes('○ offline: the server refused the token · 1 queued'));
	});
});

describe('connectionText', () => {
	const theme = createTheme({unicode: true, color: 'none'});
	const ascii = createTheme({unicode: false, color: 'none'});
	it('words every state, in ASCII too', () => {
		expect(connectionText({state: 'connected', sessionId: 's', resumed: false}, 0, 0, theme).text).toBe('● connected');
		expect(connectionText({state: 'connecting', attempt: 0}, 0, 0, theme).text).toBe('○ connecting…');
		expect(
			connectionText({state: 'reconnecting', attempt: 1, retryAt: 10_000, reason: 'x'}, 3, 5_500, ascii).text,
		).toBe('o reconnecting in 5 s - 3 queued');
		expect(connectionText({state: 'stopped', reason: 'bad\u001B[2J token', code: null}, 0, 0, theme).text).toBe(
			'○ offline: bad token',
		);
	});
});
