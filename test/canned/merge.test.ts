// Merging canned sources (bundled < team < personal < server, by id) and per-department wording (E12).
import {describe, expect, it} from 'vitest';
import type {CannedResponse as WireCannedResponse} from '../../source/protocol/model.js';
import {responsesForDepartment} from '../../source/canned/department.js';
import {assembleLibrary} from '../../source/canned/assemble-library.js';
import {mergeCannedSources} from '../../source/canned/merge.js';
import {fromServerList} from '../../source/canned/server-list.js';
import {response} from './fixtures.js';

const wire = (
	id: string,
	text: Record<string, string>,
	extra: Partial<WireCannedResponse> = {},
): WireCannedResponse => ({
	id,
	title: id,
	shortcut: null,
	category: null,
	tags: [],
	text,
	...extra,
});

describe('merging canned sources (E12)', () => {
	it('lets later sources override earlier ones by id, keeping the first position', () => {
		const bundled = [response('greeting', {kind: 'bundled'}), response('closing', {kind: 'bundled'})];
		const team = [response('greeting', {kind: 'team', title: 'Team greeting'}), response('refund', {kind: 'team'})];
		const personal = [
			response('greeting', {kind: 'personal', title: 'My greeting'}),
			response('mine', {kind: 'personal'}),
		];
		const server = [response('closing', {kind: 'server', title: 'Server closing'})];
		const merged = mergeCannedSources([bundled, team, personal, server]);
		expect(merged.map(entry => [entry.id, entry.origin.kind, entry.title])).toEqual([
			['greeting', 'personal', 'My greeting'],
			['closing', 'server', 'Server closing'],
			['refund', 'team', 'refund'],
			['mine', 'personal', 'mine'],
		]);
	});

	it('applies team files in the order given', () => {
		const first = [response('a', {title: 'first'})];
		const second = [response('a', {title: 'second'})];
		expect(mergeCannedSources([first, second])[0]!.title).toBe('second');
		expect(mergeCannedSources([second, first])[0]!.title).toBe('first');
	});

	it("turns the server's canned.list into responses that override files", () => {
		const files = [
			[response('greeting', {kind: 'bundled'})],
			[response('greeting', {kind: 'personal', title: 'Mine'})],
		];
		const {responses, problems} = assembleLibrary(files, [
			wire('greeting', {en: 'Hi {{customer.name|there}}'}, {title: 'Server', shortcut: 'hi', tags: ['x']}),
		]);
		expect(problems).toEqual([]);
		expect(responses).toEqual([
			{
				id: 'greeting',
				title: 'Server',
				shortcut: 'hi',
				category: null,
				tags: ['x'],
				department: null,
				text: {en: 'Hi {{customer.name|there}}'},
				origin: {kind: 'server', name: 'server'},
			},
		]);
		// Without the capability the caller passes null and the files stand.
		expect(assembleLibrary(files, null).responses[0]!.title).toBe('Mine');
	});

	it('leaves out (and reports) server responses with unknown placeholders or no text, keeping the rest', () => {
		const {responses, problems} = fromServerList([
			wire('ok', {en: 'Fine'}),
			wire('bad', {en: 'Hi {{visitor.name}}'}),
			wire('empty', {en: '  '}),
			wire('blank-shortcut', {en: 'x'}, {shortcut: ' '}),
		]);
		expect(responses.map(entry => [entry.id, entry.shortcut])).toEqual([
			['ok', null],
			['blank-shortcut', null],
		]);
		expect(problems).toEqual([
			expect.stringMatching(
				/^server canned response "bad" left out: text\.en: unknown placeholder \{\{visitor\.name\}\}/,
			),
			'server canned response "empty" left out: no text in any language',
		]);
	});
});

describe('per-department wording (E12)', () => {
	const library = [
		response('pw', {shortcut: 'pw', title: 'General reset'}),
		response('pw-billing', {shortcut: 'pw', department: 'billing', title: 'Billing reset'}),
		response('refund-tech', {shortcut: 'refund', department: 'technical'}),
		response('hello', {shortcut: 'hi'}),
		response('billing-only', {department: 'Billing'}),
	];

	it("puts the department's own response in place of the general one with the same shortcut", () => {
		expect(responsesForDepartment(library, {id: 'billing'}).map(entry => entry.id)).toEqual([
			'pw-billing',
			'hello',
			'billing-only',
		]);
	});

	it('matches the department by id or by name, ignoring case', () => {
		expect(responsesForDepartment(library, {id: 'd-7', name: 'BILLING'}).map(entry => entry.id)).toContain(
			'pw-billing',
		);
		expect(responsesForDepartment(library, {id: 'Billing'}).map(entry => entry.id)).toContain('pw-billing');
	});

	it("leaves out other departments' wording, and all of it when the chat has no department", () => {
		expect(responsesForDepartment(library, {id: 'technical'}).map(entry => entry.id)).toEqual([
			'pw',
			'refund-tech',
			'hello',
		]);
		expect(responsesForDepartment(library, null).map(entry => entry.id)).toEqual(['pw', 'hello']);
	});
});
