// Scenario durations: every written form read to milliseconds, bare numbers and nonsense refused with a reason.
import {describe, expect, it} from 'vitest';
import {parseDuration} from '../../../source/demo/scenario/index.js';

describe('scenario durations', () => {
	it.each([
		['40s', 40_000],
		['2m', 120_000],
		['1m30s', 90_000],
		['1m 30s', 90_000],
		['1:30', 90_000],
		['0:40', 40_000],
		['90:00', 5_400_000],
		['1:02:03', 3_723_000],
		['500ms', 500],
		['1.5s', 1_500],
		['2.5m', 150_000],
		['3min', 180_000],
		['1h', 3_600_000],
		['1h5m', 3_900_000],
		['10sec', 10_000],
		['0', 0],
		[' 40S ', 40_000],
	])('reads %s', (text, ms) => {
		expect(parseDuration(text)).toEqual({ms});
	});

	it('refuses a bare number, saying why: seconds or minutes?', () => {
		expect(parseDuration('40')).toEqual({
			error: '"40" has no unit: write 40s for seconds or 40m for minutes (a bare number could be either)',
		});
		expect(parseDuration('1.5')).toHaveProperty('error', expect.stringContaining('no unit'));
	});

	it.each(['soon', '30s1m', '1s1s', '1:75', '1:60:00', '-5s', '5 s s', '', 'm', '1:3'])('refuses %j', text => {
		expect(parseDuration(text)).toEqual({error: `"${text}" is not a duration (e.g. 40s, 2m, 1m30s, 1:30 or 500ms)`});
	});
});
