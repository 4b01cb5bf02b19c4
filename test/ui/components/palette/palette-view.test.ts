// The palette's content as a pure function of the draft: each mode, aliases, capabilities, the customer's language, transfer targets.
import {describe, expect, it} from 'vitest';
import {bundledResponses} from '../../../../source/canned/index.js';
import {
	paletteView,
	readDraft,
	visiblePalette,
	type CannedRow,
	type TargetRow,
} from '../../../../source/ui/components/palette/index.js';
import {focusedChat, input, response, rowNames, view} from './palette-fixtures.js';

const ALL_COMMANDS = [
	'/canned',
	'/hold',
	'/unhold',
	'/transfer',
	'/end',
	'/note',
	'/name',
	'/email',
	'/followup',
	'/lang',
	'/split',
	'/away',
	'/online',
	'/help',
];

describe('paletteView: when there is a palette', () => {
	it('is null for messages: no slash, the // escape, "/ text", an empty draft', () => {
		for (const draft of ['', 'hello', '//hold is a message', '/ hello', ' /hold', 'a/b', '/a/b'])
			expect(paletteView(input(draft))).toBeNull();
	});

	it('reads the mode from the draft', () => {
		const modes = Object.fromEntries(
			['/', '/ho', '/canned ', '/c pass', '/transfer ', '/t ka', '/t kari ', '/hold 3 checking', '/xyz 1'].map(
				draft => [draft, view(draft).mode],
			),
		);
		expect(modes).toEqual({
			'/': 'commands',
			'/ho': 'commands',
			'/canned ': 'canned',
			'/c pass': 'canned',
			'/transfer ': 'transfer',
			'/t ka': 'transfer',
			'/t kari ': 'usage',
			'/hold 3 checking': 'usage',
			'/xyz 1': 'usage',
		});
	});

	it('keeps a quoted target open until its quote closes', () => {
		expect(readDraft('/t "Kari Nor', [])).toMatchObject({mode: 'usage'});
		expect(readDraft('/t "Kari Nor', ['transfer'])).toMatchObject({mode: 'transfer', query: 'Kari Nor'});
		expect(readDraft('/t "Kari Nordmann"', ['transfer'])).toMatchObject({mode: 'transfer', query: 'Kari Nordmann'});
		expect(readDraft('/t "Kari Nordmann" needs', ['transfer'])).toMatchObject({mode: 'usage', word: 't'});
	});
});

describe("paletteView: 'commands'", () => {
	it('lists every command the server supports for "/", and no canned rows', () => {
		const palette = view('/');
		expect(rowNames(palette)).toEqual(ALL_COMMANDS);
		expect(palette.hint).toBeNull();
		expect(palette.query).toBe('');
	});

	it('narrows by prefix, names and aliases alike', () => {
		expect(rowNames(view('/ho'))).toEqual(['/hold']);
		expect(rowNames(view('/t'))).toEqual(['/transfer']);
		expect(view('/t').rows[0]).toMatchObject({kind: 'command', word: 't'});
		expect(rowNames(view('/n'))).toEqual(['/note', '/name']);
		expect(rowNames(view('/fu'))[0]).toBe('/followup');
		expect(rowNames(view('/fu')).filter(name => name.startsWith('/'))).toEqual(['/followup']);
		expect(rowNames(view('/HO'))).toEqual(['/hold']);
	});

	it('hides what the server cannot do, and says so when that command is typed', () => {
		const palette = view('/', {capabilities: ['sneak_peek']});
		expect(rowNames(palette)).not.toContain('/hold');
		expect(rowNames(palette)).not.toContain('/transfer');
		expect(rowNames(palette)).not.toContain('/followup');
		expect(rowNames(palette)).toContain('/canned');
		const hold = view('/hold', {capabilities: []});
		expect(hold.rows).toEqual([]);
		expect(hold.hint).toBe('/hold is not available on this server');
	});

	it('adds a few confident canned matches after the commands', () => {
		expect(rowNames(view('/pw'))).toEqual(['canned:pw']);
		expect(rowNames(view('/so'))[0]).toBe('canned:sorry');
		// A command word is not a canned search: no weak matches deep in the texts.
		expect(rowNames(view('/ho'))).toEqual(['/hold']);
		expect(rowNames(view('/c'))).toEqual(['/canned']);
		const wa = view('/wa');
		expect(wa.rows.length).toBeLessThanOrEqual(3);
		expect(rowNames(wa)[0]).toBe('canned:wait');
	});

	it('says when nothing starts with the word', () => {
		expect(view('/xyz')).toEqual({mode: 'commands', rows: [], hint: 'There is no command /xyz', query: 'xyz'});
	});
});

describe("paletteView: 'canned'", () => {
	it('lists the whole library for an empty query, and searches it otherwise', () => {
		expect(view('/canned ').rows).toHaveLength(bundledResponses().length);
		expect(rowNames(view('/c password'))[0]).toBe('canned:pw');
		expect(rowNames(view('/canned pw'))[0]).toBe('canned:pw');
		expect(view('/c qqqqzzzz')).toMatchObject({rows: [], hint: 'No canned response matches "qqqqzzzz"'});
	});

	it("previews in the customer's language with the chat's values filled and asked values marked", () => {
		const row = view('/c pw', {chat: focusedChat({locale: 'nb'})}).rows[0] as CannedRow;
		expect(row.preview.language).toBe('nb');
		expect(row.preview.languageFallback).toBe(false);
		expect(row.preview.text).toContain('Her kan du lage et nytt passord');
		expect(row.preview.marks.map(mark => mark.marker)).toEqual(['[reset link]']);
		const greeting = view('/c hi').rows[0] as CannedRow;
		expect(greeting.preview.text).toBe(
			'Hello Sarah Jones, and welcome to Acme! My name is Alex. How can I help you today?',
		);
	});

	it('says when the language fell back', () => {
		const canned = [response('only-en', {title: 'Only English', shortcut: 'oe'})];
		const row = view('/c oe', {canned, chat: focusedChat({locale: 'fi'})}).rows[0] as CannedRow;
		expect(row).toMatchObject({locale: 'fi', preview: {language: 'en', languageFallback: true}});
	});

	it("uses the chat department's own wording over the general one", () => {
		const canned = [
			response('general', {shortcut: 'ship', text: {en: 'General'}}),
			response('tech', {shortcut: 'ship', department: 'technical', text: {en: 'Technical'}}),
			response('other', {shortcut: 'ship', department: 'billing', text: {en: 'Billing'}}),
		];
		expect(view('/c ship', {canned}).rows.map(row => (row as CannedRow).preview.text)).toEqual(['Technical']);
		expect(
			view('/c ship', {canned, chat: focusedChat({department_id: null})}).rows.map(
				row => (row as CannedRow).preview.text,
			),
		).toEqual(['General']);
	});

	it('still previews with no chat in the pane, leaving the chat values marked', () => {
		const row = view('/c hi', {chat: null}).rows[0] as CannedRow;
		expect(row.preview.text).toContain('My name is Alex');
		expect(row.locale).toBeNull();
	});
});

describe("paletteView: 'transfer'", () => {
	it('lists departments then colleagues, available first, the agent left out, availability in words', () => {
		const palette = view('/transfer ');
		expect(rowNames(palette)).toEqual([
			'department:billing',
			'department:technical',
			'department:returns',
			'agent:wang',
			'agent:kari',
			'agent:ola',
		]);
		const rows = palette.rows as TargetRow[];
		expect(rows.map(row => [row.name, row.availability, row.available])).toEqual([
			['Billing', '2 online', true],
			['Technical', '1 online, all busy', false],
			['Returns', 'nobody available', false],
			['王伟', 'online', true],
			['Kari Nordmann', 'away', false],
			['ola', 'offline', false],
		]);
	});

	it('says "accepting" when the server counts nobody but takes chats', () => {
		const departments = new Map([['vip', {id: 'vip', name: 'VIP', agents_online: 0, accepting: true}]]);
		expect((view('/t vip', {departments}).rows[0] as TargetRow).availability).toBe('accepting');
	});

	it('filters by a case-insensitive part of the name or the id', () => {
		expect(rowNames(view('/t NORD'))).toEqual(['agent:kari']);
		expect(rowNames(view('/t ka'))).toEqual(['agent:kari']);
		expect(rowNames(view('/t ical'))).toEqual(['department:technical']);
		expect(rowNames(view('/t ale'))).toEqual([]);
		expect(view('/t nobody').hint).toBe('No colleague or department matches "nobody"');
	});

	it('is the usage line when the server cannot transfer', () => {
		expect(view('/t ', {capabilities: ['hold']})).toMatchObject({
			mode: 'usage',
			rows: [],
			hint: '/transfer is not available on this server',
		});
	});
});

describe("paletteView: 'usage'", () => {
	it("shows the command's synopsis and description, aliases included", () => {
		expect(view('/hold 3 checking')).toEqual({
			mode: 'usage',
			rows: [],
			hint: '/hold [minutes] [reason] — Put the chat on hold; the customer is told why and for how long',
			query: 'hold',
		});
		expect(view('/n remember the serial').hint).toMatch(/^\/note TEXT — /);
		expect(view('/transfer wang needs the invoice').hint).toMatch(
			/^\/transfer \[ask\] \[agent\|department\] \[note for the colleague\] — /,
		);
	});

	it('E11: warns before a transfer to a target nobody can take now, typed in full or picked', () => {
		// Kari is away, Returns has nobody online, Technical is all busy: each transfer would fail.
		expect(view('/transfer kari needs the invoice').hint).toBe(
			'Kari Nordmann: away. A transfer now would fail: /transfer ask first, or offer an e-mail and /followup (E11).',
		);
		expect(view('/t ask returns').hint).toMatch(/^Returns: nobody available\. A transfer now would fail/);
		expect(view('/transfer technical').hint).toMatch(/^Technical: 1 online, all busy\. A transfer now would fail/);
		expect(view('/transfer "Kari Nordmann" invoice').hint).toMatch(/^Kari Nordmann: away\./);
		// Someone who can take it, or a name still being typed: no warning.
		expect(view('/transfer billing').hint).toBeNull();
		expect(view('/transfer ret').hint).toBeNull();
	});

	it('names an unknown command', () => {
		expect(view('/xyz 1 2').hint).toBe('There is no command /xyz');
	});
});

describe('visiblePalette', () => {
	it('hides a dismissed palette while the agent types on, and shows it for another command', () => {
		const state = {selected: 0, dismissedDraft: '/ho'};
		expect(visiblePalette(input('/hold 3'), state)).toBeNull();
		expect(visiblePalette(input('/h'), state)).toBeNull();
		expect(visiblePalette(input('/end'), state)?.mode).toBe('commands');
		expect(visiblePalette(input('/ho'), {selected: 0, dismissedDraft: null})?.mode).toBe('commands');
	});
});
