// The checker is fair: legal server variants the reference server never shows pass it (test/variant-server).
import {afterEach, describe, expect, it} from 'vitest';
import {formatSummary, runChecks, type ConformanceReport} from '../../source/conformance/index.js';
import {startVariantServer, type VariantServer} from '../variant-server/variant-server.js';
import type {VariantOptions} from '../variant-server/variant-options.js';

let server: VariantServer | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});

async function check(options: VariantOptions): Promise<ConformanceReport> {
	// A 1 s heartbeat, so the heartbeat and 4008 check runs in every variant.
	server = await startVariantServer({heartbeatMs: 1_000, ...options});
	return runChecks({url: server.url, token: 'variant-token', timeoutMs: 2_000, clientVersion: 'test'});
}

const failures = (report: ConformanceReport) =>
	report.results.filter(result => !result.ok).map(result => `${result.name}: ${result.reason}`);

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

	it('all of them at once, with hold and rating claimed', async () => {
		const report = await check({
			assignWithoutOffer: true,
			historyPage: 3,
			maxTextChars: 100,
			idStyle: 'escaped',
			clockOffsetMs: 120_000,
			capabilities: ['hold', 'rating'],
		});
		expect(failures(report)).toEqual([]);
		// Only the checks about offers cannot apply to a server that never offers.
		expect(report.results.filter(result => result.skipped).map(result => result.name)).toEqual([
			'offer.decline -> agent offer.revoked {reason: declined}',
			'customer leaves a chat only offered -> agent offer.revoked {reason: customer_left}',
		]);
	});
});

describe('a broken variant fails the right check', () => {
	it('offers that expire before they are made', async () => {
		const report = await check({fault: 'offer-already-expired'});
		// Caught where the offer arrives (§6.1), not by racing the revocation that follows at once.
		expect(failures(report).join('\n')).toMatch(/expected the offer to expire after it was sent/);
	});
});
