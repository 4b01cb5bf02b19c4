// Tab applies a suggested rewrite; stale findings leave the text alone; the one-line summary of the findings.
import {describe, expect, it} from 'vitest';
import {
	applySuggestion,
	applySuggestions,
	checkMessage,
	defaultGuardConfig,
	summariseFindings,
	type Finding,
} from '../../../source/courtesy/guard/index.js';
import {check} from './guard-fixtures.js';

describe('applySuggestion', () => {
	it('puts the suggestion in place of the span', () => {
		const text = "Hi Sarah, I don't know when it ships!!";
		const findings = check('en', text, {name: 'Sara'});
		expect(findings.map(finding => finding.check)).toEqual(['nameSpelling', 'negativePhrase', 'repeatedPunctuation']);
		expect(findings.map(finding => applySuggestion(text, finding))).toEqual([
			"Hi Sara, I don't know when it ships!!",
			'Hi Sarah, let me find out when it ships!!',
			"Hi Sarah, I don't know when it ships!",
		]);
	});

	it('leaves the text alone when the finding has no suggestion', () => {
		const text = 'No.';
		const [finding] = check('en', text);
		expect(applySuggestion(text, finding!)).toBe(text);
	});

	it('leaves the text alone when it was edited since the check', () => {
		const [finding] = check('en', "I don't know.");
		expect(applySuggestion("Well, I don't know.", finding!)).toBe("Well, I don't know.");
	});

	it('replaces the whole message for a message-wide suggestion', () => {
		const finding: Finding = {
			check: 'negativePhrase',
			rule: 'E6',
			severity: 'warn',
			span: {start: 0, end: 3},
			excerpt: 'No.',
			message: 'x',
			suggestion: {replacement: 'Not today, but tomorrow works.', scope: 'message'},
		};
		expect(applySuggestion('No.', finding)).toBe('Not today, but tomorrow works.');
	});

	it('applies every suggestion at once, skipping overlaps', () => {
		const text = "Hi Sarah, I don't know!! PLEASE WAIT A MOMENT";
		const findings = check('en', text, {name: 'Sara'});
		expect(applySuggestions(text, findings)).toBe('Hi Sara, let me find that out for you! Please wait a moment');
		const after = applySuggestions(text, findings);
		expect(
			checkMessage(after, {
				locale: 'en',
				customerName: 'Sara',
				customerEmojiSeen: new Set(),
				config: defaultGuardConfig,
			}),
		).toEqual([]);
	});
});

describe('summariseFindings', () => {
	it('is empty for no findings', () => {
		expect(summariseFindings([])).toBe('');
	});

	it('is the message itself for one finding', () => {
		const findings = check('en', 'Thanks!!');
		expect(summariseFindings(findings)).toBe('Repeated punctuation (E5): "!!", one mark is enough');
	});

	it('groups several findings by check, on one line', () => {
		const findings = check('en', "I don't know!! As I said, it's impossible 🙂");
		const line = summariseFindings(findings);
		expect(line).toBe(
			'5 notes: negative wording ×3 (E6) · repeated punctuation (E5) · emoji (E4) · 5 with a suggestion',
		);
		expect(line).not.toContain('\n');
	});
});
