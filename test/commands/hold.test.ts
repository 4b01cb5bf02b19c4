// /hold and /unhold: the request, then the notice in the customer's language (E7, E10); wrong use sends nothing.
import {describe, expect, it} from 'vitest';
import {context, deskChat, expectOnlyError, requests, run, sends} from './command-fixtures.js';

describe('/hold', () => {
	it('requests the hold, then sends the notice with the reason and the minutes', () => {
		const effects = run('/hold 3 checking the warranty');
		expect(effects.map(effect => effect.type)).toEqual(['request', 'send']);
		expect(effects[0]).toEqual({
			type: 'request',
			op: 'chat.hold',
			payload: {chat_id: 'c1', minutes: 3, reason: 'checking the warranty'},
		});
		const [notice] = sends(effects);
		expect(notice).toMatchObject({chatId: 'c1', visibility: 'public', auto: true, notice: 'hold'});
		expect(notice?.text).toContain('3 minutes');
		expect(notice?.text).toContain('checking the warranty');
	});

	it('writes the notice in Norwegian for an nb customer', () => {
		const [notice] = sends(
			run('/hold 5 ser på garantien', context({chat: deskChat({}, {locale: 'nb-NO', name: 'Ola'})})),
		);
		expect(notice?.text).toContain('5 minutter');
		expect(notice?.text).toContain('ser på garantien');
	});

	it('writes the notice in Chinese for a zh customer', () => {
		const [notice] = sends(run('/hold 2', context({chat: deskChat({}, {locale: 'zh-CN', name: '王伟'})})));
		expect(notice?.text).toContain('2 分钟');
		expect(notice?.text).toMatch(/您/);
	});

	it('uses the default estimate when only a reason is given (E7 still states a time)', () => {
		const effects = run('/hold checking stock');
		expect(requests(effects)[0]?.payload).toEqual({chat_id: 'c1', minutes: 3, reason: 'checking stock'});
		expect(sends(effects)[0]?.text).toContain('3 minutes');
		expect(requests(run('/hold', context({config: {defaultHoldMinutes: 4}})))[0]?.payload).toEqual({
			chat_id: 'c1',
			minutes: 4,
		});
	});

	it('accepts "10m" and decimal minutes', () => {
		expect(requests(run('/hold 10m'))[0]?.payload).toEqual({chat_id: 'c1', minutes: 10});
		expect(requests(run('/hold 1.5'))[0]?.payload).toEqual({chat_id: 'c1', minutes: 1.5});
	});

	it.each(['0', '241', '-2', '3x', '0.5'])('refuses %s minutes with the right use and nothing else', minutes => {
		expect(expectOnlyError(run(`/hold ${minutes} checking`))).toMatch(
			/Minutes must be a number from 1 to 240.*Use: \/hold \[minutes\] \[reason\]/,
		);
	});

	it('refuses a chat that is not active', () => {
		expect(expectOnlyError(run('/hold 3', context({chat: deskChat({status: 'on_hold'})})))).toMatch(/on hold/);
		expect(expectOnlyError(run('/hold 3', context({chat: null})))).toMatch(/focus one/);
		expect(expectOnlyError(run('/hold 3', context({chat: deskChat({status: 'offered'})})))).toMatch(/accept it first/);
	});

	it('says so when hold notices are switched off, and still holds', () => {
		const effects = run('/hold 3', context({config: {notices: {enabled: {hold: false}}}}));
		expect(effects.map(effect => effect.type)).toEqual(['request', 'notice']);
	});
});

describe('/unhold', () => {
	const onHold = () => context({chat: deskChat({status: 'on_hold', hold: {since: 0, minutes: 3, reason: null}})});

	it('ends the hold and thanks the customer', () => {
		const effects = run('/unhold', onHold());
		expect(effects[0]).toEqual({type: 'request', op: 'chat.unhold', payload: {chat_id: 'c1'}});
		expect(sends(effects)[0]).toMatchObject({notice: 'hold-end', visibility: 'public', auto: true});
		expect(sends(effects)[0]?.text).toMatch(/thank/i);
	});

	it('refuses arguments, or a chat not on hold', () => {
		expect(expectOnlyError(run('/unhold now', onHold()))).toMatch(/takes no arguments/);
		expect(expectOnlyError(run('/unhold'))).toMatch(/this chat is active/);
	});
});
