// The desk's courtesy settings from its configuration: the time zone follow-ups are stated in (E20).
import {describe, expect, it} from 'vitest';
import {commandConfigOf} from '../../source/cli/courtesy-settings.js';
import {defaultConfig} from '../../source/config/index.js';

describe('commandConfigOf', () => {
	it('states follow-up times in the configured zone', () => {
		expect(commandConfigOf({...defaultConfig(), timeZone: 'Asia/Tokyo'}).timeZone).toBe('Asia/Tokyo');
	});

	// Looked up when first read (ICU's zone data is not loaded before the desk's first frame), and then kept.
	it("falls back to the system's zone, the one Intl reports", () => {
		const commands = commandConfigOf(defaultConfig());
		expect(commands.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
		expect({...commands}.timeZone).toBe(commands.timeZone);
	});
});
