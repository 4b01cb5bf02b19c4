// The patterns a scenario waits for ("navn|name"): JavaScript regular expressions, matched anywhere, ignoring case.

import {SCENARIO_LIMITS} from './limits.js';

export type PatternResult = {pattern: RegExp | null} | {error: string};

/**
 * Compiled with `i` (a customer waiting for "order" also sees "Order") and `u` (so Chinese, emoji and
 * `\p{L}` work as written). An empty pattern matches anything, the same as giving none.
 */
export function compilePattern(source: string): PatternResult {
	if (source.trim() === '') return {pattern: null};
	if (source.length > SCENARIO_LIMITS.maxPatternChars)
		return {error: `${source.length} characters, at most ${SCENARIO_LIMITS.maxPatternChars}`};
	try {
		return {pattern: new RegExp(source, 'iu')};
	} catch (error) {
		// "Invalid regular expression: /a(b/iu: Unterminated group": the last part is what helps.
		const why = (error as Error).message.split(': ').pop() ?? 'does not compile';
		return {
			error: `"${source}" is not a valid pattern: ${why.toLowerCase()} (patterns are JavaScript regular expressions, e.g. "name|navn")`,
		};
	}
}
