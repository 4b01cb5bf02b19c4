// /followup: due-time parsing, followup.create, and the customer told the time (E7, E11, E20).
import {describe, expect, it} from 'vitest';
import {parseDueTime} from '../../source/commands/followup-when.js';
import {T0, context, deskChat, expectOnlyError, requests, run, sends} from './command-fixtures.js';

const HOUR = 3_600_000;
// 2025-11-22 08:26:40 UTC.
const NOW = T0 + 60_000;

describe('parseDueTime', () => {
	it('reads spans', () => {
		expect(parseDueTime(['2h'], NOW)).toEqual({at: NOW + 2 * HOUR, words: 1});
		expect(parseDueTime(['30m', 'call'], NOW)).toEqual({at: NOW + 30 * 60_000, words: 1});
		expect(parseDueTime(['3d'], NOW)).toEqual({at: NOW + 72 * HOUR, words: 1});
	});

	it('reads tomorrow with and without a time, in the desk zone', () => {
		expect(parseDueTime(['tomorrow', '10:00'], NOW)).toEqual({at: Date.UTC(2025, 10, 23, 10, 0), words: 2});
		expect(parseDueTime(['tomorrow'], NOW)).toEqual({at: Date.UTC(2025, 10, 23, 9, 0), words: 1});
		expect(parseDueTime(['tomorrow', '10:00'], NOW, 'Europe/Oslo')).toEqual({
			at: Date.UTC(2025, 10, 23, 9, 0),
			words: 2,
		});
	});

	it('reads a bare time as the next one to come', () => {
		expect(parseDueTime(['14:30'], NOW)).toEqual({at: Date.UTC(2025, 10, 22, 14, 30), words: 1});
		expect(parseDueTime(['07:00'], NOW)).toEqual({at: Date.UTC(2025, 10, 23, 7, 0), words: 1});
	});

	it('leaves words that are no time to the note, and refuses bad times', () => {
		expect(parseDueTime(['replacement', 'sent'], NOW)).toBeNull();
		expect(parseDueTime([], NOW)).toBeNull();
		expect(parseDueTime(['0h'], NOW)).toEqual({error: '"0h" is not in the future'});
		expect(parseDueTime(['31d'], NOW)).toMatchObject({error: expect.stringMatching(/30 days/)});
		expect(parseDueTime(['25:00'], NOW)).toMatchObject({error: expect.stringMatching(/not a time/)});
	});
});

describe('/followup', () => {
	it('defaults to 24 hours, records it and tells the customer the time', () => {
		const effects = run('/followup replacement blade');
		expect(requests(effects)[0]).toEqual({
			type: 'request',
			op: 'followup.create',
			payload: {chat_id: 'c1', contact: 'sarah@example.com', due_at: NOW + 24 * HOUR, note: 'replacement blade'},
		});
		const [notice] = sends(effects);
		expect(notice).toMatchObject({notice: 'followup', visibility: 'public', auto: true});
		expect(notice?.text).toMatch(/23/);
		expect(effects.at(-1)).toMatchObject({
			type: 'alert',
			text: expect.stringMatching(/^Follow-up with sarah@example.com due 23 Nov 2025/),
		});
	});

	it('takes the time first and the note after it', () => {
		expect(requests(run('/followup tomorrow 10:00 call back about the refund'))[0]?.payload).toMatchObject({
			due_at: Date.UTC(2025, 10, 23, 10, 0),
			note: 'call back about the refund',
		});
		expect(requests(run('/fu 2h'))[0]?.payload).toMatchObject({due_at: NOW + 2 * HOUR, note: ''});
	});

	it('states the time in the customer language', () => {
		const [notice] = sends(run('/followup 2h', context({chat: deskChat({}, {locale: 'nb'})})));
		expect(notice?.text).toMatch(/senest/);
	});

	it('tells the customer the time in their own zone where known, and the desk shows the same time (issue 12, E7)', () => {
		const shanghai = context({chat: deskChat({}, {locale: 'zh', time_zone: 'Asia/Shanghai'})});
		const effects = run('/followup replacement', shanghai);
		// 24 h from 08:27 UTC (the minute rounded up) is 16:27 in Shanghai, and the zone is named in the customer's words.
		expect(sends(effects)[0]?.text).toMatch(/16:27（中国标准时间）/);
		expect(effects.at(-1)).toMatchObject({
			type: 'alert',
			text: 'Follow-up with sarah@example.com due 23 Nov 2025, 16:27 China Standard Time (23 Nov 2025, 08:27 UTC here).',
		});
		// The agent's "14:30" is the desk's clock (UTC here); the customer hears it as 22:30 their time.
		const bareTime = run('/followup 14:30', shanghai);
		expect(requests(bareTime)[0]?.payload).toMatchObject({due_at: Date.UTC(2025, 10, 22, 14, 30)});
		expect(sends(bareTime)[0]?.text).toMatch(/22:30/);
	});

	it('keeps the desk zone, named plainly, when the customer zone is unknown or not a zone', () => {
		for (const time_zone of [null, 'Mars/Olympus_Mons']) {
			const effects = run('/followup', context({chat: deskChat({}, {time_zone})}));
			expect(effects.at(-1)).toMatchObject({
				text: 'Follow-up with sarah@example.com due 23 Nov 2025, 08:27 UTC.',
			});
		}
	});

	it('refuses a bad time, or a customer with no e-mail, sending nothing', () => {
		expect(expectOnlyError(run('/followup 0h'))).toMatch(/not in the future\. Use: \/followup/);
		expect(expectOnlyError(run('/followup 2h', context({chat: deskChat({}, {email: null})})))).toMatch(
			/\/email ADDRESS first/,
		);
	});
});
