// /note, /split, /away and /online: an internal note, a pane, presence; wrong use explains and does nothing.
import {describe, expect, it} from 'vitest';
import {alex} from '../helpers/fixtures.js';
import {context, deskChat, expectOnlyError, run} from './command-fixtures.js';

describe('/note', () => {
	it('sends the text as typed as an internal note, not automatic', () => {
		expect(run('/note customer is NEVER happy!!! check order 12')).toEqual([
			{
				type: 'send',
				chatId: 'c1',
				text: 'customer is NEVER happy!!! check order 12',
				visibility: 'internal',
				auto: false,
				notice: null,
			},
		]);
	});

	it('works in an ended chat too, for the wrap-up', () => {
		expect(run('/n done', context({chat: deskChat({status: 'ended'})}))[0]).toMatchObject({
			type: 'send',
			visibility: 'internal',
		});
	});

	it('needs text', () => {
		expect(expectOnlyError(run('/note'))).toBe('/note needs the text of the note. Use: /note TEXT');
	});
});

describe('/split', () => {
	it('asks core for a new pane, even with no chat focused', () => {
		expect(run('/split', context({chat: null}))).toEqual([{type: 'intent', intent: {type: 'pane.split'}}]);
		expect(expectOnlyError(run('/split 2'))).toMatch(/no arguments/);
	});
});

describe('/away and /online', () => {
	it('sets presence', () => {
		expect(run('/away')).toEqual([{type: 'request', op: 'presence.set', payload: {presence: 'away'}}]);
		expect(run('/online', context({agent: {...alex, presence: 'away'}}))).toEqual([
			{type: 'request', op: 'presence.set', payload: {presence: 'online'}},
		]);
	});

	it('says when nothing changes, and refuses arguments', () => {
		expect(run('/online')).toEqual([{type: 'alert', text: 'You are already online.'}]);
		expect(expectOnlyError(run('/away lunch'))).toBe('/away takes no arguments. Use: /away');
	});
});
