// E28: how each language addresses a customer by name in a notice.
import {describe, expect, it} from 'vitest';
import {addressName} from '../../../source/courtesy/notices/address-name.js';

describe('addressName (E28)', () => {
	it.each([
		['en', 'Chris Parker', 'Chris'],
		['nb', 'Kari Nordmann', 'Kari'],
		['sv', 'Anna Maria Svensson', 'Anna'],
		['fi', 'Matti Virtanen', 'Matti'],
		// Hungarian order: family name first, the given name last.
		['hu', 'Kovács Anna', 'Anna'],
		['hu', 'Nagy Péter Pál', 'Pál'],
		// Chinese: no title is known, so the full name, never the surname alone.
		['zh', '王伟', '王伟'],
		['zh', '欧阳娜娜', '欧阳娜娜'],
		['zh', 'Wang Wei', 'Wang Wei'],
		['en', 'Sarah', 'Sarah'],
		['en', 'Dr. Watson', 'Dr. Watson'],
		['en', '  Chris \n Parker ', 'Chris'],
	] as const)('%s: %s → %s', (locale, name, address) => {
		expect(addressName(name, locale)).toBe(address);
	});

	it('a Chinese surname alone, or no name, gives no address (the notice then uses a wording without one)', () => {
		expect(addressName('王', 'zh')).toBeUndefined();
		expect(addressName('王', 'en')).toBeUndefined();
		expect(addressName('', 'en')).toBeUndefined();
		expect(addressName(undefined, 'hu')).toBeUndefined();
	});
});
