// E5: one point at a time. A message over the configured length is better split.
import type {Finding} from '../finding.js';
import {graphemes} from '../text/graphemes.js';

/** Length in user-perceived characters: an emoji or a Chinese character counts as one. */
export function longMessageFindings(text: string, maxLength: number): Finding[] {
	const characters = graphemes(text.trimEnd());
	if (characters.length <= maxLength) return [];
	const start = characters[maxLength]!.index;
	const end = text.trimEnd().length;
	return [
		{
			check: 'longMessage',
			rule: 'E5',
			severity: 'warn',
			// The part beyond the limit, so the composer can show where it runs over.
			span: {start, end},
			excerpt: text.slice(start, end),
			message: `Long message (E5): ${characters.length} characters, over ${maxLength}; split it into shorter messages, one point each`,
		},
	];
}
