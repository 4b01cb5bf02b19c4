// Word wrapping: words kept whole, long words cut, wide characters and graphemes respected, newlines kept.
import {describe, expect, it} from 'vitest';
import {displayWidth} from '../../../source/ui/text/width.js';
import {wrapText} from '../../../source/ui/text/wrap.js';

const family = '👨\u200D👩\u200D👧\u200D👦';

function expectWithin(lines: string[], width: number): void {
	for (const line of lines) expect(displayWidth(line), JSON.stringify(line)).toBeLessThanOrEqual(width);
}

describe('wrapText', () => {
	it('leaves a short line alone and gives an empty text one empty line', () => {
		expect(wrapText('Hi there', 20)).toEqual(['Hi there']);
		expect(wrapText('', 20)).toEqual(['']);
	});

	it('breaks between words and drops the spaces at the break', () => {
		expect(wrapText('my blender does not spin at all', 10)).toEqual(['my blender', 'does not', 'spin at', 'all']);
		expect(wrapText('aaa     bbb', 5)).toEqual(['aaa', 'bbb']);
		expect(wrapText('exactly ten', 11)).toEqual(['exactly ten']);
	});

	it('cuts a word longer than the line, starting it on a fresh line', () => {
		expect(wrapText('see https://example.com/a/very/long/path ok', 12)).toEqual([
			'see',
			'https://exam',
			'ple.com/a/ve',
			'ry/long/path',
			'ok',
		]);
		expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
		expect(wrapText('abcdefghij xy', 4)).toEqual(['abcd', 'efgh', 'ij', 'xy']);
		expect(wrapText('abcdefg hi', 4)).toEqual(['abcd', 'efg', 'hi']);
	});

	it('keeps explicit newlines and blank lines', () => {
		expect(wrapText('one\ntwo\n\nthree', 10)).toEqual(['one', 'two', '', 'three']);
		expect(wrapText('line\n', 10)).toEqual(['line', '']);
	});

	it('keeps a paragraph indentation when the first word fits after it', () => {
		expect(wrapText('  - first item', 20)).toEqual(['  - first item']);
		expect(wrapText('    indented words here', 12)).toEqual(['    indented', 'words here']);
		expect(wrapText('          longword', 10)).toEqual(['longword']);
	});

	it('breaks CJK text between characters and never splits one', () => {
		const text = '你好，我的搅拌机不转了，请帮帮我。';
		const lines = wrapText(text, 10);
		expectWithin(lines, 10);
		expect(lines.join('')).toBe(text);
		expect(lines[0]).toBe('你好，我的');
		// Odd width: a wide character never straddles the edge.
		const odd = wrapText(text, 7);
		expectWithin(odd, 7);
		expect(odd.join('')).toBe(text);
	});

	it('mixes CJK and Latin words', () => {
		const lines = wrapText('我喜欢 JavaScript 编程和 TypeScript', 12);
		expectWithin(lines, 12);
		expect(lines).toContain('JavaScript');
	});

	it('keeps emoji and other grapheme clusters whole', () => {
		const lines = wrapText(`${family}${family}${family}${family}`, 5);
		expect(lines).toEqual([`${family}${family}`, `${family}${family}`]);
		expect(wrapText('thanks 👍🏽👍🏽', 8)).toEqual(['thanks', '👍🏽👍🏽']);
		expect(wrapText('ok👍 fine', 3)).toEqual(['ok', '👍', 'fin', 'e']);
		const accents = 'e\u0301'.repeat(7);
		expect(wrapText(accents, 3)).toEqual(['e\u0301e\u0301e\u0301', 'e\u0301e\u0301e\u0301', 'e\u0301']);
	});

	it('wraps Norwegian and Hungarian text by columns, not code units', () => {
		expect(wrapText('Blenderen min snurrer ikke, hjelp', 14)).toEqual(['Blenderen min', 'snurrer ikke,', 'hjelp']);
		expect(wrapText('Árvíztűrő tükörfúrógép', 10)).toEqual(['Árvíztűrő', 'tükörfúróg', 'ép']);
	});

	it('puts a grapheme wider than the line on a line of its own rather than looping', () => {
		expect(wrapText('你好', 1)).toEqual(['你', '好']);
		expect(wrapText('abc', 0)).toEqual(['a', 'b', 'c']);
	});

	it('never exceeds the width and never loses a visible character', () => {
		const texts = [
			'The quick brown fox jumps over the lazy dog, then again, and again.',
			'Ærlig talt: øyeblikkelig svar er best. 你好世界！ 😀😀😀 supercalifragilisticexpialidocious',
			`${family} ${family}${family} 🇳🇴🇳🇴🇳🇴 x`,
		];
		for (const text of texts) {
			for (let width = 2; width <= 40; width++) {
				const lines = wrapText(text, width);
				expectWithin(lines, width);
				expect(lines.join('').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
			}
		}
	});

	it('holds for random mixed text', () => {
		let state = 777;
		const next = () => {
			state = (state * 1_664_525 + 1_013_904_223) >>> 0;
			return state / 2 ** 32;
		};
		const pieces = [
			'a',
			'bc',
			'word',
			' ',
			'  ',
			'\n',
			'ø',
			'你',
			'。',
			'😀',
			family,
			'🇳🇴',
			'e\u0301',
			'한국어',
			'x'.repeat(15),
		];
		for (let round = 0; round < 2_000; round++) {
			let text = '';
			for (let index = Math.floor(next() * 25); index > 0; index--) text += pieces[Math.floor(next() * pieces.length)];
			const width = 2 + Math.floor(next() * 30);
			const lines = wrapText(text, width);
			expectWithin(lines, width);
			// Nothing but spaces at the breaks is lost, and explicit newlines each start a line.
			expect(lines.join('').replaceAll(' ', ''), JSON.stringify({text, width})).toBe(
				text.replaceAll(' ', '').replaceAll('\n', ''),
			);
			expect(lines.length).toBeGreaterThanOrEqual(text.split('\n').length);
		}
	});
});
