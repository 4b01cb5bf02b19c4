// The one closest-match rule: what "did you mean ...?" suggests for a misspelt name, and when it stays quiet.
import {describe, expect, it} from 'vitest';
import {closestWord, didYouMean} from '../../source/courtesy/did-you-mean.js';
import {validateNoticesConfig} from '../../source/courtesy/notices/notices-config.js';

describe('closestWord', () => {
	it('suggests the nearest known word, whatever its case, and keeps the known spelling', () => {
		expect(closestWord('Gretting', ['greeting', 'closing'])).toBe('greeting');
		expect(closestWord('trasnfer', ['hold', 'transfer'])).toBe('transfer');
	});

	it('reads "-" and "_" as the same, as YAML and JSON keys are written both ways', () => {
		expect(closestWord('idle_close_offer', ['idle-check-in', 'idle-close-offer'])).toBe('idle-close-offer');
	});

	it('gives short words less slack, and says nothing when no word is close', () => {
		expect(closestWord('sag', ['say'])).toBe('say');
		expect(closestWord('sxy', ['say', 'saw'])).toBe('say');
		expect(closestWord('abc', ['say'])).toBeNull();
		expect(closestWord('frobnicate', ['greeting', 'closing'])).toBeNull();
	});
});

describe('didYouMean', () => {
	it('is the tail of an "unknown ..." message, or nothing', () => {
		expect(didYouMean('acept', ['accept', 'type'])).toBe(' (did you mean accept?)');
		expect(didYouMean('zzz', ['accept', 'type'])).toBe('');
	});

	it('is what the notices section suggests for a misspelt kind', () => {
		const result = validateNoticesConfig({enabled: {idle_close_offer: true}}, 'notices');
		expect(result.ok ? [] : result.errors[0]).toMatch(
			/^notices\.enabled\.idle_close_offer: unknown notice kind \(did you mean idle-close-offer\?\)/,
		);
	});
});
