// The autopilot on a fake desk and a hand-driven clock: accept, type, fill a canned response, wait for the customer, stop.
import {describe, expect, it} from 'vitest';
import {createDeskStore} from '../../../source/core/store.js';
import {createAutopilot} from '../../../source/demo/autopilot/index.js';
import type {AutopilotDesk} from '../../../source/demo/autopilot/index.js';
import type {AutopilotStep, Scenario} from '../../../source/demo/scenario/index.js';
import {chat, customerAuthor, deskInputs, message, messagesEvent, offer} from '../../ui/helpers/fixtures.js';
import {ManualTimers} from '../../helpers/manual-timers.js';

/** A desk whose moves are recorded; a /c line leaves `canned` in the composer, as the real desk's palette does. */
function fakeDesk(canned = '') {
	const store = createDeskStore();
	store.dispatchBatch(deskInputs({offers: [offer('c1')]}));
	const drafts = new Map<string, string>();
	const moves: string[] = [];
	const desk: AutopilotDesk = {
		getState: () => store.getState(),
		subscribe: listener => store.subscribe(listener),
		accept(chatId) {
			moves.push(`accept ${chatId}`);
			store.dispatch({type: 'server.event', event: 'chat.assigned', payload: {chat: chat(chatId)}, seq: 2, at: 0});
		},
		submit(chatId, line) {
			moves.push(`submit ${line}`);
			drafts.set(chatId, line.startsWith('/c ') ? canned : '');
		},
		enter(chatId) {
			moves.push(`enter ${drafts.get(chatId) ?? ''}`);
			drafts.set(chatId, '');
		},
		draft: chatId => drafts.get(chatId) ?? '',
		guardShown: () => false,
	};
	const customerSays = (n: number, text: string) =>
		store.dispatch(messagesEvent(message('c1', n, customerAuthor(), text)));
	return {desk, moves, store, customerSays, drafts};
}

function scenario(steps: AutopilotStep[] | null): Scenario {
	return {
		source: 'test.yaml',
		title: 'Test',
		agent: {name: 'Alex', company: 'Acme', departments: [], capacity: 4},
		departments: [],
		colleagues: [],
		customers: [
			{
				line: 1,
				key: 'sarah',
				name: 'Sarah',
				email: null,
				locale: 'en',
				department: null,
				page: null,
				arriveAtMs: 0,
				script: [],
			},
		],
		autopilot: steps ? {sarah: steps} : {},
	};
}

async function until(clock: ManualTimers, check: () => boolean, limitMs = 600_000): Promise<void> {
	for (let waited = 0; !check() && waited < limitMs; waited += 250) await clock.advanceAsync(250);
	if (!check()) throw new Error('condition never held on the fake clock');
}

describe('the autopilot', () => {
	it('accepts, sends a canned response with its markers filled, waits for the customer, then closes', async () => {
		const {desk, moves, customerSays} = fakeDesk('Reset it here: [reset link]');
		const clock = new ManualTimers();
		const steps: AutopilotStep[] = [
			{line: 2, do: 'accept'},
			{line: 3, do: 'type', text: '/c pw', fill: {reset_link: 'https://acme.example/reset'}},
			{line: 4, do: 'await-customer', pattern: /worked/i, timeoutMs: 60_000},
			{line: 5, do: 'type', text: '/end'},
		];
		const pilot = createAutopilot({scenario: scenario(steps), desk, chatOf: () => 'c1', clock, speed: 1});
		pilot.start();
		await until(clock, () => moves.length >= 3);
		expect(moves.slice(0, 3)).toEqual([
			'accept c1',
			'submit /c pw',
			'submit Reset it here: https://acme.example/reset',
		]);
		customerSays(1, 'still loading');
		await clock.advanceAsync(30_000);
		expect(moves).toHaveLength(3);
		customerSays(2, 'that worked, thanks');
		await until(clock, () => moves.length === 4);
		expect(moves[3]).toBe('submit /end');
		// A glance at the composer after the line (nothing left there to send), then the customer's steps are over.
		await clock.advanceAsync(5_000);
		await pilot.done;
		expect(moves).toHaveLength(4);
	});

	it('a send step waits for what the desk puts in the composer, however late it comes (E11)', async () => {
		const {desk, moves, drafts} = fakeDesk();
		const clock = new ManualTimers();
		const steps: AutopilotStep[] = [
			{line: 2, do: 'accept'},
			{line: 3, do: 'send'},
		];
		const pilot = createAutopilot({scenario: scenario(steps), desk, chatOf: () => 'c1', clock, speed: 1});
		pilot.start();
		await until(clock, () => moves.length >= 1);
		// The colleague has not answered yet: nothing is sent, however long it takes.
		await clock.advanceAsync(30_000);
		expect(moves).toEqual(['accept c1']);
		drafts.set('c1', 'Could I have your e-mail address?');
		await until(clock, () => moves.length >= 2);
		expect(moves[1]).toBe('enter Could I have your e-mail address?');
		pilot.stop();
	});

	it('every delay is divided by --speed', async () => {
		const timed = async (speed: number) => {
			const {desk, moves} = fakeDesk();
			const clock = new ManualTimers();
			const start = clock.now();
			const pilot = createAutopilot({
				scenario: scenario([
					{line: 1, do: 'accept'},
					{line: 2, do: 'wait', ms: 40_000},
					{line: 3, do: 'type', text: 'Hello'},
				]),
				desk,
				chatOf: () => 'c1',
				clock,
				speed,
			});
			pilot.start();
			await until(clock, () => moves.includes('submit Hello'));
			return clock.now() - start;
		};
		const slow = await timed(1);
		const fast = await timed(20);
		expect(slow).toBeGreaterThanOrEqual(40_000);
		expect(fast).toBeLessThan(slow / 10);
	});

	it('stops a customer whose chat is no longer open, and types nothing after stop()', async () => {
		const {desk, moves, store} = fakeDesk();
		const clock = new ManualTimers();
		const lines: string[] = [];
		const pilot = createAutopilot({
			scenario: scenario([
				{line: 1, do: 'accept'},
				{line: 2, do: 'wait', ms: 5_000},
				{line: 3, do: 'type', text: 'Still there?'},
			]),
			desk,
			chatOf: () => 'c1',
			clock,
			speed: 1,
			onLog: line => lines.push(line),
		});
		pilot.start();
		await until(clock, () => moves.includes('accept c1'));
		store.dispatch({
			type: 'server.event',
			event: 'chat.ended',
			payload: {chat_id: 'c1', by: 'customer', chat: chat('c1', {status: 'ended'})},
			seq: 3,
			at: 0,
		});
		await clock.advanceAsync(10_000);
		expect(moves).toEqual(['accept c1']);
		expect(lines.join('\n')).toMatch(/not open/);
		pilot.stop();
		await pilot.done;
	});

	it('plays the built-in agent for a customer the scenario has no steps for, in the customer language', async () => {
		const {desk, moves, customerSays} = fakeDesk();
		const clock = new ManualTimers();
		const norwegian = scenario(null);
		const pilot = createAutopilot({
			scenario: {...norwegian, customers: [{...norwegian.customers[0]!, locale: 'nb-NO'}]},
			desk,
			chatOf: () => 'c1',
			clock,
			speed: 10,
		});
		pilot.start();
		await until(clock, () => moves.includes('accept c1'));
		customerSays(1, 'Blenderen min virker ikke');
		await until(clock, () => moves.some(move => move.startsWith('submit Takk')));
		expect(moves).toContain('submit Takk skal du ha! Jeg ser på det med en gang.');
		await until(clock, () => moves.includes('submit /end'));
		customerSays(2, 'no, that was all');
		await until(clock, () => moves.filter(move => move === 'submit /end').length === 2);
		await pilot.done;
	});
});
