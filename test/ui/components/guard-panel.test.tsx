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
	it('one finding: its message, rule and rewrite, then the keys', () => {
		const lines = guardLines(findingsOf("I don't know."), 5, keys, false);
		expect(lines[0]).toEqual({text: 'guard: one note', kind: 'summary'});
		expect(lines[1]!.text).toMatch(/^• .*\(E6\) → "/);
		expect(lines.at(-1)).toEqual({text: 'Tab applies the suggestion · Enter sends as it is · Esc edits', kind: 'keys'});
	});

	it('many findings: counted in the summary, the rest said as "and N more", never past the rows given', () => {
		const findings = findingsOf("NO, I DON'T KNOW!!! Sara, that's company policy.");
		expect(findings.length).toBeGreaterThan(3);
		const lines = guardLines(findings, 4, keys, true);
		expect(lines).toHaveLength(4);
		expect(lines[0]!.text).toMatch(/^guard: \d+ notes/);
		expect(lines.some(line => /and \d+ more/.test(line.text))).toBe(true);
		expect(lines.at(-1)!.kind).toBe('keys');
		expect(lines.every(line => !line.text.includes('•') && !line.text.includes('→'))).toBe(true);
	});

	it('E12: unfilled markers come first, and alone they still show the way out without a Tab', () => {
		const lines = guardLines([], 5, keys, false, ['[order number]', '[reset link]']);
		expect(lines.map(line => line.text)).toEqual([
			'guard: one note',
			'• still to fill in: [order number], [reset link] (E12)',
			'Enter sends as it is · Esc edits',
		]);
		expect(guardPanelRows({chatId: 'c1', text: 'x', findings: [], unfilled: ['[order number]']}, 5)).toBe(3);
		expect(guardPanelRows({chatId: 'c1', text: 'x', findings: []}, 5)).toBe(0);
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
