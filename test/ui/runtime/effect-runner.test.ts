// The effect runner: sends and requests in order (a request after confirmed sends), stopping on failure, marks at once, composer text, results into the desk.
import {describe, expect, it} from 'vitest';
import type {ChatMemory, CommandEffect, SendEffect} from '../../../source/commands/index.js';
import {request} from '../../../source/commands/effects.js';
import type {Followup} from '../../../source/protocol/index.js';
import {createDeliveryWatch} from '../../../source/ui/runtime/delivery-watch.js';
import {createEffectRunner} from '../../../source/ui/runtime/effect-runner.js';
import {createExternalStore} from '../../../source/ui/state/external-store.js';
import {createUiState, reduceUi} from '../../../source/ui/state/ui-state.js';
import {agent, chat, deskStore, T0} from '../helpers/fixtures.js';
import {FakeCourtesyClient, settle} from './courtesy-fakes.js';

const NOW = T0 + 60_000;

function setup() {
	const deliveries = createDeliveryWatch();
	const client = new FakeCourtesyClient(action => deliveries.observe(action));
	const desk = deskStore({chats: [chat('c1')]});
	const ui = createExternalStore(createUiState(), reduceUi);
	const memory = new Map<string, ChatMemory>();
	const reported: SendEffect[] = [];
	const runner = createEffectRunner({
		client,
		desk,
		ui,
		deliveries,
		memory,
		now: () => NOW,
		onSend: effect => reported.push(effect),
	});
	const note = () => ui.getState().note;
	return {client, desk, ui, memory, runner, reported, note};
}

const send = (text: string, extra: Partial<SendEffect> = {}): SendEffect => ({
	type: 'send',
	chatId: 'c1',
	text,
	visibility: 'public',
	auto: true,
	notice: null,
	...extra,
});

/** The run's promise, and whether it has finished. */
function started(promise: Promise<void>): () => boolean {
	let done = false;
	void promise.then(() => (done = true));
	return () => done;
}

describe('createEffectRunner: order', () => {
	it('sends at once, in order; a request waits until the sends before it are confirmed, and what follows waits for the request', async () => {
		const {client, runner} = setup();
		const done = started(
			runner.run([send('closing'), send('rating please'), request('chat.end', {chat_id: 'c1'}), send('after')], 'c1'),
		);
		await settle();
		expect(client.log).toEqual(['send closing', 'send rating please']);
		client.confirm('msg-1');
		await settle();
		expect(client.log).toHaveLength(2);
		client.confirm('msg-2');
		await settle();
		expect(client.log).toEqual(['send closing', 'send rating please', 'request chat.end', 'send after']);
		expect(done()).toBe(true);
	});

	it('a request with no sends before it goes at once, and the notice after it only once the server agreed (E10)', async () => {
		const {client, runner} = setup();
		client.held.add('chat.hold');
		const done = started(runner.run([request('chat.hold', {chat_id: 'c1', minutes: 3}), send('hold notice')], 'c1'));
		await settle();
		expect(client.log).toEqual(['request chat.hold']);
		client.release('chat.hold');
		await settle();
		expect(client.log).toEqual(['request chat.hold', 'send hold notice']);
		expect(done()).toBe(true);
	});

	it('E10: the hold notice is confirmed before the hold is asked for, so the customer reads it before "on hold"', async () => {
		const {client, runner} = setup();
		const done = started(runner.run([send('hold notice'), request('chat.hold', {chat_id: 'c1', minutes: 3})], 'c1'));
		await settle();
		expect(client.log).toEqual(['send hold notice']);
		client.confirm('msg-1');
		await settle();
		expect(client.log).toEqual(['send hold notice', 'request chat.hold']);
		expect(done()).toBe(true);
	});

	it('a confirmation that came before the request was reached still counts', async () => {
		const {client, runner} = setup();
		client.confirmAtOnce = true;
		await runner.run([send('thanks'), send('reply'), request('chat.unhold', {chat_id: 'c1'})], 'c1');
		expect(client.log).toEqual(['send thanks', 'send reply', 'request chat.unhold']);
	});

	it('a refused request stops the run and says so: the hold notice never goes out for a refused hold', async () => {
		const {client, runner, note} = setup();
		client.failures['chat.hold'] = new Error('the chat has ended');
		await runner.run([request('chat.hold', {chat_id: 'c1', minutes: 3}), send('hold notice')], 'c1');
		expect(client.sends).toEqual([]);
		// Plain words on the line; the server's own message only in the alert log's details.
		expect(note()).toEqual({
			text: 'could not put the chat on hold: the server refused it',
			level: 'warning',
			at: NOW,
			detail: 'the chat has ended',
		});
	});

	it('a refused send stops the requests after it, and says so', async () => {
		const {client, runner, note} = setup();
		const run = runner.run([send('closing'), request('chat.end', {chat_id: 'c1'}), send('never')], 'c1');
		client.refuse('msg-1');
		await run;
		expect(client.log).toEqual(['send closing']);
		expect(note()).toMatchObject({
			text: 'stopped before trying to end the chat: a message before it was not delivered',
			level: 'warning',
		});
	});

	it('names an op without words by its name when it fails', async () => {
		const {client, runner, note} = setup();
		client.failures['read.mark'] = new Error('nope');
		await runner.run([request('read.mark', {chat_id: 'c1', n: 1})], 'c1');
		expect(note()?.text).toBe('could not read.mark: the server refused it');
	});

	it('reports every send, with the notice it is, for the session journal', async () => {
		const {runner, reported} = setup();
		await runner.run([send('hello', {notice: 'greeting'}), send('my words', {auto: false})], 'c1');
		expect(reported.map(effect => [effect.text, effect.notice])).toEqual([
			['hello', 'greeting'],
			['my words', null],
		]);
	});

	it('passes visibility and the automatic flag on to the outbox', async () => {
		const {client, runner} = setup();
		await runner.run([send('brief', {visibility: 'internal'}), send('typed', {auto: false})], 'c1');
		expect(client.sends.map(entry => [entry.visibility, entry.auto])).toEqual([
			['internal', true],
			['public', false],
		]);
	});
});

describe('createEffectRunner: marks', () => {
	it('remembers marks before anything else runs, wherever they are in the list', () => {
		const {client, runner, memory} = setup();
		client.held.add('chat.hold');
		const effects: CommandEffect[] = [
			request('chat.hold', {chat_id: 'c1', minutes: 3}),
			send('hold notice'),
			{type: 'mark', chatId: 'c1', mark: 'hold-update', at: NOW, holdSince: T0},
			{type: 'mark', chatId: 'c2', mark: 'greeted', at: NOW},
		];
		void runner.run(effects, 'c1');
		// Synchronously: a clock tick right after must already see them.
		expect(memory.get('c1')?.holdUpdates).toEqual({since: T0, count: 1, lastAt: NOW});
		expect(memory.get('c2')?.greetedAt).toBe(NOW);
		expect(client.sends).toEqual([]);
	});

	it('remembers marks even when the run stops early', async () => {
		const {client, runner, memory} = setup();
		client.failures['chat.end'] = new Error('no');
		await runner.run(
			[request('chat.end', {chat_id: 'c1'}), {type: 'mark', chatId: 'c1', mark: 'anything-else-asked', at: NOW}],
			'c1',
		);
		expect(memory.get('c1')?.anythingElseAskedAt).toBe(NOW);
	});
});

describe('createEffectRunner: the composer, the desk and the alert line', () => {
	const insert = (text: string, marks: {marker: string}[] = []): CommandEffect => ({
		type: 'insert',
		text,
		marks: marks as never,
	});
	const draft = (ui: ReturnType<typeof setup>['ui']) => ui.getState().drafts.get('c1')?.text;

	it('E12: inserts text into an empty composer', async () => {
		const {runner, ui} = setup();
		await runner.run([insert('Could you leave your e-mail?')], 'c1');
		expect(draft(ui)).toBe('Could you leave your e-mail?');
	});

	it('replaces a command line, but keeps words the agent was typing and puts the text after them', async () => {
		const {runner, ui} = setup();
		ui.dispatch({type: 'composer.edit', chatId: 'c1', edit: {type: 'replace', text: '/canned refund'}});
		await runner.run([insert('Refund text')], 'c1');
		expect(draft(ui)).toBe('Refund text');
		ui.dispatch({type: 'composer.edit', chatId: 'c1', edit: {type: 'replace', text: 'I am sorry about that'}});
		await runner.run([insert('Could you leave your e-mail?')], 'c1');
		expect(draft(ui)).toBe('I am sorry about that\nCould you leave your e-mail?');
	});

	it('E12: says what is left to fill in', async () => {
		const {runner, note} = setup();
		await runner.run([insert('Your order {{order?}}', [{marker: '[order?]'}])], 'c1');
		expect(note()).toEqual({text: 'fill in before sending: [order?]', level: 'info', at: NOW});
	});

	it('inserts nothing without a chat', async () => {
		const {runner, ui} = setup();
		await runner.run([insert('text')], null);
		expect(ui.getState().drafts.size).toBe(0);
	});

	it('a picker puts its command in the composer, for the palette to show', async () => {
		const {runner, ui} = setup();
		await runner.run([{type: 'picker', picker: 'transfer', chatId: 'c1', query: ''}], 'c1');
		expect(draft(ui)).toBe('/transfer ');
		await runner.run([{type: 'picker', picker: 'canned', chatId: 'c1', query: 'q'}], 'c1');
		expect(draft(ui)).toBe('/canned q');
	});

	it('/help opens the desk help, where the commands are listed', async () => {
		const {runner, ui} = setup();
		await runner.run([{type: 'help'}], 'c1');
		expect(ui.getState().overlay).toBe('help');
		// Opening it again leaves it open (and on its first page), unlike the F1 toggle.
		await runner.run([{type: 'help'}], 'c1');
		expect(ui.getState().overlay).toBe('help');
	});

	it('a follow-up the server recorded goes into the desk (E20)', async () => {
		const {client, runner, desk} = setup();
		const followup: Followup = {
			id: 'f1',
			chat_id: 'c1',
			contact: 'sarah@example.com',
			due_at: NOW + 86_400_000,
			note: 'refund',
			created_at: NOW,
			agent_id: 'alex',
		};
		client.answers['followup.create'] = {followup};
		await runner.run(
			[
				request('followup.create', {
					chat_id: 'c1',
					contact: 'sarah@example.com',
					due_at: NOW + 86_400_000,
					note: 'refund',
				}),
			],
			'c1',
		);
		expect(desk.getState().followups).toEqual([followup]);
	});

	it('the presence the server set goes into the desk', async () => {
		const {client, runner, desk} = setup();
		client.answers['presence.set'] = {agent: {...agent, presence: 'away'}};
		await runner.run([request('presence.set', {presence: 'away'})], null);
		expect(desk.getState().agent?.presence).toBe('away');
	});

	it('an intent goes to the desk', async () => {
		const {runner, desk} = setup();
		await runner.run([{type: 'intent', intent: {type: 'details.open'}}], 'c1');
		expect(desk.getState().view.detailsOpen).toBe(true);
	});

	it('a notice is an info line; an error a warning that stops the run', async () => {
		const {client, runner, note} = setup();
		await runner.run([{type: 'alert', text: 'Asked whether there is anything else (E18).'}], 'c1');
		expect(note()).toEqual({text: 'Asked whether there is anything else (E18).', level: 'info', at: NOW});
		await runner.run([{type: 'error', text: 'No chat here. Use: /end [now]'}, send('never')], 'c1');
		expect(note()).toEqual({text: 'No chat here. Use: /end [now]', level: 'warning', at: NOW});
		expect(client.sends).toEqual([]);
	});

	it("lines for the agent carry remote text (a customer's name, a server's error) without its terminal controls", async () => {
		const {client, runner, note} = setup();
		await runner.run(
			[{type: 'alert', text: 'E7: the time you promised Eve\u001B]52;c;aGk=\u0007\u001B[2J runs out'}],
			'c1',
		);
		expect(note()?.text).toBe('E7: the time you promised Eve runs out');
		client.failures['chat.end'] = new Error('refused\u001B[31m red');
		await runner.run([request('chat.end', {chat_id: 'c1'})], 'c1');
		expect(note()?.detail).toBe('refused red');
	});
});
