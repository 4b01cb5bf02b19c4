// Issue 12: the guard's precision and recall on the labelled drafts (drafts/*.yaml) stay above their floors.
// The tuning part meets the target of 0.97; the held-out part (every 4th draft, never used to tune the
// guard) and the fresh drafts (drafts/fresh/ and fresh-2/, written after tuning) are held to what they reached when first
// scored, which is below the target: see docs/guard.md.
import {describe, expect, it} from 'vitest';
import {LANGUAGES} from '../../../source/courtesy/languages.js';
import {inPart, loadLabelledDrafts, outcomeOf, score, type Outcome} from '../../../bench/guard/labelled-drafts.js';

const outcomes = loadLabelledDrafts().map(outcomeOf);
const of = (locale: string): Outcome[] => outcomes.filter(outcome => outcome.draft.locale === locale);

/** The target, met on the drafts the guard was tuned on. */
const TARGET = 0.97;
/** What the held-out drafts reached (one miss in six per language; one false alarm in English). */
const HELD_OUT = {precision: 0.83, recall: 0.83, overallPrecision: 0.96, overallRecall: 0.83};
/**
 * What the fresh drafts (drafts/fresh/ and drafts/fresh-2/, 20 per language) reached: phrasings nobody listed are
 * missed (nb and fi catch 3 of 10), and the second batch's everyday "never" and "not" draw false alarms.
 */
const FRESH = {precision: 0.75, recall: 0.3, overallPrecision: 0.87, overallRecall: 0.46};

describe('labelled guard drafts (issue 12)', () => {
	for (const locale of LANGUAGES) {
		describe(locale, () => {
			const drafts = of(locale);

			it('has at least 40 realistic drafts, half to flag and half clean', () => {
				const first = drafts.filter(outcome => outcome.draft.part !== 'fresh');
				expect(first.length).toBeGreaterThanOrEqual(40);
				const flagged = first.filter(outcome => outcome.draft.expect !== 'clean').length;
				expect(flagged).toBe(first.length / 2);
			});

			it(`meets the target of ${TARGET} on the tuning part`, () => {
				const {precision, recall} = score(inPart(drafts, 'tuning'));
				expect(precision).toBeGreaterThanOrEqual(TARGET);
				expect(recall).toBeGreaterThanOrEqual(TARGET);
			});

			it('stays above the held-out floor', () => {
				const {precision, recall} = score(inPart(drafts, 'held-out'));
				expect(precision).toBeGreaterThanOrEqual(HELD_OUT.precision);
				expect(recall).toBeGreaterThanOrEqual(HELD_OUT.recall);
			});

			it('stays above the fresh floor', () => {
				const {precision, recall} = score(inPart(drafts, 'fresh'));
				expect(precision).toBeGreaterThanOrEqual(FRESH.precision);
				expect(recall).toBeGreaterThanOrEqual(FRESH.recall);
			});
		});
	}

	it('stays above the overall held-out floor', () => {
		const {precision, recall} = score(inPart(outcomes, 'held-out'));
		expect(precision).toBeGreaterThanOrEqual(HELD_OUT.overallPrecision);
		expect(recall).toBeGreaterThanOrEqual(HELD_OUT.overallRecall);
	});

	it('stays above the overall fresh floor', () => {
		const {precision, recall} = score(inPart(outcomes, 'fresh'));
		expect(precision).toBeGreaterThanOrEqual(FRESH.overallPrecision);
		expect(recall).toBeGreaterThanOrEqual(FRESH.overallRecall);
	});

	it('covers every rule the guard has a check for, in every language', () => {
		for (const locale of LANGUAGES) {
			const rules = new Set(of(locale).map(outcome => outcome.draft.expect));
			expect([...rules].sort()).toEqual(['E3', 'E4', 'E5', 'E6', 'E7', 'clean']);
		}
	});
});
