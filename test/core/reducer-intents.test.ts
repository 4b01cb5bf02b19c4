// The agent's intents: focusing chats, panes (E24), Alt+A (E1), scrolling, notices, details (E8), closing chats.
import {describe, expect, it} from 'vitest';
import {reduceDesk} from '../../source/core/reducer.js';
import {T0, chat, created, desk, evt, msg, offer, reduceAll} from '../helpers/fixtures.js';

const four = () => desk([chat('c1'), chat('c2'), chat('c3')], [offer('o1')]); // order: o1, c1, c2, c3

describe('focusing chats', () => {
	it('by number (Alt+1..9): my chats have numbers, offers none', () => {
		const state = four();
		expect(reduceDesk(state, {type: 'focus.number', number: 1}).view.panes).toEqual(['c1']);
		expect(reduceDesk(state, {type: 'focus.number', number: 2}).view.panes).toEqual(['c2']);
		expect(reduceDesk(state, {type: 'focus.number', number: 9})).toBe(state);
	});

	it('next and previous wrap around the list', () => {
		let state = reduceDesk(four(), {type: 'focus.next'});
		expect(state.view.panes).toEqual(['o1']);
		state = reduceDesk(state, {type: 'focus.previous'});
		expect(state.view.panes).toEqual(['c3']);
		state = reduceDesk(state, {type: 'focus.next'});
		expect(state.view.panes).toEqual(['o1']);
	});

	it('a chat already in another pane is reached by moving the focus there', () => {
		let state = reduceAll(four(), [{type: 'focus.chat', chatId: 'c1'}, {type: 'pane.split'}]);
		expect(state.view).toMatchObject({panes: ['c1', 'o1'], focusedPane: 1});
		state = reduceDesk(state, {type: 'focus.chat', chatId: 'c1'});
		expect(state.view).toMatchObject({panes: ['c1', 'o1'], focusedPane: 0});
	});

	it('ignores a chat it does not know', () => {
		const state = four();
		expect(reduceDesk(state, {type: 'focus.chat', chatId: 'nope'})).toBe(state);
	});

	it('Alt+A goes to the longest-waiting customer, then on to the next (E1)', () => {
		let state = reduceAll(desk([chat('c1'), chat('c2'), chat('c3')]), [
			created(msg('c2', 1, 'customer', {ts: T0 + 1_000})),
			created(msg('c3', 1, 'customer', {ts: T0 + 5_000})),
			created(msg('c1', 1, 'customer', {ts: T0 + 9_000})),
		]);
		state = reduceDesk(state, {type: 'focus.attention', now: T0 + 60_000});
		expect(state.view.panes).toEqual(['c2']);
		state = reduceDesk(state, {type: 'focus.attention', now: T0 + 60_000});
		expect(state.view.panes).toEqual(['c3']);
	});
});

describe('panes (E24)', () => {
	it('splits up to four panes, each new one showing a chat not yet on screen, and closes them', () => {
		let state = reduceDesk(four(), {type: 'focus.chat', chatId: 'c1'});
		state = reduceAll(state, [{type: 'pane.split'}, {type: 'pane.split'}, {type: 'pane.split'}]);
		expect(state.view).toMatchObject({panes: ['c1', 'o1', 'c2', 'c3'], focusedPane: 3});
		expect(reduceDesk(state, {type: 'pane.split'})).toBe(state);
		state = reduceDesk(state, {type: 'pane.close'});
		expect(state.view).toMatchObject({panes: ['c1', 'o1', 'c2'], focusedPane: 2});
	});

	it('an extra pane is empty when every chat is on screen already', () => {
		const state = reduceAll(desk([chat('c1')]), [{type: 'focus.chat', chatId: 'c1'}, {type: 'pane.split'}]);
		expect(state.view.panes).toEqual(['c1', null]);
	});

	it('keeps the last pane', () => {
		const state = four();
		expect(reduceDesk(state, {type: 'pane.close'})).toBe(state);
	});

	it('Tab and Shift+Tab move the focus between panes, wrapping', () => {
		let state = reduceAll(four(), [{type: 'pane.split'}, {type: 'pane.split'}]);
		expect(state.view.focusedPane).toBe(2);
		state = reduceDesk(state, {type: 'pane.next'});
		expect(state.view.focusedPane).toBe(0);
		state = reduceDesk(state, {type: 'pane.previous'});
		expect(state.view.focusedPane).toBe(2);
	});

	it('each pane reads its own chat', () => {
		const state = reduceAll(desk([chat('c1'), chat('c2')]), [
			created(msg('c1', 1)),
			created(msg('c2', 1)),
			{type: 'focus.chat', chatId: 'c1'},
			{type: 'pane.split'},
		]);
		expect(state.view.panes).toEqual(['c1', 'c2']);
		expect(state.chats.get('c1')!.unread).toBe(0);
		expect(state.chats.get('c2')!.unread).toBe(0);
	});
});

describe('scrolling', () => {
	it('stores an anchor (a message n and lines of it hidden below) and follows again at the bottom', () => {
		let state = reduceDesk(four(), {type: 'focus.chat', chatId: 'c1'});
		state = reduceDesk(state, {type: 'scroll.to', anchor: {n: 20, linesBelow: 0}});
		expect(state.view.scroll.get('c1')).toEqual({n: 20, linesBelow: 0});
		state = reduceDesk(state, {type: 'scroll.to', anchor: {n: 12, linesBelow: 2}});
		expect(state.view.scroll.get('c1')).toEqual({n: 12, linesBelow: 2});
		expect(reduceDesk(state, {type: 'scroll.to', anchor: {n: 12, linesBelow: 2}})).toBe(state);
		state = reduceDesk(state, {type: 'scroll.to', anchor: null});
		expect(state.view.scroll.has('c1')).toBe(false);
		state = reduceDesk(state, {type: 'scroll.to', anchor: {n: 1, linesBelow: 0}});
		expect(state.view.scroll.get('c1')).toEqual({n: 1, linesBelow: 0});
		state = reduceDesk(state, {type: 'scroll.bottom'});
		expect(state.view.scroll.has('c1')).toBe(false);
	});

	it("keeps each chat's anchor, and does nothing without a chat in the focused pane", () => {
		let state = four();
		expect(reduceDesk(state, {type: 'scroll.to', anchor: {n: 5, linesBelow: 0}})).toBe(state);
		state = reduceAll(state, [
			{type: 'focus.chat', chatId: 'c1'},
			{type: 'scroll.to', anchor: {n: 5, linesBelow: 1}},
			{type: 'focus.chat', chatId: 'c2'},
		]);
		expect(state.view.scroll.get('c1')).toEqual({n: 5, linesBelow: 1});
		expect(reduceDesk(state, {type: 'scroll.bottom'})).toBe(state);
	});

	it('holds the anchor still while new messages arrive and older history is prepended', () => {
		let state = reduceAll(desk([chat('c1')]), [
			created(msg('c1', 10)),
			created(msg('c1', 11)),
			{type: 'focus.chat', chatId: 'c1'},
			{type: 'scroll.to', anchor: {n: 10, linesBelow: 0}},
		]);
		state = reduceAll(state, [created(msg('c1', 12)), created(msg('c1', 13))]);
		expect(state.view.scroll.get('c1')).toEqual({n: 10, linesBelow: 0});
		state = reduceDesk(state, {
			type: 'history.loaded',
			chat_id: 'c1',
			messages: [msg('c1', 8), msg('c1', 9)],
			has_more: false,
			at: T0,
		});
		expect(state.view.scroll.get('c1')).toEqual({n: 10, linesBelow: 0});
		expect(state.chats.get('c1')!.unread).toBe(2);
	});
});

describe('notices, details, closing', () => {
	it('dismisses a notice by id, and clears them all', () => {
		let state = reduceAll(desk(), [
			{type: 'protocol.error', message: 'one', summary: 'One.', at: T0},
			{type: 'protocol.error', message: 'two', summary: 'Two.', at: T0},
		]);
		const [first, second] = state.alerts;
		state = reduceDesk(state, {type: 'alert.dismiss', alertId: first!.id});
		expect(state.alerts).toEqual([second]);
		expect(reduceDesk(state, {type: 'alert.dismiss', alertId: 'nope'})).toBe(state);
		expect(reduceDesk(state, {type: 'alerts.clear'}).alerts).toEqual([]);
	});

	it('shows a protocol error in plain words, its technical detail (seqs, ids, server text) for the log only (issue 9)', () => {
		const state = reduceAll(desk(), [
			{type: 'protocol.error', message: 'ignored event 7: payload.chat: required', at: T0},
			{type: 'protocol.error', message: 'ignored event 8: payload.chat: required', at: T0 + 1},
		]);
		expect(state.alerts).toHaveLength(1);
		expect(state.alerts[0]).toMatchObject({
			text: expect.stringMatching(/^The server sent something the desk could not read/),
			count: 2,
			detail: 'ignored event 8: payload.chat: required',
		});
		expect(state.alerts[0]!.text).not.toMatch(/\d/);
		expect(state.alertLog.at(-1)).toMatchObject({count: 2, detail: 'ignored event 8: payload.chat: required'});
		const summed = reduceDesk(state, {
			type: 'protocol.error',
			message: 'events 3 to 5 never arrived; resuming to get them',
			summary: 'Some updates from the server went missing; the desk is fetching them again.',
			at: T0 + 2,
		});
		expect(summed.alerts.at(-1)!.text).toBe(
			'Some updates from the server went missing; the desk is fetching them again.',
		);
	});

	it('keeps at most 50 notices, dropping the oldest', () => {
		const errors = Array.from(
			{length: 60},
			(_, index) => ({type: 'protocol.error', message: `error ${index}`, summary: `Error ${index}.`, at: T0}) as const,
		);
		const state = reduceAll(desk(), errors);
		expect(state.alerts).toHaveLength(50);
		expect(state.alerts[0]!.text).toBe('Error 10.');
		expect(new Set(state.alerts.map(notice => notice.id)).size).toBe(50);
	});

	it('opens, closes and toggles the customer details (E8)', () => {
		let state = reduceDesk(desk(), {type: 'details.toggle'});
		expect(state.view.detailsOpen).toBe(true);
		expect(reduceDesk(state, {type: 'details.open'})).toBe(state);
		state = reduceDesk(state, {type: 'details.close'});
		expect(state.view.detailsOpen).toBe(false);
	});

	it('closes an ended chat, and only an ended one', () => {
		let state = reduceAll(desk([chat('c1'), chat('c2')]), [{type: 'focus.chat', chatId: 'c1'}]);
		expect(reduceDesk(state, {type: 'chat.close', chatId: 'c1'})).toBe(state);
		state = reduceDesk(state, evt('chat.ended', {chat_id: 'c1', by: 'agent', chat: chat('c1', {status: 'ended'})}));
		state = reduceDesk(state, {type: 'chat.close', chatId: 'c1'});
		expect(state.order).toEqual(['c2']);
		expect(state.view.panes).toEqual([null]);
	});
});

describe('request results', () => {
	it('records the agent after presence.set, colleagues, departments and follow-ups (E20)', () => {
		const later = {
			id: 'fu_2',
			chat_id: 'c1',
			contact: 'a@b.c',
			due_at: T0 + 2,
			note: '',
			created_at: T0,
			agent_id: 'alex',
		};
		const sooner = {...later, id: 'fu_1', due_at: T0 + 1};
		const state = reduceAll(desk(), [
			{
				type: 'agent.updated',
				agent: {id: 'alex', name: 'Alex', company: 'Acme', departments: [], presence: 'away', capacity: 4, load: 0},
				at: T0,
			},
			{
				type: 'agents.loaded',
				agents: [{id: 'kari', name: 'Kari', company: null, departments: [], presence: 'online', capacity: 3, load: 1}],
				at: T0,
			},
			{type: 'followup.added', followup: later, at: T0},
			{type: 'followup.added', followup: sooner, at: T0},
		]);
		expect(state.agent?.presence).toBe('away');
		expect(state.colleagues.get('kari')).toEqual({id: 'kari', name: 'Kari', presence: 'online'});
		expect(state.followups.map(followup => followup.id)).toEqual(['fu_1', 'fu_2']);
	});
});
