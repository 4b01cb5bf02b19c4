// Server events about whole chats: offers, assignment, updates, transfers (E11), endings, ratings (E19), customers.
import {describe, expect, it} from 'vitest';
import {createDeskState} from '../../source/core/desk-state.js';
import {reduceDesk} from '../../source/core/reducer.js';
import type {ServerEventAction} from '../../source/core/actions.js';
import {T0, chat, customer, desk, evt, offer, reduceAll} from '../helpers/fixtures.js';

const brief = {from: {id: 'kari', name: 'Kari'}, note: 'refund question, order 1234'};

describe('chat.offered', () => {
	it('adds the offer at the end of the offers, before my chats, and shows it in an empty focused pane', () => {
		let state = desk([chat('c1')]);
		state = reduceDesk(state, evt('chat.offered', offer('o1'), T0 + 1_000));
		state = reduceDesk(state, evt('chat.offered', offer('o2'), T0 + 2_000));
		expect(state.order).toEqual(['o1', 'o2', 'c1']);
		expect(state.offers.get('o2')).toMatchObject({
			chatId: 'o2',
			expiresAt: T0 + 30_000,
			offeredAt: T0 + 2_000,
			transfer: null,
		});
		expect(state.chats.get('o1')?.chat.status).toBe('offered');
		expect(state.view.panes).toEqual(['o1']);
	});

	it("keeps a transfer offer's brief with the chat (E11)", () => {
		const state = reduceDesk(desk(), evt('chat.offered', offer('o1', {transfer: brief}, {status: 'transferring'})));
		expect(state.offers.get('o1')?.transfer).toEqual(brief);
		expect(state.chats.get('o1')?.brief).toEqual(brief);
	});

	it('a replayed offer changes nothing', () => {
		const state = reduceDesk(desk(), evt('chat.offered', offer('o1'), T0));
		expect(reduceDesk(state, evt('chat.offered', offer('o1'), T0 + 9_000))).toBe(state);
	});
});

describe('offer.revoked', () => {
	it('removes an offer that timed out and says so in a notice', () => {
		let state = reduceDesk(
			desk([chat('c1')]),
			evt('chat.offered', offer('o1', {}, {customer: customer({name: 'Ola Nordmann'})})),
		);
		state = reduceDesk(state, evt('offer.revoked', {chat_id: 'o1', reason: 'timeout'}, T0 + 30_000));
		expect(state.chats.has('o1')).toBe(false);
		expect(state.offers.has('o1')).toBe(false);
		expect(state.order).toEqual(['c1']);
		expect(state.view.panes).toEqual([null]);
		expect(state.alerts).toHaveLength(1);
		expect(state.alerts[0]).toMatchObject({kind: 'offer.revoked', level: 'warning', at: T0 + 30_000, count: 1});
		expect(state.alerts[0]!.text).toBe('The offer of a chat with Ola Nordmann timed out.');
	});

	it('puts every reason in words, naming the colleague of a transfer offer', () => {
		const texts = (['declined', 'customer_left', 'taken'] as const).map(reason => {
			const state = reduceDesk(
				desk(),
				evt('chat.offered', offer('o1', {transfer: brief}, {customer: customer({name: null})})),
			);
			return reduceDesk(state, evt('offer.revoked', {chat_id: 'o1', reason})).alerts[0]!.text;
		});
		expect(texts).toEqual([
			'You declined the transfer of Visitor 1 from Kari.',
			'Visitor 1 left before the chat was accepted.',
			'The transfer of Visitor 1 from Kari was withdrawn: the chat is no longer available.',
		]);
	});

	it('ignores the revocation of an offer it does not know', () => {
		const state = desk([chat('c1')]);
		expect(reduceDesk(state, evt('offer.revoked', {chat_id: 'nope', reason: 'timeout'}))).toBe(state);
	});
});

describe('chat.assigned', () => {
	it('moves an accepted offer to the end of my chats, keeping its messages and brief', () => {
		let state = desk([chat('c1')]);
		state = reduceDesk(state, evt('chat.offered', offer('o1', {transfer: brief}, {status: 'transferring'})));
		const before = state.chats.get('o1')!;
		state = reduceDesk(state, evt('chat.assigned', {chat: chat('o1')}));
		expect(state.offers.size).toBe(0);
		expect(state.mine).toEqual(['c1', 'o1']);
		expect(state.order).toEqual(['c1', 'o1']);
		expect(state.chats.get('o1')).toMatchObject({
			chat: {status: 'active'},
			brief,
			arrival: before.arrival,
			messages: before.messages,
		});
	});

	it('takes a chat assigned without an offer', () => {
		const state = reduceDesk(desk(), evt('chat.assigned', {chat: chat('c9')}));
		expect(state.mine).toEqual(['c9']);
	});
});

describe('chat.updated and customer.updated', () => {
	it("replace the server's view of a chat", () => {
		let state = desk([chat('c1')]);
		const hold = {since: T0, minutes: 3, reason: 'checking the warranty'};
		state = reduceDesk(state, evt('chat.updated', {chat: chat('c1', {status: 'on_hold', hold})}));
		expect(state.chats.get('c1')!.chat).toMatchObject({status: 'on_hold', hold});
		state = reduceDesk(
			state,
			evt('customer.updated', {chat_id: 'c1', customer: customer({id: 'cus_c1', name: 'Sara Jones'})}),
		);
		expect(state.chats.get('c1')!.chat.customer.name).toBe('Sara Jones');
	});

	it('an update that changes nothing keeps the state', () => {
		const state = desk([chat('c1')]);
		expect(reduceDesk(state, evt('chat.updated', {chat: chat('c1')}))).toBe(state);
	});
});

describe('transfers (E11)', () => {
	it('chat.transferred takes the chat off my desk, with a notice', () => {
		let state = reduceDesk(desk([chat('c1'), chat('c2')]), {type: 'focus.chat', chatId: 'c1'});
		state = reduceDesk(
			state,
			evt('chat.transferred', {chat_id: 'c1', to: {type: 'agent', id: 'kari', name: 'Kari'}}, T0 + 5),
		);
		expect(state.chats.has('c1')).toBe(false);
		expect(state.order).toEqual(['c2']);
		expect(state.view.panes).toEqual([null]);
		expect(state.alerts.at(-1)).toMatchObject({
			kind: 'chat.transferred',
			level: 'info',
			text: 'Sarah Jones was transferred to Kari.',
		});
	});

	it('transfer.failed gives the chat back with an alert naming the department', () => {
		let state = reduceDesk(desk([chat('c1')]), {
			type: 'departments.loaded',
			departments: [{id: 'billing', name: 'Billing', agents_online: 0, accepting: false}],
			at: T0,
		});
		state = reduceDesk(
			state,
			evt('chat.updated', {chat: chat('c1', {status: 'transferring', transfer: {type: 'department', id: 'billing'}})}),
		);
		state = reduceDesk(
			state,
			evt('transfer.failed', {
				chat_id: 'c1',
				target: {type: 'department', id: 'billing'},
				reason: 'no_agent_available',
				chat: chat('c1'),
			}),
		);
		expect(state.chats.get('c1')!.chat.status).toBe('active');
		expect(state.mine).toEqual(['c1']);
		expect(state.alerts.at(-1)).toMatchObject({
			kind: 'transfer.failed',
			level: 'urgent',
			chatId: 'c1',
			text: 'Transfer of Sarah Jones to Billing failed: no agent was available. The chat is yours again.',
		});
	});

	it('transfer.failed for a chat the desk lost track of brings it back', () => {
		const state = reduceDesk(
			desk(),
			evt('transfer.failed', {
				chat_id: 'c7',
				target: {type: 'agent', id: 'kari'},
				reason: 'declined',
				chat: chat('c7'),
			}),
		);
		expect(state.mine).toEqual(['c7']);
		expect(state.alerts.at(-1)!.text).toBe(
			// The desk has no name for "kari" (no agents list yet): a plain description, never the id.
			'Transfer of Sarah Jones to the colleague you chose failed: it was declined. The chat is yours again.',
		);
	});
});

describe('chat.ended', () => {
	it('keeps an ended chat on the desk, says who ended it, and drops the typing line', () => {
		let state = reduceDesk(desk([chat('c1')]), evt('typing', {chat_id: 'c1', typing: true}));
		state = reduceDesk(state, evt('chat.ended', {chat_id: 'c1', by: 'customer', chat: chat('c1', {status: 'ended'})}));
		expect(state.chats.get('c1')).toMatchObject({endedBy: 'customer', chat: {status: 'ended'}});
		expect(state.typing.has('c1')).toBe(false);
		expect(state.alerts.at(-1)!.text).toBe('Sarah Jones left the chat.');
	});

	it('needs no notice when the agent ended it', () => {
		const state = reduceDesk(
			desk([chat('c1')]),
			evt('chat.ended', {chat_id: 'c1', by: 'agent', chat: chat('c1', {status: 'ended'})}),
		);
		expect(state.alerts).toEqual([]);
	});
});

describe('rating.received (E19)', () => {
	it('shows the rating on the chat and in a notice', () => {
		const state = reduceDesk(
			desk([chat('c1')]),
			evt('rating.received', {chat_id: 'c1', score: 3, comment: 'Very helpful'}, T0 + 7),
		);
		expect(state.chats.get('c1')!.rating).toEqual({score: 3, comment: 'Very helpful', at: T0 + 7});
		expect(state.chats.get('c1')!.chat.rating).toBe(3);
		expect(state.alerts.at(-1)!.text).toBe('Sarah Jones rated the chat 3 of 3: "Very helpful"');
	});

	it('still tells the agent about a rating for a chat already closed', () => {
		const state = reduceDesk(desk(), evt('rating.received', {chat_id: 'gone', score: 2, comment: null}));
		expect(state.alerts.at(-1)).toMatchObject({chatId: null, text: 'A customer rated the chat 2 of 3.'});
	});
});

describe('events for chats the desk does not know', () => {
	it('never throw and leave the state as it was', () => {
		const state = desk([chat('c1')]);
		const events: ServerEventAction[] = [
			evt('chat.updated', {chat: chat('x')}),
			evt('chat.transferred', {chat_id: 'x', to: {type: 'agent', id: 'kari', name: 'Kari'}}),
			evt('chat.ended', {chat_id: 'x', by: 'customer', chat: chat('x', {status: 'ended'})}),
			evt('message.created', {
				message: {
					id: 'm',
					chat_id: 'x',
					n: 1,
					client_msg_id: null,
					author: {type: 'system', id: null, name: null},
					text: 'hi',
					visibility: 'public',
					auto: false,
					ts: T0,
				},
			}),
			evt('customer.updated', {chat_id: 'x', customer: customer()}),
			evt('typing', {chat_id: 'x', typing: true}),
			evt('sneak_peek', {chat_id: 'x', text: 'hello'}),
		];
		for (const event of events) expect(reduceDesk(state, event)).toBe(state);
		expect(reduceDesk(state, {type: 'history.loaded', chat_id: 'x', messages: [], has_more: false, at: T0})).toBe(
			state,
		);
	});

	it('ignore event names and action types from a newer client', () => {
		const state = desk([chat('c1')]);
		expect(
			reduceDesk(state, {
				type: 'server.event',
				event: 'chat.teleported',
				payload: {},
				seq: 9,
				at: T0,
			} as unknown as ServerEventAction),
		).toBe(state);
		expect(reduceDesk(state, {type: 'desk.levitate'} as unknown as ServerEventAction)).toBe(state);
	});

	it('a protocol error becomes a warning notice; a burst of the same one is counted', () => {
		const error = {type: 'protocol.error', message: 'ignored event 7: payload.chat: required', at: T0} as const;
		const state = reduceAll(createDeskState(), [error, error, {...error, at: T0 + 1}]);
		expect(state.alerts).toHaveLength(1);
		expect(state.alerts[0]).toMatchObject({kind: 'protocol.error', level: 'warning', count: 3, at: T0 + 1});
	});
});

describe('presence.changed', () => {
	it("tracks colleagues' presence, and the agent's own", () => {
		let state = reduceDesk(desk(), evt('presence.changed', {agent_id: 'kari', presence: 'away'}));
		expect(state.colleagues.get('kari')).toEqual({id: 'kari', name: null, presence: 'away'});
		state = reduceDesk(state, evt('presence.changed', {agent_id: 'alex', presence: 'away'}));
		expect(state.agent?.presence).toBe('away');
		expect(reduceDesk(state, evt('presence.changed', {agent_id: 'kari', presence: 'away'}))).toBe(state);
	});
});
