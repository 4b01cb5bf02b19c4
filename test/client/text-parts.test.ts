// Texts over the server's max_text_chars: parts that fit, cut where a reader expects, never inside a surrogate pair.
import {describe, expect, it} from 'vitest';
import {textParts} from '../../source/client/text-parts.js';

describe('textParts', () => {
	it('leaves a text within the limit as it is', () => {
		expect(textParts('Hello Sarah', 100)).toEqual(['Hello Sarah']);
	});

	it('cuts after a sentence, then at a space, each part within the limit', () => {
		const parts = textParts('I have checked the order. It left the warehouse this morning and arrives tomorrow.', 40);
		expect(parts[0]).toBe('I have checked the order.');
		for (const part of parts) expect(part.length).toBeLessThanOrEqual(40);
		expect(parts.join(' ')).toBe('I have checked the order. It left the warehouse this morning and arrives tomorrow.');
	});

	it('counts UTF-16 code units and never splits an emoji in two', () => {
		const text = '😀'.repeat(30);
		const parts = textParts(text, 7);
		for (const part of parts) {
			expect(part.length).toBeLessThanOrEqual(7);
			expect(part).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
		}
		expect(parts.join('')).toBe(text);
	});
});
