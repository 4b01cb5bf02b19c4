// /canned (/c): the best match, filled and in the customer's language, goes into the composer, never out (E12).
import {describe, expect, it} from 'vitest';
import {context, deskChat, expectOnlyError, requests, run, sends} from './command-fixtures.js';

describe('/canned', () => {
	it('inserts the previewed text and sends nothing', () => {
		const effects = run('/canned hi');
		expect(sends(effects)).toEqual([]);
		expect(requests(effects)).toEqual([]);
		expect(effects[0]).toMatchObject({type: 'insert'});
		const text = effects[0]?.type === 'insert' ? effects[0].text : '';
		expect(text).toContain('Sarah Jones');
		expect(text).toContain('Alex');
		expect(text).toContain('Acme');
	});

	it('uses the customer language variant', () => {
		const [insert] = run('/c hi', context({chat: deskChat({}, {locale: 'nb', name: 'Ola'})}));
		expect(insert?.type === 'insert' ? insert.text : '').toMatch(/^Hei Ola/);
	});

	it('marks what the agent still has to fill in', () => {
		const effects = run('/c order');
		expect(effects.some(effect => effect.type === 'alert' && /fill in/.test(effect.text))).toBe(true);
		expect(effects[0]?.type === 'insert' ? effects[0].marks.length : 0).toBeGreaterThan(0);
	});

	it('opens the picker without a query', () => {
		expect(run('/canned')).toEqual([{type: 'picker', picker: 'canned', chatId: 'c1', query: ''}]);
	});

	it('says when nothing matches, and needs a chat', () => {
		expect(expectOnlyError(run('/canned zzqqxxjj'))).toMatch(/No canned response matches/);
		expect(expectOnlyError(run('/canned hi', context({chat: null})))).toMatch(/focus one/);
	});
});
