// The printed card: fits the width (80 columns and narrower), unicode and ASCII, marks with words, no escape codes, remote text sanitised.
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {formatReportCard} from '../../../source/demo/report/index.js';
import {card, customer, deskSends, demo, said} from './journal-kit.js';
import {MORNING_END, morningDemo} from './morning-demo.js';

// Anything a terminal would obey or hide: C0 but the newline, DEL, C1, bidi controls, zero-width characters.
const UNSAFE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function expectFits(text: string, width: number): void {
	for (const line of text.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
	expect(text).not.toMatch(UNSAFE);
}

describe('the printed report card', () => {
	const morning = card(morningDemo(), MORNING_END);

	it('fits 80 columns in unicode: title, the chat table, the legend, rule lines with a mark and a word', () => {
		const text = formatReportCard(morning, {width: 80, ascii: false});
		expectFits(text, 80);
		const lines = text.split('\n');
		expect(lines[0]).toBe('switchboard demo report card: A morning at Acme');
		expect(text).toContain('Times are scenario time');
		expect(text).toContain('Played at speed 2');
		expect(lines.find(line => line.startsWith('Chat'))).toMatch(
			/^Chat +First +Average +Holds +Transfers +Closing +Rating$/,
		);
		expect(lines.find(line => line.startsWith('Ola Nordmann'))).toMatch(
			/^Ola Nordmann +0:26 +0:26 +1, 1 upd +- +\+ feedback +3\/3$/,
		);
		// E1 (amended): the greeting is no first response; Wang's was the transfer notice.
		expect(lines.find(line => line.startsWith('王伟'))).toMatch(/1:08 late/);
		expect(lines.find(line => line.startsWith('(no name)'))).toMatch(/1, 0 brief +no feedback/);
		expect(lines.find(line => line.startsWith('Eva'))).toMatch(/no reply/);
		// The rule's code follows its sentence instead of standing in front of it.
		expect(lines).toContain('✓ met    introduce yourself: chats opened with a greeting: 3 of 3 (E2)');
		expect(lines.find(line => line.includes('answer fast'))).toMatch(
			/^✗ partly answer fast: first response within 30 s: 1 of 4 chats;/,
		);
		expect(text).toMatch(/answer fast:[^✓✗]*\(E1\)/);
		expect(text).toContain('  Ola Nordmann (3/3): "Takk, veldig bra!"');
		// The table's columns line up: every row of it starts its second column at the same display column.
		const table = lines.slice(
			lines.findIndex(line => line.startsWith('Chat')) + 2,
			lines.findIndex(line => line.startsWith('Eva')) + 1,
		);
		expect(new Set(table.map(line => stringWidth(line.slice(0, line.search(/ {2}\S/) + 2))))).toHaveProperty('size', 1);
	});

	it("is plain ASCII in ASCII mode, but for the customers' own names and words", () => {
		const text = formatReportCard(morning, {width: 80, ascii: true});
		expectFits(text, 80);
		expect(text.replaceAll('王伟', '')).toMatch(/^[\x20-\x7e\n]*$/);
		expect(text).toContain('ok met    introduce yourself');
		expect(text).toMatch(/^-- partly answer fast/m);
	});

	it('never parts "30 s" or "2 of 4" across lines, and hangs rule text under its start', () => {
		for (let width = 40; width <= 80; width++) {
			const lines = formatReportCard(morning, {width, ascii: false}).split('\n');
			lines.forEach((line, index) => {
				const next = lines[index + 1] ?? '';
				expect(`${line}|${next.trimStart()}`).not.toMatch(/\d\|(s|min|of)\b|\d of\|\d/);
			});
		}
		const lines = formatReportCard(morning, {width: 60, ascii: false}).split('\n');
		const first = lines.findIndex(line => line.startsWith('✗ partly answer fast'));
		expect(lines[first + 1]).toMatch(/^ {9}\S/);
	});

	it('gives way to one block per chat on a narrow terminal, still within the width', () => {
		for (const width of [50, 40, 30, 20]) {
			const text = formatReportCard(morning, {width, ascii: width % 20 === 0});
			expectFits(text, width);
			expect(text).toContain('first 1:08 late');
		}
	});

	it('keeps the table for short names', () => {
		const short = demo();
		const eva = customer(short, 'eva', 'c1');
		said(eva, 1_000);
		deskSends(short, eva, 2_000, 'greeting');
		eva.end = {at: 5_000, by: 'customer'};
		const lines = formatReportCard(card(short, 10_000), {width: 80, ascii: false}).split('\n');
		expect(lines).toContain('Chat  First     Average  Holds  Transfers  Closing  Rating');
		// The greeting answers nothing she asked (E1 amended): no first response, nothing averaged.
		expect(lines).toContain('Eva   no reply  -        -      -          -        -');
	});

	it('says so when nobody came', () => {
		expect(formatReportCard(card(demo(), 1_000), {width: 80, ascii: false})).toContain('No customers took part.');
	});
});

describe('remote text on the card', () => {
	it('strips escape sequences and controls from names and comments, and cuts a long name to its column', () => {
		const hostile = demo();
		const mallory = customer(hostile, 'mallory', 'c1', {name: '\x1b]0;pwned\x07Mal\x1b[2Jlory\u202e\x9b31m'});
		said(mallory, 1_000);
		deskSends(hostile, mallory, 2_000, null);
		mallory.rating = {at: 5_000, score: 1, comment: 'bad\x1b]52;c;ZXZpbA==\x07\r\nservice\u200b'};
		const long = customer(hostile, 'long', 'c2', {
			name: 'Maximiliana Konstantinopoulou-Vandenberghe the Third of Her Name',
		});
		said(long, 1_000);
		const text = formatReportCard(card(hostile, 10_000), {width: 80, ascii: false});
		expectFits(text, 80);
		expect(text).not.toContain('pwned');
		expect(text).not.toContain('ZXZpbA');
		expect(text).toMatch(/^Mallory +0:01/m);
		expect(text).toContain('Mallory (1/3): "bad service"');
		expect(text).toMatch(/^Maximiliana Konst\S*…/m);
	});
});
