// Runs the checker against a variant server (two agents, 1 s heartbeat) and closes it after each test.
import {afterEach} from 'vitest';
import {runChecks, type ConformanceReport} from '../../source/conformance/index.js';
import {startVariantServer, type VariantServer} from '../variant-server/variant-server.js';
import type {VariantOptions} from '../variant-server/variant-options.js';

/** Two agents, so the two-agent checks run too; the second is offline until the checker signs it in. */
const AGENTS = [
	{id: 'ag7', name: 'Vera Variant', token: 'variant-token', capacity: 6},
	{id: 'ag8', name: 'Otto Other', token: 'other-token', capacity: 6},
];

/** Registers the clean-up; returns the check to call in each test. */
export function variantChecker(): (options: VariantOptions) => Promise<ConformanceReport> {
	let server: VariantServer | undefined;
	afterEach(async () => {
		await server?.close();
		server = undefined;
	});
	return async options => {
		// A 1 s heartbeat, so the heartbeat and 4008 check runs in every variant.
		server = await startVariantServer({heartbeatMs: 1_000, agents: AGENTS, ...options});
		return runChecks({
			url: server.url,
			token: 'variant-token',
			secondToken: 'other-token',
			timeoutMs: 2_000,
			clientVersion: 'test',
		});
	};
}

/** Each failed check as "name: reason", for an expectation that prints what failed (any server). */
export const failures = (report: ConformanceReport): string[] =>
	report.results.filter(result => !result.ok).map(result => `${result.name}: ${result.reason}`);
