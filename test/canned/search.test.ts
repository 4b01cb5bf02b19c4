// Picker search (E12): an exact shortcut first, then fuzzy matches on title, shortcut, tags and the text in the chat's language.
import {describe, expect, it} from 'vitest';
import {bundledResponses} from '../../source/canned/bundled.js';
import {searchCanned} from '../../source/canned/search.js';
import {response} from './fixtures.js';

const library = [
	response('password-reset', {
		title: 'Password reset link',
		shortcut: 'pw',
		tags: ['login', 'account'],
		text: {en: 'Set a new password here', nb: 'Her kan du lage et nytt passord'},
	}),
	response('pw-word', {title: 'Powerful words', shortcut: 'power', tags: [], text: {en: 'Strong words'}}),
	response('refund', {title: 'Refund', shortcut: 'money', tags: ['payment'], text: {en: 'Your money comes back'}}),
	response('warranty', {
		title: 'Guarantee',
		shortcut: 'g',
		tags: ['repair'],
		text: {en: 'Your blender has a two-year warranty', nb: 'Blenderen har to års garanti'},
	}),
];
const ids = (query: string, locale: string | null = null) =>
	searchCanned(library, query, {locale}).map(match => match.response.id);

describe('canned search (E12)', () => {
	it('puts an exact shortcut match first, whatever else matches better', () => {
		const matches = searchCanned(library, 'pw');
		expect(matches[0]).toMatchObject({score: 2, field: 'shortcut'});
		expect(matches[0]!.response.id).toBe('password-reset');
		expect(ids('PW')[0]).toBe('password-reset');
		expect(ids('money')[0]).toBe('refund');
	});

	it('finds by fuzzy title, tags and text', () => {
		expect(ids('pasword')[0]).toBe('password-reset');
		expect(ids('guarant')[0]).toBe('warranty');
		expect(ids('payment')).toEqual(['refund']);
		expect(ids('repair')).toEqual(['warranty']);
		expect(ids('warranty')).toEqual(['warranty']);
	});

	it('says which field matched', () => {
		expect(searchCanned(library, 'payment')[0]!.field).toBe('tags');
		expect(searchCanned(library, 'Guarantee')[0]!.field).toBe('title');
		expect(searchCanned(library, 'blender')[0]!.field).toBe('text');
	});

	it("searches the text in the chat's language", () => {
		expect(ids('garanti', 'nb')).toEqual(['warranty']);
		expect(ids('garanti', 'en')).toEqual([]);
		expect(ids('passord', 'nb')[0]).toBe('password-reset');
	});

	it('ranks a closer match higher', () => {
		const matches = searchCanned(library, 'power');
		expect(matches.map(match => match.response.id)[0]).toBe('pw-word');
		for (let index = 2; index < matches.length; index++)
			expect(matches[index - 1]!.score).toBeGreaterThanOrEqual(matches[index]!.score);
	});

	it('lists everything, in library order, for an empty query; respects a limit', () => {
		expect(ids('')).toEqual(library.map(entry => entry.id));
		expect(searchCanned(library, '  ', {limit: 2})).toHaveLength(2);
		expect(searchCanned(library, 'o', {limit: 1})).toHaveLength(1);
	});

	it('puts the later source first when two responses share a shortcut', () => {
		const both = [response('team-hi', {shortcut: 'hi'}), response('my-hi', {shortcut: 'hi', kind: 'personal'})];
		expect(searchCanned(both, 'hi').map(match => match.response.id)).toEqual(['my-hi', 'team-hi']);
	});

	it('finds the bundled responses an agent would look for', () => {
		const bundled = bundledResponses();
		const first = (query: string, locale: string | null = null) =>
			searchCanned(bundled, query, {locale})[0]?.response.id;
		expect(first('bye')).toBe('closing');
		expect(first('refund')).toBe('apology-remedy');
		expect(first('password')).toBe('password-reset');
		expect(first('wrong comp')).toBe('wrong-company');
		expect(first('tilausnumero', 'fi')).toBe('order-number');
	});
});
