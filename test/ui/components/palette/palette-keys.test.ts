// Keys while the palette is shown, in every mode: moving, Tab completing, Enter running or inserting (E12), Esc dismissing, the rest not taken.
import {describe, expect, it} from 'vitest';
import {
	paletteDecision,
	quoteTargetId,
	type PaletteState,
	type PaletteView,
} from '../../../../source/ui/components/palette/index.js';
import {colleagues, key, response, view} from './palette-fixtures.js';

const first: PaletteState = {selected: 0, dismissedDraft: null};
const at = (selected: number): PaletteState => ({selected, dismissedDraft: null});

function decide(draft: string, pressed = key('enter'), state = first, palette: PaletteView = view(draft)) {
	return paletteDecision(pressed, palette, state, draft);
}

const MOVES: [string, ReturnType<typeof key>, number][] = [
	['Up', key('up'), -1],
	['Down', key('down'), 1],
	['Ctrl+P', key('p', {ctrl: true}), -1],
	['Ctrl+N', key('n', {ctrl: true}), 1],
	['PgUp', key('pageup'), -5],
	['PgDn', key('pagedown'), 5],
];

describe('moving', () => {
	for (const draft of ['/', '/canned ', '/transfer ']) {
		for (const [name, pressed, by] of MOVES) {
			it(`${name} moves by ${by} in ${JSON.stringify(draft)}`, () => {
				expect(decide(draft, pressed)).toEqual({type: 'move', by});
			});
		}
	}

	it('pages by the rows the desk shows', () => {
		expect(paletteDecision(key('pagedown'), view('/'), first, '/', 8)).toEqual({type: 'move', by: 8});
	});

	it('leaves Up, Down and the pages alone when there are no rows (usage line, nothing matched): history and scrolling keep working', () => {
		for (const draft of ['/hold 3 checking', '/xyz', '/c qqqqzzzz', '/t nobody']) {
			for (const [, pressed] of MOVES) expect(decide(draft, pressed)).toBeNull();
		}
	});
});

describe("'commands' mode", () => {
	it('Tab completes the selected command to its full name, the alias typed replaced', () => {
		expect(decide('/ho', key('tab'))).toEqual({type: 'replace-draft', text: '/hold '});
		expect(decide('/t', key('tab'))).toEqual({type: 'replace-draft', text: '/transfer '});
		expect(decide('/c', key('tab'))).toEqual({type: 'replace-draft', text: '/canned '});
		expect(decide('/', key('tab'), at(1))).toEqual({type: 'replace-draft', text: '/hold '});
	});

	it('Enter completes a command that takes arguments, like Tab', () => {
		expect(decide('/ho')).toEqual({type: 'replace-draft', text: '/hold '});
		expect(decide('/')).toEqual({type: 'replace-draft', text: '/canned '});
	});

	it('Enter runs a command typed in full (name or alias), or one that takes no arguments', () => {
		expect(decide('/hold')).toEqual({type: 'run', line: '/hold'});
		expect(decide('/c')).toEqual({type: 'run', line: '/canned'});
		expect(decide('/un')).toEqual({type: 'run', line: '/unhold'});
		expect(decide('/', key('enter'), at(2))).toEqual({type: 'run', line: '/unhold'});
	});

	it('Enter runs an unknown word, so the command line reports it; Tab has nothing to complete', () => {
		expect(decide('/xyz')).toEqual({type: 'run', line: '/xyz'});
		expect(decide('/xyz', key('tab'))).toBeNull();
	});

	it('Tab and Enter on a canned row insert the filled response (never sent)', () => {
		const inserted = decide('/pw');
		expect(inserted).toMatchObject({
			type: 'insert',
			marks: [{name: 'reset_link', reason: 'ask', marker: '[reset link]'}],
		});
		expect(inserted?.type === 'insert' && inserted.text).toMatch(/^I can certainly help with that/);
		expect(decide('/pw', key('tab'))).toEqual(inserted);
	});
});

describe("'canned' mode", () => {
	it('Tab and Enter insert the selected response with its marks', () => {
		const inserted = decide('/c order status');
		expect(inserted).toMatchObject({type: 'insert'});
		if (inserted?.type !== 'insert') throw new Error('no insert');
		expect(inserted.marks.map(mark => inserted.text.slice(mark.start, mark.end))).toEqual([
			'[order number]',
			'[order status]',
		]);
		expect(decide('/c order status', key('tab'))).toEqual(inserted);
		expect(decide('/canned ', key('enter'), at(1))).toMatchObject({
			type: 'insert',
			text: expect.stringContaining('may I have your name'),
		});
	});

	it('Enter with nothing matched runs the line, so the agent is told', () => {
		expect(decide('/c qqqqzzzz')).toEqual({type: 'run', line: '/c qqqqzzzz'});
	});

	it('cleans controls out of a server response and keeps the marks on their markers', () => {
		const canned = [
			response('evil', {
				shortcut: 'ev',
				text: {
					en: 'Hi\u001B[2J there, your order {{order_number?}}\u0007 is \u001B]52;c;eA==\u0007on its way: {{eta?}}.',
				},
				origin: {kind: 'server', name: 'server'},
			}),
		];
		const decision = paletteDecision(key('enter'), view('/c ev', {canned}), first, '/c ev');
		if (decision?.type !== 'insert') throw new Error('no insert');
		expect(decision.text).toBe('Hi there, your order [order number] is on its way: [eta].');
		expect(decision.marks.map(mark => decision.text.slice(mark.start, mark.end))).toEqual(['[order number]', '[eta]']);
	});
});

describe("'transfer' mode", () => {
	it('Tab and Enter complete to the target id, whatever was typed', () => {
		expect(decide('/t nord', key('tab'))).toEqual({type: 'replace-draft', text: '/transfer kari '});
		expect(decide('/t nord')).toEqual({type: 'replace-draft', text: '/transfer kari '});
		expect(decide('/transfer ', key('enter'), at(3))).toEqual({type: 'replace-draft', text: '/transfer wang '});
	});

	it('quotes an id with blanks', () => {
		const withSpace = new Map([
			...colleagues,
			['sales team', {id: 'sales team', name: 'Sales', presence: 'online' as const}],
		]);
		expect(decide('/t sales', key('tab'), first, view('/t sales', {colleagues: withSpace}))).toEqual({
			type: 'replace-draft',
			text: '/transfer "sales team" ',
		});
		expect(quoteTargetId('kari')).toBe('kari');
		expect(quoteTargetId('say "hi" team')).toBe(`'say "hi" team'`);
		expect(quoteTargetId('"odd')).toBe(`'"odd'`);
	});

	it('Enter with nothing matched runs the line, so the agent is told', () => {
		expect(decide('/t nobody')).toEqual({type: 'run', line: '/t nobody'});
	});
});

describe("'usage' mode", () => {
	it('Enter runs the draft line', () => {
		expect(decide('/hold 3 checking the warranty')).toEqual({type: 'run', line: '/hold 3 checking the warranty'});
		expect(decide('/transfer kari knows the blender range')).toEqual({
			type: 'run',
			line: '/transfer kari knows the blender range',
		});
	});

	it('Tab is not the palette’s (nothing to complete)', () => {
		expect(decide('/hold 3', key('tab'))).toBeNull();
	});
});

describe('Esc and the other keys', () => {
	it('Esc dismisses in every mode', () => {
		for (const draft of ['/', '/ho', '/canned ', '/t ', '/hold 3', '/xyz'])
			expect(decide(draft, key('escape'))).toEqual({type: 'dismiss'});
	});

	it('leaves typing, editing and modified keys to the composer and the keymap', () => {
		const others = [
			key('a', {}, 'a'),
			key('space', {}, ' '),
			key('backspace'),
			key('left'),
			key('home'),
			key('enter', {meta: true}),
			key('j', {ctrl: true}),
			key('tab', {shift: true}),
			key('up', {meta: true}),
			key('escape', {meta: true}),
			key('f1'),
			key('1', {meta: true}),
		];
		for (const draft of ['/', '/canned ', '/t ', '/hold 3']) {
			for (const pressed of others) expect(decide(draft, pressed)).toBeNull();
		}
	});
});
