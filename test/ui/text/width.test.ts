// Column widths, truncation and padding with CJK, emoji and combining marks.
import {describe, expect, it} from 'vitest';
import {
	ASCII_ELLIPSIS,
	displayWidth,
	ELLIPSIS,
	ellipsisFor,
	fitToWidth,
	graphemeWidth,
	padToWidth,
	splitGraphemes,
	truncateToWidth,
} from '../../../source/ui/text/width.js';

const family = '👨\u200D👩\u200D👧\u200D👦';
const flag = '🇳🇴';

describe('displayWidth', () => {
	it('counts CJK and emoji as two columns and combining marks as none', () => {
		expect(displayWidth('abc')).toBe(3);
		expect(displayWidth('王伟')).toBe(4);
		expect(displayWidth('こんにちは')).toBe(10);
		expect(displayWidth('😀')).toBe(2);
		expect(displayWidth(family)).toBe(2);
		expect(displayWidth(flag)).toBe(2);
		expect(displayWidth('e\u0301')).toBe(1);
		expect(displayWidth('Ærlig øl på Åland')).toBe(17);
		expect(displayWidth('')).toBe(0);
	});

	it('measures single graphemes, ASCII without the tables', () => {
		expect(graphemeWidth('a')).toBe(1);
		expect(graphemeWidth('你')).toBe(2);
		expect(graphemeWidth('👍🏽')).toBe(2);
	});
});

describe('splitGraphemes', () => {
	it('keeps clusters whole', () => {
		expect(splitGraphemes(`a${family}b`)).toEqual(['a', family, 'b']);
		expect(splitGraphemes(`${flag}${flag}`)).toEqual([flag, flag]);
		expect(splitGraphemes('e\u0301x')).toEqual(['e\u0301', 'x']);
		expect(splitGraphemes('abc')).toEqual(['a', 'b', 'c']);
	});
});

describe('truncateToWidth', () => {
	it('returns text that fits unchanged', () => {
		expect(truncateToWidth('Sarah', 5)).toBe('Sarah');
		expect(truncateToWidth('王伟', 4)).toBe('王伟');
		expect(truncateToWidth(family, 2)).toBe(family);
	});

	it('cuts with an ellipsis and stays within the width', () => {
		expect(truncateToWidth('Sarah Jones', 8)).toBe('Sarah J…');
		expect(truncateToWidth('Sarah Jones', 8, {ellipsis: ASCII_ELLIPSIS})).toBe('Sarah...');
		expect(truncateToWidth('Sarah Jones', 7)).toBe('Sarah…');
	});

	it('never splits a wide character: the column it would straddle is left out', () => {
		const out = truncateToWidth('我的搅拌机不转了', 6);
		expect(out).toBe('我的…');
		expect(displayWidth(out)).toBe(5);
		expect(truncateToWidth('我的搅拌机不转了', 7)).toBe('我的搅…');
		for (let width = 1; width <= 16; width++) {
			expect(displayWidth(truncateToWidth('我的搅拌机不转了', width))).toBeLessThanOrEqual(width);
		}
	});

	it('never splits a grapheme cluster', () => {
		const text = `${family}${family}${family}`;
		expect(truncateToWidth(text, 5)).toBe(`${family}${family}…`);
		expect(truncateToWidth(`${flag}${flag}${flag}`, 4)).toBe(`${flag}…`);
		expect(truncateToWidth('e\u0301e\u0301e\u0301e\u0301', 3)).toBe('e\u0301e\u0301…');
	});

	it('handles widths smaller than the ellipsis', () => {
		expect(truncateToWidth('abcdef', 0)).toBe('');
		expect(truncateToWidth('abcdef', 1)).toBe('…');
		expect(truncateToWidth('abcdef', 2, {ellipsis: '...'})).toBe('..');
		expect(truncateToWidth('你好', 1)).toBe('…');
		expect(truncateToWidth('abcdef', 3, {ellipsis: ''})).toBe('abc');
	});

	it('drops trailing spaces before the ellipsis', () => {
		expect(truncateToWidth('Ola Nordmann', 5)).toBe('Ola…');
	});

	it('picks the ellipsis for the mode', () => {
		expect(ellipsisFor(true)).toBe('...');
		expect(ellipsisFor(false)).toBe(ELLIPSIS);
	});
});

describe('padToWidth and fitToWidth', () => {
	it('pads by columns, not code units', () => {
		expect(padToWidth('王伟', 6)).toBe('王伟  ');
		expect(padToWidth('ab', 5, 'right')).toBe('   ab');
		expect(padToWidth('ab', 6, 'center')).toBe('  ab  ');
		expect(padToWidth('abcdef', 3)).toBe('abcdef');
	});

	it('fits exactly, padding the column a dropped wide character leaves', () => {
		const out = fitToWidth('我的搅拌机', 6);
		expect(out).toBe('我的… ');
		expect(displayWidth(out)).toBe(6);
		expect(fitToWidth('Kari', 6)).toBe('Kari  ');
		expect(fitToWidth('Kari Nordmann', 6, {ellipsis: '...'})).toBe('Kar...');
		expect(displayWidth(fitToWidth(`${family} hi there`, 4))).toBe(4);
	});
});

describe('random text', () => {
	it('truncation never exceeds the width and keeps text that fits', () => {
		let state = 12_345;
		const next = () => {
			state = (state * 1_664_525 + 1_013_904_223) >>> 0;
			return state / 2 ** 32;
		};
		const pieces = ['a', ' ', 'ø', '你', '😀', family, flag, 'e\u0301', '1\uFE0F\u20E3', '한', '…'];
		for (let round = 0; round < 2_000; round++) {
			let text = '';
			for (let index = Math.floor(next() * 20); index > 0; index--) text += pieces[Math.floor(next() * pieces.length)];
			const width = Math.floor(next() * 25);
			const ellipsis = next() < 0.5 ? ELLIPSIS : ASCII_ELLIPSIS;
			const out = truncateToWidth(text, width, {ellipsis});
			expect(displayWidth(out), JSON.stringify({text, width})).toBeLessThanOrEqual(width);
			if (displayWidth(text) <= width) expect(out).toBe(text);
			else if (out.endsWith(ellipsis)) {
				// What is kept is a prefix made of whole graphemes of the text.
				const kept = splitGraphemes(out.slice(0, -ellipsis.length));
				expect(splitGraphemes(text).slice(0, kept.length), JSON.stringify({text, width})).toEqual(kept);
			}
			expect(displayWidth(fitToWidth(text, width, {ellipsis}))).toBe(width);
		}
	});
});
