// --report FILE.json: the card with `version: 1`, pretty-printed, read back exactly, with nothing a terminal would obey left raw.
import {describe, expect, it} from 'vitest';
import {REPORT_VERSION, reportJson} from '../../../source/demo/report/index.js';
import {card, customer, deskSends, demo, said} from './journal-kit.js';
import {MORNING_END, morningDemo} from './morning-demo.js';

describe('the JSON report', () => {
	it('reads back as the same card with a version, so the card is plain data', () => {
		const morning = card(morningDemo(), MORNING_END);
		const text = reportJson(morning);
		expect(REPORT_VERSION).toBe(1);
		expect(text.startsWith('{\n  "version": 1,\n  "title": "A morning at Acme"')).toBe(true);
		expect(text.endsWith('}\n')).toBe(true);
		expect(JSON.parse(text)).toEqual({version: 1, ...morning});
	});

	it('escapes C1 controls and bidi overrides in names and comments, and gives them back unchanged', () => {
		const hostile = demo();
		const mia = customer(hostile, 'mia', 'c1', {name: 'Mia\u202e\x9b2J\x1b[31m'});
		said(mia, 1_000);
		deskSends(hostile, mia, 2_000, 'greeting');
		mia.rating = {at: 3_000, score: 2, comment: 'fine\u2028\x85'};
		const report = card(hostile, 5_000);
		const text = reportJson(report);
		expect(text).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u202e]/);
		expect(text).toContain('Mia\\u202e\\u009b2J\\u001b[31m');
		expect(JSON.parse(text).chats[0].name).toBe('Mia\u202e\x9b2J\x1b[31m');
		expect(JSON.parse(text).chats[0].rating.comment).toBe('fine\u2028\x85');
	});
});
