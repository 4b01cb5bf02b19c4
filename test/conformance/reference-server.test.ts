// The checker against the reference server: with every capability, and with most of them left out, every check passes.
// A 1 s heartbeat lets the heartbeat check run (it waits out 2 x heartbeat_ms) instead of being skipped.
import {afterEach, describe, expect, it} from 'vitest';
import {formatSummary, runChecks, type ConformanceReport} from '../../source/conformance/index.js';
import {startServer, type RunningServer} from '../../source/server/server.js';
import type {Capability} from '../../source/protocol/index.js';
import {failures} from './variant-check.js';

let server: RunningServer | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});

async function start(
	capabilities?: Capability[],
	heartbeatMs = 1_000,
	resumeWindowMs = 60_000,
): Promise<RunningServer> {
	return startServer({
		host: '127.0.0.1',
		port: 0,
		// Bob is the second agent of the two-agent checks: offline until the checker signs him in.
		agents: [
			{id: 'alex', name: 'Alex', token: 'alex-token', departments: [], capacity: 2},
			{id: 'bob', name: 'Bob', token: 'bob-token', departments: [], capacity: 2},
		],
		departments: [{id: 'tech', name: 'Technical'}],
		heartbeatMs,
		resumeWindowMs,
		offerTimeoutMs: 30_000,
		...(capabilities ? {capabilities} : {}),
		onError: error => {
			throw error;
		},
	});
}

/** One run of the checker against the running server, as Alex with Bob for the two-agent checks. */
function checkReference(options: {maxWaitMs?: number} = {}): Promise<ConformanceReport> {
	return runChecks({
		url: server!.url,
		token: 'alex-token',
		secondToken: 'bob-token',
		timeoutMs: 3_000,
		clientVersion: 'test',
		...options,
	});
}

describe('conformance against the reference server', () => {
	it('passes every check with all capabilities', async () => {
		server = await start();
		const report = await checkReference();
		expect(failures(report)).toEqual([]);
		// With a department and one agent, the transfer.failed path applies too: nothing is skipped.
		expect(report.skipped).toBe(0);
		const names = report.results.map(result => result.name);
		for (const capability of ['hold', 'transfer', 'sneak_peek', 'rating', 'canned', 'followup']) {
			expect(
				names.some(name => name.startsWith(`${capability} claimed`)),
				capability,
			).toBe(true);
		}
	});

	it('passes every check with only hold, the others answered unsupported', async () => {
		server = await start(['hold']);
		const report = await checkReference();
		expect(failures(report)).toEqual([]);
		expect(report.skipped).toBe(0);
		const names = report.results.map(result => result.name);
		expect(names.some(name => name.startsWith('hold claimed'))).toBe(true);
		for (const capability of ['transfer', 'sneak_peek', 'rating', 'canned', 'followup']) {
			expect(
				names.some(name => name.startsWith(`${capability} not claimed`)),
				capability,
			).toBe(true);
		}
	});

	it('passes with no capabilities and resume_window_ms 0, skipping only what cannot apply', async () => {
		server = await start([], 1_000, 0);
		const report = await checkReference();
		expect(failures(report)).toEqual([]);
		expect(report.results.filter(result => result.skipped).map(result => result.name)).toEqual([
			'resume after a dropped link -> resumed:true, exactly the missed events replayed in order',
			'customer resume after a dropped link -> the missed public messages replayed in order, no internal note',
			'replayed events keep their original seq, ts and payload (§5.4)',
			'resume from below an acknowledged seq -> resume_expired, never a shorter replay (§5.4)',
		]);
		const names = report.results.map(result => result.name);
		for (const capability of ['hold', 'transfer', 'sneak_peek', 'rating', 'canned', 'followup']) {
			expect(
				names.some(name => name.startsWith(`${capability} not claimed`)),
				capability,
			).toBe(true);
		}
	});

	it('passes twice in a row against the same server (it cleans up its chats)', async () => {
		server = await start(undefined, 15_000);
		for (let run = 0; run < 2; run++) {
			// The 15 s heartbeat is not waited out here (maxWaitMs 0): the run is then not fully checked, never "compatible".
			const report = await checkReference({maxWaitMs: 0});
			expect(failures(report)).toEqual([]);
			expect(report.incomplete).toBe(1);
			expect(formatSummary(report)).toMatch(/not fully checked: 1 check could not run here/);
			expect(formatSummary(report)).not.toMatch(/compatible with/);
		}
	});
});
