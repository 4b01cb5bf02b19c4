// The checker against deliberately broken servers: the right checks fail, with reasons that say what came.
import {afterEach, describe, expect, it} from 'vitest';
import {waitFor} from '../helpers/wait-for.js';
import {formatSummary, runChecks, type CheckResult, type ConformanceReport} from '../../source/conformance/index.js';
import {startFakeServer, validHello, type FakeServer} from './fake-server.js';

const TIMEOUT_MS = 500;

let fake: FakeServer | undefined;
afterEach(async () => {
	await fake?.close();
	fake = undefined;
});

function result(report: ConformanceReport, prefix: string): CheckResult {
	const found = report.results.find(candidate => candidate.name.startsWith(prefix));
	if (!found)
		throw new Error(
			`no check named "${prefix}..."; have ${report.results.map(candidate => candidate.name).join(' | ')}`,
		);
	return found;
}

describe('conformance against a non-conforming server', () => {
	it('fails the hello check when the hello names another protocol', async () => {
		fake = await startFakeServer({hello: {...validHello(), protocol: 'switchboard.v0'}});
		const report = await runChecks({url: fake.url, token: 't', timeoutMs: TIMEOUT_MS, clientVersion: 'test'});
		expect(report.ok).toBe(false);
		const hello = result(report, 'hello:');
		expect(hello.ok).toBe(false);
		expect(hello.reason).toMatch(/first frame is not a valid hello/);
		expect(hello.reason).toMatch(/switchboard\.v0/);
		expect(result(report, 'fresh auth').ok).toBe(false);
		// Checks that do not depend on the hello still run and pass.
		expect(result(report, 'unknown path refused').ok).toBe(true);
		expect(result(report, 'every frame from the server valid').ok).toBe(false);
	});

	it('fails the bad-frame checks when bad frames get no answer, and passes the rest of the handshake', async () => {
		fake = await startFakeServer({answerBadFrames: false});
		const report = await runChecks({url: fake.url, token: 't', timeoutMs: TIMEOUT_MS, clientVersion: 'test'});
		expect(report.ok).toBe(false);
		for (const prefix of [
			'hello:',
			'subprotocol switchboard.v1',
			'unknown path',
			'op before auth',
			'bad token',
			'fresh auth',
			'ping',
		]) {
			expect(result(report, prefix), prefix).toMatchObject({ok: true});
		}
		for (const prefix of ['not JSON', 'binary frame', 'unknown op', 'invalid payload', 'oversized frame']) {
			const check = result(report, prefix);
			expect(check.ok, prefix).toBe(false);
			expect(check.reason, prefix).toMatch(/within 500 ms; nothing came/);
		}
		// No customer endpoint at all: the customer checks fail with the refused upgrade.
		expect(result(report, 'no subprotocol offered').reason).toMatch(
			/^customer \(no subprotocol\): upgrade .* refused with HTTP 404$/,
		);
		const offer = result(report, 'customer join');
		expect(offer.ok).toBe(false);
		expect(offer.reason).toMatch(/HTTP 404/);
		// Capabilities not claimed: the fake answers unsupported, so these pass.
		expect(result(report, 'canned not claimed').ok).toBe(true);
		expect(result(report, 'every frame from the server valid').ok).toBe(true);
	});

	it('passes the bad-frame checks when the fake answers them', async () => {
		fake = await startFakeServer();
		const report = await runChecks({url: fake.url, token: 't', timeoutMs: TIMEOUT_MS, clientVersion: 'test'});
		for (const prefix of ['not JSON', 'binary frame', 'unknown op', 'invalid payload', 'oversized frame']) {
			expect(result(report, prefix), prefix).toMatchObject({ok: true});
		}
	});

	it('fails a check when the server sends an invalid frame during it', async () => {
		// A hello missing its limits does not validate against the schema.
		const {limits: _limits, ...hello} = validHello();
		fake = await startFakeServer({hello});
		const report = await runChecks({url: fake.url, token: 't', timeoutMs: TIMEOUT_MS, clientVersion: 'test'});
		const check = result(report, 'hello:');
		expect(check.ok).toBe(false);
		expect(check.reason).toMatch(/limits/);
	});

	it('fails every check by its deadline against a server that never says anything, and closes every socket', async () => {
		fake = await startFakeServer({silent: true});
		const started = Date.now();
		const report = await runChecks({
			url: fake.url,
			token: 't',
			secondToken: 't2',
			timeoutMs: 100,
			clientVersion: 'test',
		});
		// Only what needs no frame from the server can pass.
		expect(report.results.filter(check => check.ok).map(check => check.name)).toEqual([
			'subprotocol switchboard.v1 negotiated on /agent',
			'unknown path refused with HTTP 404',
		]);
		expect(result(report, 'hello:').reason).toMatch(/expected a hello as the first frame within 100 ms; nothing came/);
		// Each check gives up after one wait of 100 ms (or less): the run is bounded by the checks, not by the server.
		expect(Date.now() - started).toBeLessThan(report.results.length * 400 + 5_000);
		await waitFor(() => fake!.openConnections() === 0, {message: 'the checker to close its sockets'});
	});

	it('stops with one line when nothing listens', async () => {
		const report = await runChecks({url: 'ws://127.0.0.1:9', token: 't', timeoutMs: TIMEOUT_MS, clientVersion: 'test'});
		expect(report.ok).toBe(false);
		expect(report.results).toHaveLength(1);
		expect(report.stopped).toMatch(/^the server cannot be reached: .*cannot connect/);
		expect(formatSummary(report)).toMatch(/^stopped: the server cannot be reached/);
	});

	it('stops with one line when the server refuses the token', async () => {
		fake = await startFakeServer({});
		const report = await runChecks({url: fake.url, token: 'wrong', timeoutMs: TIMEOUT_MS, clientVersion: 'test'});
		expect(report.results).toHaveLength(1);
		expect(formatSummary(report)).toBe('stopped: the server refused the token (bad_token): check --token');
	});
});
