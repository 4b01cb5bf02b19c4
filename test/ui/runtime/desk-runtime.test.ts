// The runtime: client actions batched into the store, the 1 s clock, bells for offers and late chats, and the operations keys ask for.
import {describe, expect, it} from 'vitest';
import type {DeskAction} from '../../../source/core/actions.js';
import {createDeskStore, type DeskStore} from '../../../source/core/store.js';
import type {AgentOp} from '../../../source/protocol/index.js';
import {createDeskNotifier} from '../../../source/ui/runtime/desk-notifier.js';
import {
	BACKGROUND_WINDOW_MS,
	createDeskRuntime,
	TYPING_IDLE_MS,
	type DeskClient,
} from '../../../source/ui/runtime/desk-runtime.js';
import {createCannedStore} from '../../../source/ui/state/canned-store.js';
import {createClock} from '../../../source/ui/state/clock.js';
import {createExternalStore} from '../../../source/ui/state/external-store.js';
import {createUiState, reduceUi} from '../../../source/ui/state/ui-state.js';
import {agent, chat, customerAuthor, deskInputs, meAuthor, message, offer, T0} from '../helpers/fixtures.js';
import {ManualTimers} from '../../helpers/manual-timers.js';

type Request = {op: AgentOp; payload: unknown};

class FakeClient implements DeskClient {
	requests: Request[] = [];
	sends: Array<{chatId: string; text: string; visibility: string | undefined}> = [];
	started = false;
	stopped = false;
	answers: Partial<Record<AgentOp, unknown>> = {
		'departments.list': {departments: []},
		'agents.list': {agents: []},
		'chat.history': {messages: [], has_more: false},
	};
	failures: Partial<Record<AgentOp, Error>> = {};
	constructor(public emit: (action: DeskAction) => void) {}
	start() {
		this.started = true;
	}
	async stop() {
		this.stopped = true;
	}
	request(op: AgentOp, payload: unknown) {
		this.requests.push({op, payload});
		const failure = this.failures[op];
		return (failure ? Promise.reject(failure) : Promise.resolve(this.answers[op] ?? {})) as never;
	}
	send(chatId: string, text: string, options: {visibility?: 'public' | 'internal'} = {}) {
		this.sends.push({chatId, text, visibility: options.visibility});
		return 'id';
	}
}

function setup({
	bellOnOffer = true,
	bellOnAlarm = true,
	desktop = 'off' as const,
	backgroundWindowMs = undefined as number | undefined,
} = {}) {
	const timers = new ManualTimers(T0);
	const inner = createDeskStore();
	let batches = 0;
	const desk: DeskStore = {
		...inner,
		dispatchBatch(actions) {
			batches += 1;
			inner.dispatchBatch(actions);
		},
	};
	const ui = createExternalStore(createUiState(), reduceUi);
	const clock = createClock(T0);
	const written: string[] = [];
	const notifier = createDeskNotifier({bellOnOffer, bellOnAlarm, desktop, tmux: false, minIntervalMs: 0}, sequence =>
		written.push(sequence),
	);
	let client!: FakeClient;
	let quits = 0;
	const runtime = createDeskRuntime({
		connect: onAction => (client = new FakeClient(onAction)),
		desk,
		ui,
		clock,
		thresholds: {warnMs: 30_000, alarmMs: 60_000},
		notifier,
		timers,
		onQuit: () => quits++,
		courtesy: {canned: createCannedStore([]), config: {}},
		...(backgroundWindowMs === undefined ? {} : {backgroundWindowMs}),
	});
	runtime.start();
	const login = (setupInputs = deskInputs({chats: [chat('c1')]})) => {
		for (const action of setupInputs) client.emit(action as DeskAction);
		timers.advance(50);
	};
	const settle = () => new Promise(resolve => setImmediate(resolve));
	return {timers, desk, ui, clock, written, runtime, client, login, settle, batches: () => batches, quits: () => quits};
}

describe('createDeskRuntime', () => {
	it('starts the client and batches its actions: a burst of 200 messages is one store update', () => {
		const {client, desk, login, timers, batches} = setup();
		expect(client.started).toBe(true);
		login();
		const before = batches();
		for (let n = 1; n <= 200; n++)
			client.emit({
				type: 'server.event',
				event: 'message.created',
				payload: {message: message('c1', n, customerAuthor(), `m${n}`)},
				seq: n,
				at: T0,
			});
		expect(desk.getState().chats.get('c1')!.unread).toBe(0);
		timers.advance(50);
		expect(batches() - before).toBe(1);
		expect(desk.getState().chats.get('c1')!.unread).toBe(200);
	});

	it('lets messages into chats in no pane wait the background window; a chat put in a pane gets its own at once', () => {
		const {client, desk, timers} = setup({backgroundWindowMs: BACKGROUND_WINDOW_MS});
		for (const action of deskInputs({chats: [chat('c1'), chat('c2')]})) client.emit(action as DeskAction);
		timers.advance(50);
		desk.dispatch({type: 'focus.chat', chatId: 'c1'});
		const unread = (chatId: string) => desk.getState().chats.get(chatId)!.unread;
		const customerSays = (chatId: string, n: number) =>
			client.emit({
				type: 'server.event',
				event: 'message.created',
				payload: {message: message(chatId, n, customerAuthor(), `m${n}`)},
				seq: null,
				at: T0,
			});
		customerSays('c2', 1);
		timers.advance(50);
		expect(unread('c2')).toBe(0);
		timers.advance(BACKGROUND_WINDOW_MS - 50);
		expect(unread('c2')).toBe(1);
		// Into the chat on screen: the ordinary window, with what waited before it.
		customerSays('c2', 2);
		customerSays('c1', 1);
		timers.advance(50);
		expect(desk.getState().chats.get('c1')!.messages.length).toBe(1);
		expect(unread('c2')).toBe(2);
		// Opening a chat brings what the background burst held for it.
		customerSays('c2', 3);
		desk.dispatch({type: 'focus.chat', chatId: 'c2'});
		expect(desk.getState().chats.get('c2')!.messages.length).toBe(3);
	});

	it('moves the clock once a second and rings once when a chat turns late (E1)', () => {
		const {client, login, timers, clock, written} = setup();
		login();
		client.emit({
			type: 'server.event',
			event: 'message.created',
			payload: {message: {...message('c1', 1, customerAuthor(), 'hello?'), ts: T0}},
			seq: 1,
			at: T0,
		});
		timers.advance(1_000);
		expect(clock.getState()).toBe(T0 + 1_000);
		timers.advance(58_000);
		expect(written).toEqual([]);
		timers.advance(2_000);
		expect(written).toEqual(['\u0007']);
		timers.advance(10_000);
		expect(written).toEqual(['\u0007']);
	});

	it('rings for a new offer (not for one it already knew), and not at all when turned off', () => {
		const on = setup();
		on.login(deskInputs({chats: [], offers: [offer('o1')]}));
		expect(on.written).toEqual(['\u0007']);
		on.client.emit({type: 'server.event', event: 'chat.offered', payload: offer('o2', {name: 'Kari'}), seq: 5, at: T0});
		on.timers.advance(50);
		expect(on.written).toEqual(['\u0007', '\u0007']);
		on.client.emit({type: 'server.event', event: 'chat.offered', payload: offer('o2', {name: 'Kari'}), seq: 6, at: T0});
		on.timers.advance(50);
		expect(on.written).toHaveLength(2);
		const off = setup({bellOnOffer: false});
		off.login(deskInputs({chats: [], offers: [offer('o1')]}));
		expect(off.written).toEqual([]);
	});

	it('sends desktop notifications when opted in, with the customer name sanitised', () => {
		const {login, written} = setup({desktop: 'osc9' as never});
		login(deskInputs({offers: [offer('o1', {name: 'Eve\u0007\u001B]52;c;x\u0007'})]}));
		expect(written).toHaveLength(1);
		expect(written[0]).toBe('\u0007\u001B]9;switchboard: new chat: Eve is waiting\u0007');
	});

	it('accepts, declines, sends (through the outbox, offline too) and switches presence', async () => {
		const {runtime, client, login, settle, desk} = setup();
		login(deskInputs({offers: [offer('o1')]}));
		runtime.controller.acceptOffer('o1');
		runtime.controller.declineOffer('o1');
		runtime.controller.sendMessage('c1', 'hello', 'public');
		client.answers['presence.set'] = {agent: {...agent, presence: 'away'}};
		runtime.controller.togglePresence();
		await settle();
		expect(client.requests.map(request => [request.op, request.payload])).toEqual(
			expect.arrayContaining([
				['offer.accept', {chat_id: 'o1'}],
				['offer.decline', {chat_id: 'o1'}],
				['presence.set', {presence: 'away'}],
			]),
		);
		expect(client.sends).toEqual([{chatId: 'c1', text: 'hello', visibility: 'public'}]);
		expect(desk.getState().agent!.presence).toBe('away');
	});

	it('decides a reply on what the server said, even inside the batch window: a hold just begun is ended (E10)', async () => {
		const {runtime, client, login, settle} = setup();
		login();
		// The hold arrives and the agent presses Enter before the 50 ms batch window closes.
		client.emit({
			type: 'server.event',
			event: 'chat.updated',
			payload: {chat: chat('c1', {status: 'on_hold', hold: {since: T0, minutes: 3, reason: null}})},
			seq: 1,
			at: T0,
		});
		runtime.controller.sendMessage('c1', 'found it: the warranty is two years', 'public');
		await settle();
		expect(client.sends.map(send => send.text)).toEqual([
			expect.stringMatching(/thank/i),
			'found it: the warranty is two years',
		]);
		// Both confirmed (the fake gives every send the id "id"): then the hold ends.
		client.emit({type: 'outbox.sent', client_msg_id: 'id', message: message('c1', 2, meAuthor, 'x'), at: T0});
		await settle();
		expect(client.requests.map(request => request.op)).toContain('chat.unhold');
	});

	it('tells the agent when accepting fails', async () => {
		const {runtime, client, login, settle, ui} = setup();
		login(deskInputs({offers: [offer('o1')]}));
		// The server's words may name ids: the agent reads plain words from the code, the log keeps the words.
		client.failures['offer.accept'] = Object.assign(new Error('chat 3fQx9 is not offered to agent alice'), {
			code: 'conflict',
		});
		runtime.controller.acceptOffer('o1');
		await settle();
		expect(ui.getState().note).toMatchObject({
			text: 'could not accept the chat: the chat is not in a state that allows it now',
			detail: 'chat 3fQx9 is not offered to agent alice',
		});
		expect(ui.getState().noteLog.at(-1)?.detail).toBe('chat 3fQx9 is not offered to agent alice');
	});

	it('sends typing.set throttled: once on the first key, again only after 3 s, false when cleared or idle', () => {
		const {runtime, client, login, timers} = setup();
		login();
		const typing = () =>
			client.requests
				.filter(request => request.op === 'typing.set')
				.map(request => (request.payload as {typing: boolean}).typing);
		runtime.controller.composerChanged('c1', 'h');
		runtime.controller.composerChanged('c1', 'he');
		timers.advance(1_000);
		runtime.controller.composerChanged('c1', 'hel');
		expect(typing()).toEqual([true]);
		timers.advance(2_500);
		runtime.controller.composerChanged('c1', 'hell');
		expect(typing()).toEqual([true, true]);
		runtime.controller.composerChanged('c1', '');
		expect(typing()).toEqual([true, true, false]);
		runtime.controller.composerChanged('c1', 'x');
		timers.advance(TYPING_IDLE_MS);
		expect(typing()).toEqual([true, true, false, true, false]);
	});

	it('sends no typing while the draft is a command line (an internal /note included), and stops it when one starts', () => {
		const {runtime, client, login} = setup();
		login();
		const typing = () =>
			client.requests
				.filter(request => request.op === 'typing.set')
				.map(request => (request.payload as {typing: boolean}).typing);
		runtime.controller.composerChanged('c1', '/');
		runtime.controller.composerChanged('c1', '/note the customer is upset');
		expect(typing()).toEqual([]);
		runtime.controller.composerChanged('c1', 'Hi');
		runtime.controller.composerChanged('c1', '/');
		expect(typing()).toEqual([true, false]);
	});

	it("fetches departments' availability again shortly after a colleague's presence changed", () => {
		const {client, login, timers} = setup();
		login();
		const lists = () => client.requests.filter(request => request.op === 'departments.list').length;
		const before = lists();
		for (const presence of ['away', 'online'] as const)
			client.emit({
				type: 'server.event',
				event: 'presence.changed',
				payload: {agent_id: 'kari', presence},
				seq: null,
				at: timers.now(),
			});
		timers.advance(1_000);
		expect(lists()).toBe(before + 1);
	});

	it('reports what the agent has read, once per new mark', async () => {
		const {client, login, desk, timers} = setup();
		login(deskInputs({chats: [chat('c1')]}));
		desk.dispatch({type: 'focus.chat', chatId: 'c1'});
		client.emit({
			type: 'server.event',
			event: 'message.created',
			payload: {message: message('c1', 1, customerAuthor(), 'hi')},
			seq: 1,
			at: T0,
		});
		timers.advance(50);
		client.emit({
			type: 'server.event',
			event: 'message.created',
			payload: {message: message('c1', 2, customerAuthor(), 'there')},
			seq: 2,
			at: T0,
		});
		timers.advance(50);
		const marks = client.requests.filter(request => request.op === 'read.mark').map(request => request.payload);
		expect(marks).toEqual([
			{chat_id: 'c1', n: 1},
			{chat_id: 'c1', n: 2},
		]);
	});

	it('loads older history once when asked, and department and colleague names after login', async () => {
		const {runtime, client, login, desk, settle, timers} = setup();
		login(deskInputs({chats: [chat('c1')]}));
		expect(client.requests.map(request => request.op)).toEqual(
			expect.arrayContaining(['departments.list', 'agents.list']),
		);
		client.emit({
			type: 'history.loaded',
			chat_id: 'c1',
			messages: [message('c1', 101, customerAuthor(), 'late')],
			has_more: true,
			at: T0,
		});
		timers.advance(50);
		client.answers['chat.history'] = {messages: [message('c1', 100, customerAuthor(), 'earlier')], has_more: false};
		runtime.controller.loadOlder('c1');
		runtime.controller.loadOlder('c1');
		await settle();
		const pages = client.requests.filter(request => request.op === 'chat.history');
		expect(pages).toEqual([{op: 'chat.history', payload: {chat_id: 'c1', before: 101, limit: 100}}]);
		expect(desk.getState().chats.get('c1')!.hasOlder).toBe(false);
		runtime.controller.loadOlder('c1');
		expect(client.requests.filter(request => request.op === 'chat.history')).toHaveLength(1);
	});

	it('quits through the callback, and stop() flushes and stops the client once', async () => {
		const {runtime, client, quits, timers, desk} = setup();
		runtime.controller.quit();
		expect(quits()).toBe(1);
		client.emit({type: 'protocol.error', message: 'late', summary: 'Late.', at: T0});
		await Promise.all([runtime.stop(), runtime.stop()]);
		expect(client.stopped).toBe(true);
		expect(desk.getState().alerts.at(-1)?.text).toBe('Late.');
		expect(timers.pending).toBe(0);
	});
});
