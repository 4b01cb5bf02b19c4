// Long alerts at 80x24: wrapped in full (within a cap) instead of cut, E-codes after the sentence, and the alert log (Alt+L).
import {afterEach, describe, expect, it} from 'vitest';
import {App} from '../../../source/ui/app.js';
import {alertRowCap, alertRows} from '../../../source/ui/components/alert-line/alert-rows.js';
import {mergeAlertLogs, alertLogRows} from '../../../source/ui/components/alert-log/alert-log-lines.js';
import {splitRuleCodes} from '../../../source/ui/text/rule-codes.js';
import {waitFor} from '../../helpers/wait-for.js';
import {chat, deskStore, T0} from '../helpers/fixtures.js';
import {renderDesk} from '../helpers/render-desk.js';

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

const LONG =
	'The transfer of Sarah Jones to Technical failed: nobody accepted in time. The chat is yours again; ' +
	'ask whether a follow-up by e-mail within 24 hours suits her, and record it with /followup (E11).';

describe('splitRuleCodes', () => {
	it('takes E-codes out of the sentence and keeps them, in order, without repeats', () => {
		expect(splitRuleCodes('Negative wording (E6): "no" → try "yes"')).toEqual({
			sentence: 'Negative wording: "no" → try "yes"',
			codes: '(E6)',
		});
		expect(splitRuleCodes('hold ran over (E7, E10) and again (E7)')).toEqual({
			sentence: 'hold ran over and again',
			codes: '(E7, E10)',
		});
		expect(splitRuleCodes('plain text')).toEqual({sentence: 'plain text', codes: ''});
		expect(splitRuleCodes('E11: the transfer did not go through.')).toEqual({
			sentence: 'The transfer did not go through.',
			codes: '(E11)',
		});
	});
});

describe('alertRows', () => {
	it('wraps a long alert onto as many rows as it needs, E-codes last', () => {
		const rows = alertRows(LONG, 79, 4, '… Alt+L shows it in full');
		expect(rows.length).toBeGreaterThan(1);
		expect(rows.map(row => row.text).join(' ')).toBe(splitRuleCodes(LONG).sentence);
		expect(rows.at(-1)!.codes).toBe(' (E11)');
		expect(rows.every(row => row.text.length + row.codes.length <= 79)).toBe(true);
	});

	it('past the cap, says where the whole alert is', () => {
		const rows = alertRows(LONG, 30, 2, '… Alt+L shows it in full');
		expect(rows).toHaveLength(2);
		expect(rows[1]!.text.endsWith('… Alt+L shows it in full')).toBe(true);
		expect(rows[1]!.text.length).toBeLessThanOrEqual(30);
		expect(alertRowCap(24)).toBe(4);
		expect(alertRowCap(10)).toBe(1);
	});
});

describe('alertLogRows', () => {
	it("keeps an entry's technical detail (seqs, ids, the server's words) under it, flagged to be dimmed (issue 9)", () => {
		const rows = alertLogRows(
			[
				{
					id: 'alert-1',
					level: 'warning',
					text: 'The server sent something the desk could not read; it was left out.',
					chat: null,
					at: T0,
					count: 1,
					detail: 'ignored event 7: payload\u001B[2J.chat: required',
				},
			],
			40,
		);
		const details = rows.filter(row => row.detail);
		expect(details.length).toBeGreaterThan(0);
		expect(details.map(row => row.text).join(' ')).toBe('details: ignored event 7: payload.chat: required');
		expect(
			rows
				.filter(row => !row.detail)
				.map(row => row.text)
				.join(' '),
		).not.toMatch(/\d/);
	});

	it('shows each alert whole with its time and customer, wrapped under itself, oldest first', () => {
		const entries = mergeAlertLogs(
			[{id: 'alert-1', level: 'warning', text: LONG, chat: 'Sarah Jones', at: T0 + 2_000, count: 1}],
			[{id: 'note-1', level: 'info', text: 'commands work in a chat', chat: null, at: T0 + 1_000, count: 2}],
		);
		const rows = alertLogRows(entries, 78, {time: at => `t+${(at - T0) / 1000}s`});
		expect(rows[0]).toMatchObject({time: 't+1s', text: 'commands work in a chat (x2)'});
		expect(rows[1]).toMatchObject({time: 't+2s', level: 'warning'});
		expect(rows[1]!.text.startsWith('! Sarah Jones: The transfer of Sarah Jones')).toBe(true);
		const text = rows
			.slice(1)
			.map(row => row.text)
			.join(' ');
		expect(text).toContain('record it with /followup');
		expect(rows.at(-1)!.codes).toBe('(E11)');
		expect(rows.slice(2).every(row => row.time === '')).toBe(true);
	});
});

describe('the desk at 80x24', () => {
	function desk() {
		return deskStore({
			chats: [chat('c1')],
			then: [
				{type: 'focus.chat', chatId: 'c1'},
				{type: 'alert.post', kind: 'transfer.failed', level: 'warning', text: LONG, chatId: 'c1', at: T0},
			],
		});
	}

	it('shows a long alert in full over several rows, the hints still on the last row', async () => {
		const view = renderDesk(<App />, {desk: desk(), columns: 80, rows: 24});
		unmount = view.unmount;
		const frame = await waitFor(() => view.lastFrame().includes('/followup') && view.lastFrame());
		const flat = frame.split('\n').join(' ').replaceAll(/\s+/g, ' ');
		expect(flat).toContain(splitRuleCodes(LONG).sentence);
		expect(flat).toContain('(E11)');
		expect(frame).not.toMatch(/…\s*$/m);
		const lines = frame.split('\n');
		expect(lines).toHaveLength(24);
		expect(lines[23]).toMatch(/Alt\+1-9/);
		// The composer is still there above the alert.
		expect(frame).toContain('type a message');
	});

	it('Alt+L opens the alert log with the time and the customer by name; Esc closes it', async () => {
		const view = renderDesk(<App />, {desk: desk(), columns: 80, rows: 24});
		unmount = view.unmount;
		await waitFor(() => view.lastFrame().includes('/followup'));
		view.stores.desk.dispatch({type: 'alert.dismiss', alertId: view.stores.desk.getState().alerts[0]!.id});
		await waitFor(() => !view.lastFrame().includes('/followup'));
		view.stdin.write('\u001Bl');
		const frame = await waitFor(
			() => view.lastFrame().includes('alerts') && view.lastFrame().includes('/followup') && view.lastFrame(),
		);
		expect(frame).toMatch(/\d\d:\d\d:\d\d +! Sarah Jones: The transfer of Sarah Jones/);
		expect(frame).not.toContain('c1');
		view.stdin.write('\u001B');
		await waitFor(() => view.lastFrame().includes('type a message'));
	});
});
