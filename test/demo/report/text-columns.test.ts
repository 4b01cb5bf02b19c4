// The card's column arithmetic: display width for CJK and emoji, cutting on whole characters, wrapping with a hanging indent.
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {plainLine} from '../../../source/demo/report/plain-text.js';
import {fit, wrap} from '../../../source/demo/report/text-columns.js';

describe('fit', () => {
	it('cuts by display columns on whole characters, with the ellipsis inside the width', () => {
		expect(fit('王伟王伟王伟', 7, '…')).toBe('王伟王…');
		expect(fit('Ola Nordmann', 12, '…')).toBe('Ola Nordmann');
		expect(fit('Ola Nordmann', 8, '...')).toBe('Ola N...');
		expect(fit('👨‍👩‍👧 family', 3, '…')).toBe('👨‍👩‍👧…');
	});
});

describe('wrap', () => {
	it('keeps words whole, indents the lines after the first, and splits only a word wider than a line', () => {
		expect(wrap('one two three four', 10, '* ', '  ')).toEqual(['* one two', '  three', '  four']);
		const lines = wrap('a 王伟王伟王伟王伟王伟王伟 b', 8, '', '  ');
		expect(lines).toEqual(['a', '  王伟王', '  伟王伟', '  王伟王', '  伟王伟', '  b']);
		for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(8);
		expect(wrap('', 10, '> ')).toEqual(['> ']);
	});
});

describe('plainLine', () => {
	it('removes escape sequences with their payload, controls and bidi overrides, and puts line breaks on one line', () => {
		expect(plainLine('\x1b[1mSarah\x1b[0m\x1b]0;title\x07 \x9b2JJones\u202e\r\nof Acme\t!')).toBe(
			'Sarah Jones of Acme !',
		);
		expect(plainLine('王伟 🏴󠁧󠁢󠁳󠁣󠁴󠁿')).toBe('王伟 🏴󠁧󠁢󠁳󠁣󠁴󠁿');
		expect(plainLine('a\u{e0041}\u{e0042}b')).toBe('ab');
	});
});
