// E5: "!!", "???", "?!?!" (and their fullwidth forms) read as shouting or impatience; one mark is enough. "..." is fine.
import type {Finding} from '../finding.js';
import {quote} from './quote.js';

const RUN = /[!?！？‼⁇⁈⁉]+/gu;
const BANGS: Readonly<Record<string, number>> = {'!': 1, '！': 1, '‼': 2, '⁈': 1, '⁉': 1};
const QUESTIONS: Readonly<Record<string, number>> = {'?': 1, '？': 1, '⁇': 2, '⁈': 1, '⁉': 1};

export function repeatedPunctuationFindings(text: string): Finding[] {
	const findings: Finding[] = [];
	for (const match of text.matchAll(RUN)) {
		const marks = [...match[0]];
		const bangs = marks.reduce((sum, mark) => sum + (BANGS[mark] ?? 0), 0);
		const questions = marks.reduce((sum, mark) => sum + (QUESTIONS[mark] ?? 0), 0);
		if (bangs < 2 && questions < 2) continue;
		const fullwidth = marks.some(mark => mark === '！' || mark === '？');
		const replacement = questions > 0 ? (fullwidth ? '？' : '?') : fullwidth ? '！' : '!';
		const start = match.index;
		findings.push({
			check: 'repeatedPunctuation',
			rule: 'E5',
			severity: 'warn',
			span: {start, end: start + match[0].length},
			excerpt: match[0],
			message: `Repeated punctuation (E5): ${quote(match[0])}, one mark is enough`,
			suggestion: {replacement, scope: 'span'},
		});
	}
	return findings;
}
