// Selectors: what the UI shows, and the same object back while nothing shown changed.
import {describe, expect, it} from 'vitest';
import {reduceDesk} from '../../source/core/reducer.js';
import {CHAT_LOOKS} from '../../source/core/chat-look.js';
import {
	TYPING_STALE_MS,
	arrivedOffers,
	hasCapability,
	selectChatRow,
	selectConversation,
	selectCustomerDetails,
	selectHeader,
	shownTyping,
} from '../../source/core/selectors.js';
import {T0, chat, created, customer, desk, evt, msg, offer, pending, reduceAll} from '../helpers/fixtures.js';

const billing = {
	type: 'departments.loaded',
	departments: [{id: 'technical', name: 'Technical', agents_online: 2, accepting: true}],
	at: T0,
} as const;

describe('selectChatRow', () => {
	it('shows name, state as symbol and word, unread, department, language and the E1 wait', () => {
		const state = reduceAll(desk([chat('c1', {customer: customer({name: '王伟', locale: 'zh'})})]), [
			billing,
			created(msg('c1', 1, 'customer', {ts: T0 + 5_000})),
		]);
		expect(selectChatRow(state, 'c1')).toEqual({
			chatId: 'c1',
			name: '王伟',
			nameKnown: true,
			status: 'active',
			symbol: '●',
			asciiSymbol: 'o',
			word: 'active',
			isOffer: false,
			transferFrom: null,
			expiresAt: null,
			unread: 1,
			department: 'Technical',
			language: 'zh',
			waitingSince: T0 + 5_000,
			holdSince: null,
		});
	});

	it('names an unknown customer neutrally, by arrival', () => {
		const state = desk([
			chat('c1'),
			chat('c2', {customer: customer({name: null})}),
			chat('c3', {customer: customer({name: '  '})}),
		]);
		expect(selectChatRow(state, 'c2')).toMatchObject({name: 'Visitor 2', nameKnown: false});
		expect(selectChatRow(state, 'c3')).toMatchObject({name: 'Visitor 3', nameKnown: false});
	});

	it('shows an offer as offered, with who transfers it and when it expires', () => {
		const brief = {from: {id: 'kari', name: 'Kari'}, note: 'refund'};
		const state = reduceDesk(
			desk(),
			evt('chat.offered', offer('o1', {transfer: brief}, {status: 'transferring'}), T0 + 3),
		);
		expect(selectChatRow(state, 'o1')).toMatchObject({
			status: 'offered',
			word: 'offered',
			isOffer: true,
			transferFrom: 'Kari',
			expiresAt: T0 + 30_000,
			waitingSince: T0 + 3,
		});
	});

	it('shows on hold with the time it started', () => {
		const hold = {since: T0 + 9, minutes: 3, reason: null};
		const state = desk([chat('c1', {status: 'on_hold', hold})]);
		expect(selectChatRow(state, 'c1')).toMatchObject({
			status: 'on_hold',
			word: 'on hold',
			symbol: '‖',
			asciiSymbol: '=',
			holdSince: T0 + 9,
		});
	});

	it('returns the same row while nothing in it changed, also after the chat changed in ways the row does not show', () => {
		let state = reduceAll(desk([chat('c1'), chat('c2')]), [
			{type: 'focus.chat', chatId: 'c1'},
			created(msg('c1', 1, 'me')),
		]);
		const row = selectChatRow(state, 'c1');
		expect(selectChatRow(state, 'c1')).toBe(row);
		state = reduceDesk(state, created(msg('c2', 1)));
		expect(selectChatRow(state, 'c1')).toBe(row);
		// A new message of mine changes the chat object but nothing the row shows.
		const chatBefore = state.chats.get('c1');
		state = reduceDesk(state, created(msg('c1', 2, 'me')));
		expect(state.chats.get('c1')).not.toBe(chatBefore);
		expect(selectChatRow(state, 'c1')).toBe(row);
		state = reduceDesk(state, created(msg('c1', 3)));
		expect(selectChatRow(state, 'c1')).not.toBe(row);
	});

	it('is null for a chat not on the desk', () => {
		expect(selectChatRow(desk(), 'nope')).toBeNull();
	});

	it('has an ASCII symbol and a word for every state', () => {
		for (const look of Object.values(CHAT_LOOKS)) {
			expect(look.ascii).toMatch(/^[\x21-\x7e]$/);
			expect(look.word.length).toBeGreaterThan(0);
			expect([...look.unicode]).toHaveLength(1);
		}
	});
});

describe('selectHeader', () => {
	it('counts active, on hold and offers, and the sends waiting in the outbox', () => {
		const state = reduceAll(
			desk([chat('c1'), chat('c2'), chat('c3', {status: 'on_hold'})], [offer('o1'), offer('o2')]),
			[{type: 'outbox.queued', message: pending('c1', 'x1'), at: T0}],
		);
		expect(selectHeader(state)).toMatchObject({
			agentName: 'Alex',
			company: 'Acme',
			presence: 'online',
			active: 2,
			onHold: 1,
			offers: 2,
			pendingCount: 1,
		});
	});

	it('returns the same header while the counts stay the same', () => {
		let state = desk([chat('c1')]);
		const header = selectHeader(state);
		state = reduceDesk(state, created(msg('c1', 1)));
		expect(selectHeader(state)).toBe(header);
	});
});

describe('selectConversation', () => {
	it('gives the messages, pending and failed sends, divider and who "you" are', () => {
		const state = reduceAll(desk([chat('c1')]), [
			created(msg('c1', 1)),
			{type: 'outbox.queued', message: pending('c1', 'x1', 'Hi'), at: T0},
		]);
		const conversation = selectConversation(state, 'c1')!;
		expect(conversation).toMatchObject({chatId: 'c1', status: 'active', dividerN: 1, selfId: 'alex', failed: []});
		expect(conversation.pending.map(message => message.text)).toEqual(['Hi']);
		expect(conversation.messages.length).toBe(1);
		expect(selectConversation(state, 'c1')).toBe(conversation);
	});
});

describe('selectCustomerDetails (E8)', () => {
	it('gives name, e-mail, page, department, language, wait and earlier chats', () => {
		const state = reduceAll(desk([chat('c1')]), [billing, created(msg('c1', 1, 'customer', {ts: T0 + 2_000}))]);
		expect(selectCustomerDetails(state, 'c1')).toMatchObject({
			name: 'Sarah Jones',
			email: 'sarah@example.com',
			page: 'https://shop.example/blender',
			department: 'Technical',
			language: 'en',
			waitingSince: T0 + 2_000,
			previousChats: 2,
		});
	});
});

describe('shownTyping (E23)', () => {
	it('drops a typing line with no news for 30 s', () => {
		const state = reduceDesk(desk([chat('c1')]), evt('sneak_peek', {chat_id: 'c1', text: 'my order'}, T0));
		const typing = state.typing.get('c1');
		expect(shownTyping(typing, T0 + TYPING_STALE_MS)).toEqual({typing: true, peek: 'my order', at: T0});
		expect(shownTyping(typing, T0 + TYPING_STALE_MS + 1)).toBeNull();
	});

	it('shows nothing for a customer who stopped with nothing typed, or for a chat with no news', () => {
		expect(shownTyping({typing: false, peek: null, at: T0}, T0)).toBeNull();
		expect(shownTyping({typing: false, peek: 'half a sen', at: T0}, T0)).toEqual({
			typing: false,
			peek: 'half a sen',
			at: T0,
		});
		expect(shownTyping(undefined, T0)).toBeNull();
	});
});

describe('small selectors', () => {
	it('capabilities', () => {
		const state = desk([chat('c1')], [offer('o1')]);
		expect(hasCapability(state, 'transfer')).toBe(true);
		expect(
			hasCapability(
				reduceDesk(state, {
					type: 'session.started',
					agent: state.agent!,
					capabilities: [],
					resumed: true,
					snapshot: null,
					at: T0,
				}),
				'transfer',
			),
		).toBe(false);
	});
});

describe('arrivedOffers', () => {
	it('lists offers new since the previous state, once', () => {
		const before = desk([chat('c1')], [offer('o1')]);
		const after = reduceDesk(before, evt('chat.offered', offer('o2')));
		expect(arrivedOffers(before, after)).toEqual(['o2']);
		expect(arrivedOffers(after, reduceDesk(after, created(msg('c1', 1))))).toEqual([]);
	});
});
