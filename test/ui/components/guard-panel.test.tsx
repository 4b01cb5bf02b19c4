// The guard's panel under the composer (E3-E6, E12): a summary, the findings with rule and rewrite, unfilled markers, the keys; within its rows.
import {afterEach, describe, expect, it} from 'vitest';
import {checkMessage, defaultGuardConfig} from '../../../source/courtesy/guard/index.js';
import {guardLines} from '../../../source/ui/components/guard-panel/guard-lines.js';
import {GuardPanel, guardPanelRows} from '../../../source/ui/components/guard-panel/guard-panel.js';
import {waitFor} from '../../helpers/wait-for.js';
import {renderComponent} from '../helpers/render-desk.js';

const keys = {apply: 'Tab', send: 'Enter', edit: 'Esc'};
const findingsOf = (text: string) =>
	checkMessage(text, {
		locale: 'en',
		customerName: 'Sarah Jones',
		customerEmojiSeen: new Set(),
		config: defaultGuardConfig,
	});

let unmount: (() => void) | null = null;
afterEach(() => {
	unmount?.();
	unmount = null;
});

describe('guardLines', () => {
	it('one finding: its message and rewrite with the rule after it, then the keys', () => {
		const lines = guardLines(findingsOf("I don't know."), 200, 5, keys, false);
		expect(lines[0]).toEqual({text: 'guard: one note', kind: 'summary', codes: ''});
		expect(lines[1]!.text).toMatch(/^• Negative wording: "I don't know" → try "/);
		expect(lines[1]!.codes).toBe(' (E6)');
		expect(lines.at(-1)).toEqual({
			text: 'Tab applies the suggestion · Enter sends as it is · Esc edits',
			kind: 'keys',
			codes: '',
		});
	});

	it('wraps each finding and the keys to the width instead of cutting them, under a hanging indent', () => {
		const findings = findingsOf("I don't know, that's company policy.");
		const lines = guardLines(findings, 40, 12, keys, false);
		expect(lines.every(line => line.text.length + line.codes.length <= 40)).toBe(true);
		expect(lines.some(line => line.text.startsWith('  ') && line.kind === 'finding')).toBe(true);
		const all = lines.map(line => line.text + line.codes).join(' ');
		for (const finding of findings) expect(all.replaceAll(/\s+/g, ' ')).toContain(finding.message.split(' (')[0]!);
		expect(
			lines
				.filter(line => line.kind === 'keys')
				.map(line => line.text.trim())
				.join(' '),
		).toBe('Tab applies the suggestions · Enter sends as it is · Esc edits');
		// Nothing cut by the panel (a finding may quote a long phrase shortened by the guard itself).
		expect(lines.every(line => !line.text.endsWith('…'))).toBe(true);
	});

	it('many findings: counted in the summary, the rest said as "and N more", never past the rows given', () => {
		const findings = findingsOf("NO, I DON'T KNOW!!! Sara, that's company policy.");
		expect(findings.length).toBeGreaterThan(3);
		const lines = guardLines(findings, 200, 4, keys, true);
		expect(lines).toHaveLength(4);
		expect(lines[0]!.text).toMatch(/^guard: \d+ notes/);
		expect(lines.some(line => /and \d+ more/.test(line.text))).toBe(true);
		expect(lines.at(-1)!.kind).toBe('keys');
		expect(lines.every(line => /^[\x20-\x7e]*$/.test(line.text + line.codes))).toBe(true);
	});

	it('E12: unfilled markers come first, and alone they still show the way out without a Tab', () => {
		const lines = guardLines([], 200, 5, keys, false, ['[order number]', '[reset link]']);
		expect(lines.map(line => line.text + line.codes)).toEqual([
			'guard: one note',
			'• still to fill in: [order number], [reset link] (E12)',
			'Enter sends as it is · Esc edits',
		]);
		expect(guardPanelRows({chatId: 'c1', text: 'x', findings: [], unfilled: ['[order number]']}, 200, 5)).toBe(3);
		expect(guardPanelRows({chatId: 'c1', text: 'x', findings: []}, 200, 5)).toBe(0);
	});
});

describe('GuardPanel', () => {
	it('draws the lines with the keys from the keymap', async () => {
		const review = {
			chatId: 'c1',
			text: "I don't know.",
			findings: findingsOf("I don't know."),
			unfilled: ['[order number]'],
		};
		const view = renderComponent(<GuardPanel review={review} width={70} maxRows={5} />);
		unmount = view.unmount;
		const frame = await waitFor(() => view.lastFrame().includes('Esc edits') && view.lastFrame());
		expect(frame).toContain('guard: 2 notes');
		expect(frame).toContain('still to fill in: [order number] (E12)');
		expect(frame).toMatch(/\(E6\)/);
	});
});
