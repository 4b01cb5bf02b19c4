// The desk's courtesy at run time, through createDeskRuntime with hand-driven timers: greeting on accept, hold updates on the clock, the e-mail offer, replies ending a hold, the canned library.
import {describe, expect, it} from 'vitest';
import type {CannedResponse} from '../../../source/canned/index.js';
import type {CommandConfig, SendEffect} from '../../../source/commands/index.js';
import type {DeskAction} from '../../../source/core/actions.js';
import {createDeskStore} from '../../../source/core/store.js';
import type {Capability, Chat, Offer} from '../../../source/protocol/index.js';
import {createDeskNotifier} from '../../../source/ui/runtime/desk-notifier.js';
import {createDeskRuntime} from '../../../source/ui/runtime/desk-runtime.js';
import {createCannedStore} from '../../../source/ui/state/canned-store.js';
import {createClock} from '../../../source/ui/state/clock.js';
import {createExternalStore} from '../../../source/ui/state/external-store.js';
import {createUiState, reduceUi} from '../../../source/ui/state/ui-state.js';
import {agent, chat, offer, T0} from '../helpers/fixtures.js';
import {ManualTimers} from '../../helpers/manual-timers.js';
import {FakeCourtesyClient, settle} from './courtesy-fakes.js';

const ALL: Capability[] = ['hold', 'transfer', 'sneak_peek', 'rating', 'canned', 'followup'];
const fileResponse: CannedResponse = {
	id: 'thanks',
	title: 'Thanks',
	shortcut: 'ty',
	category: null,
	tags: [],
	department: null,
	text: {en: 'Thank you!'},
	origin: {kind: 'team', name: 'team.yaml'},
};

function setup({config = {} as CommandConfig} = {}) {
	const timers = new ManualTimers(T0);
	const desk = createDeskStore();
	const ui = createExternalStore(createUiState(), reduceUi);
	const canned = createCannedStore([fileResponse]);
	const reported: SendEffect[] = [];
	let client!: FakeCourtesyClient;
	const runtime = createDeskRuntime({
		connect: onAction => (client = new FakeCourtesyClient(onAction, timers.now)),
		desk,
		ui,
		clock: createClock(T0),
		thresholds: {warnMs: 30_000, alarmMs: 60_000},
		notifier: createDeskNotifier(
			{bellOnOffer: false, bellOnAlarm: false, desktop: 'off', tmux: false, minIntervalMs: 0},
			() => {},
		),
		timers,
		onQuit: () => {},
		courtesy: {canned, config, onSend: effect => reported.push(effect)},
	});
	runtime.start();
	// As the desk does after its first frame: the library's files, read.
	runtime.courtesy.setCannedFiles([[fileResponse]]);
	const emit = (...actions: DeskAction[]) => {
		for (const action of actions) client.emit(action);
		timers.advance(50);
	};
	const connected = (): DeskAction => ({
		type: 'connection.changed',
		status: {state: 'connected', sessionId: 's1', resumed: false},
		at: timers.now(),
	});
	const session = (chats: Chat[], offers: Offer[] = [], capabilities = ALL): DeskAction => ({
		type: 'session.started',
		agent,
		capabilities,
		resumed: false,
		snapshot: {seq: 0, chats, offers, followups: []},
		at: timers.now(),
	});
	const login = ({chats = [] as Chat[], offers = [] as Offer[], capabilities = ALL} = {}) =>
		emit(connected(), session(chats, offers, capabilities));
	const event = (event: string, payload: unknown): DeskAction =>
		({type: 'server.event', event, payload, seq: null, at: timers.now()}) as DeskAction;
	return {timers, desk, ui, canned, reported, runtime, client: () => client, emit, login, event, connected, session};
}

describe('courtesy runtime: greeting on accept (E2)', () => {
	it('E2, E3: accepting an offer greets the customer once, and a reconnect snapshot does not greet again', async () => {
		const t = setup();
		t.login({offers: [offer('o1')]});
		t.runtime.controller.acceptOffer('o1');
		t.emit(t.event('chat.assigned', {chat: chat('o1')}));
		const greetings = () => t.client().sendsTo('o1');
		expect(greetings()).toHaveLength(1);
		// E1: sent as not answering anything, so a question the customer asked before the accept still waits.
		expect(greetings()[0]).toMatchObject({auto: true, visibility: 'public', answers: false});
		expect(greetings()[0]!.text).toMatch(/Sarah\b.*Alex|Alex.*Sarah\b/);
		expect(t.runtime.courtesy.memory('o1')?.greetedAt).toBe(t.timers.now());
		expect(t.reported.map(effect => effect.notice)).toEqual(['greeting']);

		t.emit({
			type: 'connection.changed',
			status: {state: 'reconnecting', attempt: 1, retryAt: t.timers.now() + 1_000, reason: 'link lost'},
			at: t.timers.now(),
		});
		t.emit(t.connected(), t.session([chat('o1')]));
		await settle();
		expect(greetings()).toHaveLength(1);
	});

	it('switched off: the agent is told, and nothing goes to the customer', () => {
		const t = setup({config: {notices: {enabled: {greeting: false}}}});
		t.login({offers: [offer('o1')]});
		t.emit(t.event('chat.assigned', {chat: chat('o1')}));
		expect(t.client().sends).toEqual([]);
		expect(t.ui.getState().note?.text).toContain('greeting notices are switched off');
	});
});

describe('courtesy runtime: the clock (E7, E9)', () => {
	const held = () => chat('c1', {status: 'on_hold', hold: {since: T0, minutes: null, reason: 'checking the warranty'}});

	it('E9: a tick while connected sends the update that is due; none while offline, and one (not a burst) on return', () => {
		const t = setup();
		t.login({chats: [held()]});
		t.timers.advance(T0 + 59_000 - t.timers.now());
		expect(t.client().sends).toEqual([]);
		t.timers.advance(1_000);
		expect(t.client().sends.map(send => send.auto)).toEqual([true]);
		expect(t.reported.map(effect => effect.notice)).toEqual(['hold-update']);

		t.emit({
			type: 'connection.changed',
			status: {state: 'reconnecting', attempt: 1, retryAt: t.timers.now() + 1_000, reason: 'link lost'},
			at: t.timers.now(),
		});
		t.timers.advance(5 * 60_000);
		expect(t.client().sends).toHaveLength(1);
		t.emit(t.connected());
		t.timers.advance(1_000);
		expect(t.client().sends).toHaveLength(2);
		t.timers.advance(30_000);
		expect(t.client().sends).toHaveLength(2);
	});

	it('E7: warns the agent 30 s before the promised time runs out', () => {
		const t = setup({config: {holdUpdateIntervalMs: 0}});
		t.login({chats: [chat('c1', {status: 'on_hold', hold: {since: T0, minutes: 1, reason: null}})]});
		t.timers.advance(29_000);
		expect(t.ui.getState().note).toBeNull();
		t.timers.advance(1_000);
		expect(t.desk.getState().alerts.at(-1)).toMatchObject({
			kind: 'hold.estimate',
			level: 'warning',
			text: expect.stringContaining('E7: the time you promised Sarah Jones runs out in 30 s'),
		});
		expect(t.client().sends).toEqual([]);
	});
});

describe('courtesy runtime: after a failed transfer (E11)', () => {
	it('E11: transfer.failed puts the e-mail request in the composer, not on the wire', async () => {
		const t = setup();
		t.client().answers['departments.list'] = {
			departments: [{id: 'billing', name: 'Billing', agents_online: 0, accepting: false}],
		};
		t.login({chats: [chat('c1', {status: 'transferring', transfer: {type: 'department', id: 'billing'}})]});
		await settle();
		expect(t.desk.getState().departments.get('billing')?.name).toBe('Billing');
		t.emit(
			t.event('transfer.failed', {
				chat_id: 'c1',
				target: {type: 'department', id: 'billing'},
				reason: 'no_agent_available',
				chat: chat('c1'),
			}),
		);
		await settle();
		const draft = t.ui.getState().drafts.get('c1')?.text ?? '';
		expect(draft).toMatch(/e-mail address/);
		// E11 (amended): the customer heard at once that the transfer did not go through; the request waits for Enter.
		expect(t.client().sends.map(send => send.text)).toEqual([expect.stringContaining('Billing')]);
		expect(t.ui.getState().note?.text).toContain('An e-mail request is in the composer');

		// Sent as it stands, it is still the e-mail request (for the report card), but the agent's send, not an automatic one.
		t.runtime.controller.sendMessage('c1', draft);
		expect(t.reported.at(-1)).toMatchObject({notice: 'email-request', auto: false, text: draft});
		// Edited, it is the agent's own words.
		t.runtime.controller.sendMessage('c1', 'Could I have your e-mail, please?');
		expect(t.reported.at(-1)).toMatchObject({notice: null, auto: false});
	});
});

describe('courtesy runtime: replies (E10)', () => {
	it('E10: a reply to a chat on hold sends the thanks and the reply, then ends the hold once both are confirmed', async () => {
		const t = setup();
		t.login({chats: [chat('c1', {status: 'on_hold', hold: {since: T0, minutes: 5, reason: null}})]});
		t.runtime.controller.sendMessage('c1', 'Good news: it is covered', 'public');
		await settle();
		const courtesyLog = () =>
			t.client().log.filter(entry => entry.startsWith('send') || entry === 'request chat.unhold');
		expect(courtesyLog()).toEqual([expect.stringMatching(/^send Thank/), 'send Good news: it is covered']);
		t.client().confirmAll();
		await settle();
		expect(courtesyLog()).toEqual([
			expect.stringMatching(/^send Thank/),
			'send Good news: it is covered',
			'request chat.unhold',
		]);
		expect(t.reported.map(effect => effect.notice)).toEqual(['hold-end', null]);
	});

	it('E9, E10: an update that falls due while the unhold is on its way is not sent after the thanks', async () => {
		const t = setup();
		t.login({chats: [chat('c1', {status: 'on_hold', hold: {since: T0, minutes: null, reason: null}})]});
		t.timers.advance(T0 + 59_500 - t.timers.now());
		t.runtime.controller.sendMessage('c1', 'Found it', 'public');
		await settle();
		t.timers.advance(5_000);
		t.client().confirmAll();
		t.timers.advance(50);
		await settle();
		t.timers.advance(5_000);
		expect(t.client().sends.map(send => send.text)).toEqual([expect.stringMatching(/^Thank/), 'Found it']);
		expect(t.client().requests.map(request => request.op)).toContain('chat.unhold');
	});

	it('a reply to an active chat is just the reply', () => {
		const t = setup();
		t.login({chats: [chat('c1')]});
		t.runtime.controller.sendMessage('c1', 'hello', 'public');
		expect(t.client().sends.map(send => [send.text, send.auto])).toEqual([['hello', false]]);
	});

	it('stopping the desk ends a wait for confirmations: the hold is not ended behind the agent', async () => {
		const t = setup();
		t.login({chats: [chat('c1', {status: 'on_hold', hold: {since: T0, minutes: 5, reason: null}})]});
		t.runtime.controller.sendMessage('c1', 'back', 'public');
		await t.runtime.stop();
		await settle();
		expect(t.client().requests.map(request => request.op)).not.toContain('chat.unhold');
	});
});

describe('courtesy runtime: command lines', () => {
	it('a line that is not a command is left alone; a wrong use stays in the composer to be fixed', () => {
		const t = setup();
		t.login({chats: [chat('c1')]});
		expect(t.runtime.controller.runLine('c1', 'hello')).toBeNull();
		t.ui.dispatch({type: 'composer.edit', chatId: 'c1', edit: {type: 'replace', text: '/hold 9999'}});
		const effects = t.runtime.controller.runLine('c1', '/hold 9999');
		expect(effects?.[0]?.type).toBe('error');
		expect(t.ui.getState().drafts.get('c1')?.text).toBe('/hold 9999');
	});

	it('a picker command leaves its text in the composer rather than being wiped with the line', () => {
		const t = setup();
		t.login({chats: [chat('c1')]});
		t.ui.dispatch({type: 'composer.edit', chatId: 'c1', edit: {type: 'replace', text: '/transfer'}});
		t.runtime.controller.runLine('c1', '/transfer');
		expect(t.ui.getState().drafts.get('c1')?.text).toBe('/transfer ');
		expect(t.ui.getState().history.get('c1')?.[0]).toBe('/transfer');
	});
});

describe('courtesy runtime: the canned library (E12)', () => {
	const server = (id: string, text: Record<string, string>) => ({
		id,
		title: `Server ${id}`,
		shortcut: null,
		category: null,
		tags: [],
		text,
	});
	const ids = (t: ReturnType<typeof setup>) => t.canned.getState().map(response => response.id);

	it("merges the server's canned.list after login when the server has the capability", async () => {
		const t = setup();
		answerCanned(t, {canned: [server('srv-1', {en: 'From the server'})]});
		t.login({chats: [chat('c1')]});
		await settle();
		expect(t.client().requests.map(request => request.op)).toContain('canned.list');
		expect(ids(t)).toEqual(expect.arrayContaining(['thanks', 'srv-1']));
	});

	it('merges the files and the server list in whichever order they arrive', async () => {
		const t = setup();
		t.runtime.courtesy.setCannedFiles([]);
		answerCanned(t, {canned: [server('srv-1', {en: 'From the server'})]});
		t.login({chats: [chat('c1')]});
		await settle();
		expect(ids(t)).toEqual(['srv-1']);
		t.runtime.courtesy.setCannedFiles([[fileResponse]]);
		expect(ids(t)).toEqual(['thanks', 'srv-1']);
	});

	it('does not ask a server without the capability, and keeps the file library', async () => {
		const t = setup();
		t.login({chats: [chat('c1')], capabilities: ['hold', 'transfer']});
		await settle();
		expect(t.client().requests.map(request => request.op)).not.toContain('canned.list');
		expect(ids(t)).toEqual(['thanks']);
	});

	it('reports a failed canned.list as a note in plain words, the server text cleaned for the log, and keeps the library', async () => {
		const t = setup();
		t.client().failures['canned.list'] = new Error('bad payload\u001B[2J at canned[0]');
		t.login({chats: [chat('c1')]});
		await settle();
		expect(t.ui.getState().note).toMatchObject({
			level: 'warning',
			text: "could not load the server's canned responses: the server refused it",
			detail: 'bad payload at canned[0]',
		});
		expect(ids(t)).toEqual(['thanks']);
	});

	it('leaves out broken server entries with one note naming them, and keeps the good ones', async () => {
		const t = setup();
		answerCanned(t, {
			canned: [server('good', {en: 'Fine'}), server('empty\u001B[31m', {}), server('blank', {en: '  '})],
		});
		t.login({chats: [chat('c1')]});
		await settle();
		expect(ids(t)).toContain('good');
		expect(ids(t)).not.toContain('blank');
		const note = t.ui.getState().note!;
		expect(note.level).toBe('warning');
		expect(note.text).toBe('server canned response "empty" left out: no text in any language (and 1 more)');
	});
});

/** The server's canned.list answer, set before login (the list is asked for as the connection comes up). */
function answerCanned(t: ReturnType<typeof setup>, answer: unknown) {
	t.client().answers['canned.list'] = answer;
}
