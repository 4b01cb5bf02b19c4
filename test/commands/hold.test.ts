// /hold and /unhold: the request, then the notice in the customer's language (E7, E10); wrong use sends nothing.
import {describe, expect, it} from 'vitest';
import {context, deskChat, expectOnlyError, requests, run, sends} from './command-fixtures.js';

describe('/hold', () => {
	it('E10: sends the notice (asking, with the reason and the minutes) before it requests the hold', () => {
		const effects = run('/hold 3 checking the warranty');
		// The runner waits for the send to be confirmed before the request: the customer reads the notice
		// before their status turns to "on hold".
		expect(effects.map(effect => effect.type)).toEqual(['send', 'request']);
		expect(effects[1]).toEqual({
			type: 'request',
			op: 'chat.hold',
			payload: {chat_id: 'c1', minutes: 3, reason: 'checking the warranty'},
		});
		const [notice] = sends(effects);
		expect(notice).toMatchObject({chatId: 'c1', visibility: 'public', auto: true, notice: 'hold'});
		expect(notice?.text).toContain('3 minutes');
		expect(notice?.text).toContain('checking the warranty');
		expect(notice?.text).toContain('?');
	});

	it("writes the notice in Norwegian for an nb customer, with the reason only when the desk's language is Norwegian", () => {
		const ola = deskChat({}, {locale: 'nb-NO', name: 'Ola'});
		const [notice] = sends(run('/hold 5 ser på garantien', context({chat: ola, config: {agentLocale: 'nb'}})));
		expect(notice?.text).toContain('5 minutter');
		expect(notice?.text).toContain('ser på garantien');
		// An English desk: the reason is the agent's own words, not known to be Norwegian, so it is left out.
		const [english] = sends(run('/hold 5 checking the warranty', context({chat: ola})));
		expect(english?.text).toContain('5 minutter');
		expect(english?.text).not.toContain('warranty');
		expect(english?.text).not.toMatch(/\(\)|: \./);
	});

	it('writes the notice in Chinese for a zh customer', () => {
		const [notice] = sends(run('/hold 2', context({chat: deskChat({}, {locale: 'zh-CN', name: '王伟'})})));
		expect(notice?.text).toContain('2分钟');
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

	it.each([
		['en', /sorry|apolog/i, '4 minutes'],
		['nb', /beklager/i, '4 minutter'],
		['sv', /förlåt|ursäkt/i, '4 minuter'],
		['fi', /pahoittelen|anteeksi/i, '4 minuuttia'],
		['hu', /elnézés/i, '4 perc'],
		['zh', /抱歉/, '4分钟'],
	])('E7, E10: /hold during a hold gives a new time, with an apology (%s)', (locale, apology, minutes) => {
		const held = deskChat({status: 'on_hold', hold: {since: 0, minutes: 3, reason: null}}, {locale});
		const effects = run('/hold 4', context({chat: held}));
		expect(effects.map(effect => effect.type)).toEqual(['send', 'request']);
		expect(sends(effects)[0]?.text).toMatch(apology);
		expect(sends(effects)[0]?.text).toContain(minutes);
		expect(requests(effects)[0]?.payload).toEqual({chat_id: 'c1', minutes: 4});
	});

	it('refuses a chat that is not active or on hold', () => {
		expect(expectOnlyError(run('/hold 3', context({chat: null})))).toMatch(/focus one/);
		expect(expectOnlyError(run('/hold 3', context({chat: deskChat({status: 'offered'})})))).toMatch(/accept it first/);
	});

	it('says so when hold notices are switched off, and still holds', () => {
		const effects = run('/hold 3', context({config: {notices: {enabled: {hold: false}}}}));
		expect(effects.map(effect => effect.type)).toEqual(['alert', 'request']);
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

	it.each([
		['en', /sorry/i],
		['nb', /beklager/i],
		['sv', /förlåt/i],
		['fi', /pahoittelen|anteeksi/i],
		['hu', /elnézés/i],
		['zh', /抱歉/],
	])('E10: after a hold that ran past its time, the thanks carries the apology (%s)', (locale, apology) => {
		const late = (now: number) =>
			context({
				chat: deskChat({status: 'on_hold', hold: {since: 0, minutes: 3, reason: null}}, {locale}),
				now,
			});
		expect(sends(run('/unhold', late(3 * 60_000 + 1)))[0]?.text).toMatch(apology);
		expect(sends(run('/unhold', late(60_000)))[0]?.text).not.toMatch(apology);
	});

	it('refuses arguments, or a chat not on hold', () => {
		expect(expectOnlyError(run('/unhold now', onHold()))).toMatch(/takes no arguments/);
		expect(expectOnlyError(run('/unhold'))).toMatch(/this chat is active/);
	});
});
