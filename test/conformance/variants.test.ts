// The checker is fair: legal server variants the reference server never shows pass it (test/variant-server).
import {describe, expect, it} from 'vitest';
import {formatSummary} from '../../source/conformance/index.js';
import type {VariantOptions} from '../variant-server/variant-options.js';
import {failures, variantChecker} from './variant-check.js';

const check = variantChecker();

describe('legal variants pass the checker', () => {
	it.each<[string, VariantOptions]>([
		['assignment without an offer', {assignWithoutOffer: true}],
		['history pages of 3', {historyPage: 3}],
		['max_text_chars 100', {maxTextChars: 100}],
		['short ids', {idStyle: 'short'}],
		['numeric ids', {idStyle: 'numeric'}],
		['JSON-escaped ids', {idStyle: 'escaped'}],
		['a clock 2 minutes off', {clockOffsetMs: -120_000}],
		['no optional capabilities', {capabilities: []}],
	])('%s', async (_name, options) => {
		const report = await check(options);
		expect(failures(report)).toEqual([]);
		expect(report.incomplete).toBe(0);
		expect(formatSummary(report)).toMatch(/compatible with protocol v1/);
	});

	it('all of them at once, with hold, rating and transfer claimed', async () => {
		const report = await check({
			assignWithoutOffer: true,
			historyPage: 3,
			maxTextChars: 100,
			idStyle: 'escaped',
			clockOffsetMs: 120_000,
			capabilities: ['hold', 'rating', 'transfer'],
		});
		expect(failures(report)).toEqual([]);
		// Only the checks about offers cannot apply to a server that never offers.
		expect(report.results.filter(result => result.skipped).map(result => result.name)).toEqual([
			'a pending offer is in the snapshot of a fresh login (§4.2)',
			'two agents: a declined chat reaches an agent again (§16)',
			'offer.decline -> agent offer.revoked {reason: declined}',
			'customer leaves a chat only offered -> agent offer.revoked {reason: customer_left}',
		]);
	});
});
