// Connection and login: a fresh snapshot replaces the desk, a resumed session keeps it.
import {describe, expect, it} from 'vitest';
import {createDeskState} from '../../source/core/desk-state.js';
import {logToArray} from '../../source/core/message-log.js';
import {reduceDesk} from '../../source/core/reducer.js';
import {T0, alex, chat, created, desk, evt, msg, offer, pending, reduceAll, started} from '../helpers/fixtures.js';

describe('connection.changed', () => {
	it('records the status, and keeps the state when the status repeats', () => {
		const status = {state: 'reconnecting', attempt: 2, retryAt: T0 + 4_000, reason: 'no heartbeat'} as const;
		const state = reduceDesk(createDeskState(), {type: 'connection.changed', status, at: T0});
		expect(state.connection).toEqual(status);
		expect(reduceDesk(state, {type: 'connection.changed', status: {...status}, at: T0 + 1})).toBe(state);
	});
});

describe('session.started', () => {
	it('takes agent, capabilities, chats, offers and follow-ups from a fresh snapshot', () => {
		const followup = {
			id: 'fu_1',
			chat_id: 'c1',
			contact: 'sarah@example.com',
			due_at: T0 + 86_400_000,
			note: 'replacement',
			created_at: T0,
			agent_id: 'alex',
		};
		const state = reduceDesk(
			createDeskState(),
			started({chats: [chat('c1'), chat('c2')], offers: [offer('o1')], followups: [followup]}),
		);
		expect(state.agent).toEqual(alex);
		expect(state.capabilities).toContain('hold');
		expect([...state.chats.keys()].sort()).toEqual(['c1', 'c2', 'o1']);
		expect(state.mine).toEqual(['c1', 'c2']);
		expect(state.order).toEqual(['o1', 'c1', 'c2']);
		expect(state.offers.get('o1')).toMatchObject({expiresAt: T0 + 30_000, offeredAt: T0});
		expect(state.followups).toEqual([followup]);
	});

	it('a fresh snapshot replaces what was there: offers and follow-ups not in it are gone', () => {
		let state = desk([chat('c1'), chat('c2')], [offer('o1')]);
		state = reduceAll(state, [{type: 'focus.chat', chatId: 'o1'}, evt('typing', {chat_id: 'c1', typing: true})]);
		state = reduceDesk(state, started({chats: [chat('c1'), chat('c3')], offers: []}, false, T0 + 60_000));
		expect(state.offers.size).toBe(0);
		expect(state.chats.has('o1')).toBe(false);
		expect(state.view.panes).toEqual([null]);
		expect(state.typing.size).toBe(0);
	});

	it('a chat of mine the server no longer knows stays as a read-only transcript, marked, and the agent is told by name', () => {
		let state = desk([chat('c1'), chat('c2', {customer: {...chat('c2').customer, name: 'Sarah Jones'}})]);
		state = reduceAll(state, [created(msg('c2', 1)), {type: 'focus.chat', chatId: 'c2'}]);
		state = reduceDesk(state, started({chats: [chat('c1'), chat('c3')], offers: []}, false, T0 + 60_000));
		expect([...state.chats.keys()].sort()).toEqual(['c1', 'c2', 'c3']);
		expect(state.order).toEqual(['c1', 'c2', 'c3']);
		const c2 = state.chats.get('c2')!;
		expect(c2.gone).toBe(true);
		expect(c2.chat.status).toBe('ended'); // no composer, no timers, no automatic notices
		expect(logToArray(c2.messages).map(message => message.n)).toEqual([1]);
		expect(state.view.panes).toEqual(['c2']);
		expect(state.alerts.at(-1)).toMatchObject({kind: 'chat.gone', chatId: 'c2'});
		expect(state.alerts.at(-1)!.text).toContain('Sarah Jones');
		expect(state.alerts.at(-1)!.text).not.toContain('c2');
		// A second fresh login does not tell it again.
		const again = reduceDesk(state, started({chats: [chat('c1'), chat('c3')], offers: []}, false, T0 + 70_000));
		expect(again.alerts.filter(notice => notice.kind === 'chat.gone')).toHaveLength(1);
	});

	it('a chat still in the fresh snapshot keeps its messages, read marker and failed sends', () => {
		let state = desk([chat('c1')]);
		state = reduceAll(state, [
			created(msg('c1', 1)),
			{type: 'outbox.queued', message: pending('c1', 'x1', 'refund?'), at: T0},
			{
				type: 'outbox.failed',
				client_msg_id: 'x1',
				error: {code: 'conflict', message: 'the chat ended', retryable: false},
				at: T0,
			},
		]);
		const next = reduceDesk(state, started({chats: [chat('c1', {status: 'on_hold'})]}));
		const c1 = next.chats.get('c1')!;
		expect(c1.chat.status).toBe('on_hold');
		expect(logToArray(c1.messages).map(message => message.n)).toEqual([1]);
		expect(c1.unread).toBe(1);
		expect(c1.failed.map(failed => failed.text)).toEqual(['refund?']);
	});

	it('sends still in the outbox stay pending in their chats across a fresh login', () => {
		let state = desk([chat('c1')]);
		state = reduceDesk(state, {type: 'outbox.queued', message: pending('c1', 'x1'), at: T0});
		const next = reduceDesk(state, started({chats: [chat('c1')]}));
		expect(next.chats.get('c1')!.pending.map(message => message.client_msg_id)).toEqual(['x1']);
		expect(next.outbox.size).toBe(1);
	});

	it('a resumed session keeps the desk as it is', () => {
		let state = desk([chat('c1')], [offer('o1')]);
		state = reduceAll(state, [created(msg('c1', 1)), evt('typing', {chat_id: 'c1', typing: true})]);
		const next = reduceDesk(state, started(null, true, T0 + 5_000));
		expect(next.chats).toBe(state.chats);
		expect(next.offers).toBe(state.offers);
		expect(next.typing).toBe(state.typing);
		expect(next.order).toBe(state.order);
	});
});
