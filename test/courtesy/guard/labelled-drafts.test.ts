// Issue 12: the guard's precision and recall on the labelled drafts (drafts/*.yaml) stay above their floors.
// The tuning part (the first set's tuning drafts, and the fresh batches once first scored and tuned on) meets the
// issue's target of 0.97; the held-out part (every 4th draft of the first set, never used to tune the guard) is held to
// what it reached, which is below the target: see docs/guard.md.
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
 * What the final batch (drafts/final/, written after all tuning, scored once) reached: no false alarm, and two in six
 * flagged drafts caught (three in Chinese). Far below the target: see docs/guard.md.
 */
const UNSEEN = {precision: 1, recall: 0.33, overallPrecision: 1, overallRecall: 0.36};

describe('labelled guard drafts (issue 12)', () => {
	for (const locale of LANGUAGES) {
		describe(locale, () => {
			const drafts = of(locale);

			it('has at least 40 realistic drafts, half to flag and half clean', () => {
				const first = drafts.filter(outcome => outcome.draft.batch === 'first');
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

			it('stays above the unseen floor', () => {
				const {precision, recall} = score(inPart(drafts, 'unseen'));
				expect(precision).toBeGreaterThanOrEqual(UNSEEN.precision);
				expect(recall).toBeGreaterThanOrEqual(UNSEEN.recall);
			});

			it('has a third fresh batch of at least 30 drafts, half to flag', () => {
				const third = drafts.filter(outcome => outcome.draft.batch === 'fresh-3');
				expect(third.length).toBeGreaterThanOrEqual(30);
				expect(third.filter(outcome => outcome.draft.expect !== 'clean').length).toBe(third.length / 2);
			});
		});
	}

	it('stays above the overall held-out floor', () => {
		const {precision, recall} = score(inPart(outcomes, 'held-out'));
		expect(precision).toBeGreaterThanOrEqual(HELD_OUT.overallPrecision);
		expect(recall).toBeGreaterThanOrEqual(HELD_OUT.overallRecall);
	});

	it('stays above the overall unseen floor', () => {
		const {precision, recall} = score(inPart(outcomes, 'unseen'));
		expect(precision).toBeGreaterThanOrEqual(UNSEEN.overallPrecision);
		expect(recall).toBeGreaterThanOrEqual(UNSEEN.overallRecall);
	});

	it('covers every rule the guard has a check for, in every language', () => {
		for (const locale of LANGUAGES) {
			const rules = new Set(of(locale).map(outcome => outcome.draft.expect));
			expect([...rules].sort()).toEqual(['E29', 'E3', 'E4', 'E5', 'E6', 'E7', 'clean']);
		}
	});
});
