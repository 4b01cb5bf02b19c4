// Which desk changes call for automatic notices: an offer that became mine (E2, E11), a failed transfer (E11), a rating (E19); and which do not.
import {describe, expect, it} from 'vitest';
import type {ChatMemory, CommandEffect} from '../../../source/commands/index.js';
import type {DeskState} from '../../../source/core/desk-state.js';
import type {DeskInput} from '../../../source/core/intents.js';
import {commandContext} from '../../../source/ui/runtime/command-context.js';
import {courtesyTriggers} from '../../../source/ui/runtime/courtesy-triggers.js';
import {T0, chat, customer, desk, evt, offer, reduceAll, started} from '../../helpers/fixtures.js';

const NOW = T0 + 10_000;

function triggers(
	before: DeskState,
	inputs: readonly DeskInput[],
	memory: ReadonlyMap<string, ChatMemory> = new Map(),
) {
	const after = reduceAll(before, inputs);
	return courtesyTriggers(before, after, chatId => commandContext(after, chatId, memory, [], {}, NOW));
}

const sendsIn = (effects: readonly CommandEffect[]) =>
	effects.flatMap(effect => (effect.type === 'send' ? [effect] : []));
const assigned = (id: string, overrides: Parameters<typeof chat>[1] = {}) =>
	evt('chat.assigned', {chat: chat(id, overrides)});
const withDepartments = (state: DeskState) =>
	reduceAll(state, [
		{
			type: 'departments.loaded',
			departments: [{id: 'billing', name: 'Billing', agents_online: 0, accepting: false}],
			at: T0,
		},
	]);

describe('courtesyTriggers: the greeting', () => {
	it('E2: an offer that became mine is greeted, once, in its own chat', () => {
		const found = triggers(desk([], [offer('o1'), offer('o2')]), [assigned('o1')]);
		expect(found).toHaveLength(1);
		expect(found[0]!.chatId).toBe('o1');
		expect(sendsIn(found[0]!.effects)).toEqual([expect.objectContaining({chatId: 'o1', notice: 'greeting'})]);
		expect(found[0]!.effects).toContainEqual({type: 'mark', chatId: 'o1', mark: 'greeted', at: NOW});
	});

	it('E2: a chat assigned without an offer (protocol §15) is greeted like an accepted one; its replay is not', () => {
		const found = triggers(desk([], []), [assigned('n1')]);
		expect(found.map(entry => entry.chatId)).toEqual(['n1']);
		expect(sendsIn(found[0]!.effects)).toEqual([expect.objectContaining({chatId: 'n1', notice: 'greeting'})]);
		const after = reduceAll(desk([], []), [assigned('n1')]);
		expect(triggers(after, [assigned('n1')])).toEqual([]);
		// A chat in a snapshot (after a restart) is not news.
		expect(triggers(desk([], []), [started({chats: [chat('s1')]})])).toEqual([]);
	});

	it('E11: a transferred chat that became mine gets the transfer greeting', () => {
		const transfer = {from: {id: 'kari', name: 'Kari'}, note: 'wants a refund'};
		const found = triggers(desk([], [offer('o1', {transfer})]), [assigned('o1')]);
		expect(sendsIn(found[0]!.effects)).toEqual([expect.objectContaining({notice: 'transfer-greeting'})]);
	});

	it('an offer that went elsewhere, was revoked or is still an offer is not greeted', () => {
		const before = desk([], [offer('o1')]);
		expect(triggers(before, [evt('offer.revoked', {chat_id: 'o1', reason: 'taken'})])).toEqual([]);
		expect(triggers(before, [assigned('o1', {agent_id: 'kari'})])).toEqual([]);
		expect(
			triggers(before, [
				evt('chat.updated', {
					chat: chat('o1', {status: 'offered', agent_id: null, customer: customer({name: 'Sarah J.'})}),
				}),
			]),
		).toEqual([]);
	});

	it('a chat that ended the moment it was accepted is not greeted', () => {
		expect(triggers(desk([], [offer('o1')]), [assigned('o1', {status: 'ended'})])).toEqual([]);
	});

	it('never twice: a chat already greeted (memory) is not greeted again', () => {
		const memory = new Map([['o1', {anythingElseAskedAt: null, greetedAt: T0}]]);
		expect(triggers(desk([], [offer('o1')]), [assigned('o1')], memory)).toEqual([]);
	});

	it('a reconnect snapshot with chats already mine greets nobody', () => {
		const before = desk([chat('c1'), chat('c2')]);
		expect(triggers(before, [started({chats: [chat('c1'), chat('c2'), chat('c3')]})])).toEqual([]);
	});
});

describe('courtesyTriggers: a failed transfer (E11)', () => {
	const transferring = () =>
		withDepartments(
			desk([
				chat('c1', {
					status: 'transferring',
					transfer: {type: 'department', id: 'billing'},
					customer: customer({id: 'cus_c1', email: null}),
				}),
			]),
		);
	const failed = (status: 'active' | 'ended' = 'active', email: string | null = null) =>
		evt('transfer.failed', {
			chat_id: 'c1',
			target: {type: 'department', id: 'billing'},
			reason: 'no_agent_available',
			chat: chat('c1', {status, customer: customer({id: 'cus_c1', email})}),
		});

	it('E11: tells the customer at once, naming whoever could not take the chat, then offers the e-mail request in the composer', () => {
		const found = triggers(transferring(), [failed()]);
		expect(found).toHaveLength(1);
		expect(found[0]!.chatId).toBe('c1');
		const [told, insert] = found[0]!.effects;
		expect(told).toMatchObject({type: 'send', notice: 'transfer-failed', visibility: 'public'});
		expect((told as {text: string}).text).toContain('Billing');
		expect(insert).toMatchObject({type: 'insert'});
		expect(sendsIn(found[0]!.effects)).toHaveLength(1);
	});

	it('E11: with the e-mail known, tells the customer and suggests /followup', () => {
		const found = triggers(transferring(), [failed('active', 'sarah@example.com')]);
		expect(found[0]!.effects).toEqual([
			expect.objectContaining({type: 'send', notice: 'transfer-failed'}),
			{type: 'alert', text: expect.stringContaining('/followup')},
		]);
	});

	it('nothing when the customer left meanwhile (the chat ended)', () => {
		expect(triggers(transferring(), [failed('ended')])).toEqual([]);
	});

	it('a notice seen before is not acted on again when something else changes', () => {
		const before = reduceAll(transferring(), [failed()]);
		expect(
			triggers(before, [
				evt('chat.updated', {chat: chat('c1', {customer: customer({id: 'cus_c1', name: 'Sarah J.', email: null})})}),
			]),
		).toEqual([]);
		expect(triggers(before, [evt('rating.received', {chat_id: 'zz', score: 3, comment: null})])).toEqual([]);
	});

	it('E11: the same failure again right after (the agent tried the same team twice) is offered again', () => {
		const once = reduceAll(transferring(), [failed()]);
		const again = reduceAll(once, [
			evt('chat.updated', {
				chat: chat('c1', {
					status: 'transferring',
					transfer: {type: 'department', id: 'billing'},
					customer: customer({id: 'cus_c1', email: null}),
				}),
			}),
		]);
		const found = triggers(again, [failed()]);
		expect(found.map(entry => entry.effects.map(effect => effect.type))).toEqual([['send', 'insert', 'alert']]);
	});
});

describe('courtesyTriggers: a rating (E19)', () => {
	it('E19: a rating while the chat is open is thanked; a 1 with the apology (E13)', () => {
		const before = desk([chat('c1')]);
		const [thanks] = triggers(before, [evt('rating.received', {chat_id: 'c1', score: 3, comment: null})]);
		expect(sendsIn(thanks!.effects)).toEqual([expect.objectContaining({chatId: 'c1', notice: 'rating-thanks'})]);
		const [sorry] = triggers(before, [evt('rating.received', {chat_id: 'c1', score: 1, comment: 'slow'})]);
		expect(sendsIn(sorry!.effects)[0]!.text).toMatch(/sorry/i);
	});

	it('a rating for an ended chat, or for a chat no longer on the desk, is only shown', () => {
		expect(
			triggers(desk([chat('c1', {status: 'ended'})]), [
				evt('rating.received', {chat_id: 'c1', score: 3, comment: null}),
			]),
		).toEqual([]);
		expect(triggers(desk([chat('c1')]), [evt('rating.received', {chat_id: 'gone', score: 3, comment: null})])).toEqual(
			[],
		);
	});
});
