// /transfer: customer notice, brief as an internal note, then the request (E11); a picker without a target.
import {describe, expect, it} from 'vitest';
import {context, deskChat, expectOnlyError, requests, run, sends} from './command-fixtures.js';

describe('/transfer', () => {
	it('tells the customer, briefs the colleague, then transfers, in that order', () => {
		const effects = run('/transfer billing wants a refund for order 12');
		expect(effects.map(effect => effect.type)).toEqual(['send', 'send', 'request']);
		const [notice, brief] = sends(effects);
		expect(notice).toMatchObject({visibility: 'public', auto: true, notice: 'transfer'});
		expect(notice?.text).toContain('Billing');
		// The colleague's note is for colleagues only.
		expect(notice?.text).not.toContain('refund');
		expect(brief).toMatchObject({visibility: 'internal', notice: 'transfer-brief'});
		expect(brief?.text).toContain('wants a refund for order 12');
		expect(brief?.text).toContain('The blades are stuck');
		expect(requests(effects)[0]).toEqual({
			type: 'request',
			op: 'chat.transfer',
			payload: {chat_id: 'c1', target: {type: 'department', id: 'billing'}, note: 'wants a refund for order 12'},
		});
	});

	it("names a department in the customer's language when the server has that name (E11)", () => {
		const departments = new Map([
			[
				'billing',
				{id: 'billing', name: 'Billing', names: {nb: 'Fakturaavdelingen'}, agents_online: 1, accepting: true},
			],
		]);
		const norwegian = context({chat: deskChat({}, {locale: 'no-NO'}), departments});
		const [notice] = sends(run('/transfer billing', norwegian));
		expect(notice?.text).toContain('Fakturaavdelingen');
		expect(notice?.text).not.toContain('Billing');
		// A language the server has no name in: the plain name.
		const [finnish] = sends(run('/transfer billing', context({chat: deskChat({}, {locale: 'fi'}), departments})));
		expect(finnish?.text).toContain('Billing');
	});

	it('E10, E11: a transfer during a hold thanks the customer for waiting first', () => {
		const held = context({
			chat: deskChat({status: 'on_hold', hold: {since: 0, minutes: 3, reason: null}}, {locale: 'sv'}),
			now: 60_000,
		});
		const effects = run('/transfer billing', held);
		expect(sends(effects).map(send => send.notice)).toEqual(['hold-end', 'transfer', 'transfer-brief']);
		expect(sends(effects)[0]?.text).toMatch(/[Tt]ack/);
		// Past the promised time, the thanks carries the apology.
		const late = run('/transfer billing', {...held, now: 4 * 60_000});
		expect(sends(late)[0]?.text).toMatch(/[Ff]örlåt/);
	});

	it('finds an agent by a name of several words, case-insensitively', () => {
		const effects = run('/t kari nordmann knows the blender range');
		expect(requests(effects)[0]?.payload).toEqual({
			chat_id: 'c1',
			target: {type: 'agent', id: 'kari'},
			note: 'knows the blender range',
		});
		expect(sends(effects)[0]?.text).toContain('Kari Nordmann');
	});

	it('accepts a quoted name and an empty note', () => {
		expect(requests(run('/transfer "Kari Nordmann"'))[0]?.payload).toEqual({
			chat_id: 'c1',
			target: {type: 'agent', id: 'kari'},
			note: '',
		});
	});

	it('opens the picker when no target is given', () => {
		expect(run('/transfer')).toEqual([{type: 'picker', picker: 'transfer', chatId: 'c1', query: ''}]);
	});

	it('refuses an unknown target, the agent themself, and an ambiguous name', () => {
		expect(expectOnlyError(run('/transfer nobody please'))).toMatch(
			/No colleague or department is called "nobody".*Use: \/transfer/,
		);
		expect(expectOnlyError(run('/transfer alex'))).toMatch(/No colleague/);
		const ambiguous = context({
			colleagues: new Map([['sales-kim', {id: 'sales-kim', name: 'Sales', presence: 'online' as const}]]),
			departments: new Map([['dep-sales', {id: 'dep-sales', name: 'Sales', agents_online: 1, accepting: true}]]),
		});
		expect(expectOnlyError(run('/transfer sales', ambiguous))).toMatch(
			/could be agent Sales \(sales-kim\), department Sales \(dep-sales\): use the id/,
		);
		expect(requests(run('/transfer sales-kim', ambiguous))[0]?.payload).toMatchObject({
			target: {type: 'agent', id: 'sales-kim'},
		});
	});

	it('refuses an ended chat', () => {
		expect(expectOnlyError(run('/transfer billing', context({chat: deskChat({status: 'ended'})})))).toMatch(/ended/);
	});

	it('writes the customer notice in their language and the brief in the desk language', () => {
		const [notice, brief] = sends(run('/transfer billing', context({chat: deskChat({}, {locale: 'nb'})})));
		expect(notice?.text).not.toBe('');
		expect(notice?.text).toMatch(/Billing/);
		expect(brief?.text).toMatch(/[A-Za-z]/);
	});
});

describe('/transfer ask: the customer is asked first (E11 amended)', () => {
	const LOCALES = ['en', 'nb', 'sv', 'fi', 'hu', 'zh'] as const;

	it.each(LOCALES)('%s: asks whether the transfer is all right, names the target, and moves nothing', locale => {
		const ctx = context({chat: deskChat({}, {locale})});
		for (const [line, name] of [
			['/transfer ask billing', 'Billing'],
			['/transfer ask kari', 'Kari Nordmann'],
		] as const) {
			const effects = run(line, ctx);
			expect(requests(effects)).toEqual([]);
			const [ask] = sends(effects);
			expect(ask).toMatchObject({visibility: 'public', auto: true, notice: 'transfer'});
			expect(ask!.text).toContain(name);
			// A question: the customer can say no.
			expect(ask!.text).toMatch(/[?？]/u);
			const line2 = effects.find(effect => effect.type === 'alert');
			expect(line2).toMatchObject({type: 'alert', text: expect.stringContaining('/transfer ')});
		}
	});

	it('warns the agent when nobody there can take the chat now', () => {
		const departments = new Map([['billing', {id: 'billing', name: 'Billing', agents_online: 0, accepting: false}]]);
		const effects = run('/transfer ask billing', context({departments}));
		expect(effects.find(effect => effect.type === 'alert')).toMatchObject({
			text: expect.stringContaining('nobody there can take the chat now'),
		});
	});

	it('"ask" alone is still a target\'s name, and a note after the target is not needed to ask', () => {
		const colleagues = new Map([['ask', {id: 'ask', name: 'Ask Olsen', presence: 'online' as const}]]);
		expect(requests(run('/transfer ask', context({colleagues}))).map(effect => effect.op)).toEqual(['chat.transfer']);
	});
});
