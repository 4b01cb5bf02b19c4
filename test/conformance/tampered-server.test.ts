// The checker against the reference server behind a proxy that injects one protocol fault: the check for that rule fails.
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {runChecks, type ConformanceReport} from '../../source/conformance/index.js';
import {startServer, type RunningServer} from '../../source/server/server.js';
import {startTamperProxy, type Tamper, type TamperProxy} from './tamper-proxy.js';

let server: RunningServer;
let proxy: TamperProxy | undefined;

beforeEach(async () => {
	server = await startServer({
		host: '127.0.0.1',
		port: 0,
		agents: [{id: 'alex', name: 'Alex', token: 'alex-token', departments: [], capacity: 2}],
		heartbeatMs: 15_000,
		resumeWindowMs: 60_000,
		offerTimeoutMs: 30_000,
	});
});

afterEach(async () => {
	await proxy?.close();
	proxy = undefined;
	await server.close();
});

async function runTampered(tamper: Tamper): Promise<ConformanceReport> {
	proxy = await startTamperProxy(server.url, tamper);
	// The 15 s heartbeat is left unchecked (maxWaitMs 0): these runs are about the tampering.
	return runChecks({url: proxy.url, token: 'alex-token', timeoutMs: 1_000, maxWaitMs: 0, clientVersion: 'test'});
}

function reasonOf(report: ConformanceReport, prefix: string): string | undefined {
	const found = report.results.find(result => result.name.startsWith(prefix));
	if (!found) throw new Error(`no check named "${prefix}..."`);
	return found.ok ? undefined : found.reason;
}

type Json = Record<string, any>;

describe('conformance against a tampered reference server', () => {
	it('passes through an honest proxy', async () => {
		const report = await runTampered({});
		expect(report.results.filter(result => !result.ok)).toEqual([]);
	});

	it('catches a gap in the agent seq', async () => {
		const report = await runTampered({
			toClient(text, link) {
				const frame = JSON.parse(text) as Json;
				if (link.endpoint === 'agent' && frame.type === 'evt' && frame.seq >= 3) frame.seq += 1;
				return [JSON.stringify(frame)];
			},
		});
		expect(reasonOf(report, 'seq rises by 1')).toMatch(/expected seq 3 after 2 .*got 4/);
		expect(reasonOf(report, 'ping')).toBeUndefined();
	});

	it('catches an internal note reaching the customer', async () => {
		const report = await runTampered({
			toClient(text, link, tamperProxy) {
				const frame = JSON.parse(text) as Json;
				if (
					link.endpoint === 'agent' &&
					frame.type === 'evt' &&
					frame.event === 'message.created' &&
					frame.payload.message.visibility === 'internal'
				) {
					const leak = JSON.stringify({type: 'evt', event: 'message.created', ts: frame.ts, payload: frame.payload});
					for (const other of tamperProxy.links) if (other.endpoint === 'customer') other.client.send(leak);
				}
				return [text];
			},
		});
		expect(reasonOf(report, 'internal note never reaches the customer')).toMatch(
			/the customer received the internal note/,
		);
		expect(reasonOf(report, 'agent public message')).toBeUndefined();
	});

	it('catches a close code other than 4001 after bad_token', async () => {
		const report = await runTampered({closeCode: code => (code === 4001 ? 1000 : code)});
		expect(reasonOf(report, 'bad token')).toMatch(/expected close 4001 after bad_token, got code 1000/);
		expect(reasonOf(report, 'fresh auth')).toBeUndefined();
	});

	it('catches a message.created delivered twice', async () => {
		const report = await runTampered({
			toClient(text, link) {
				const frame = JSON.parse(text) as Json;
				return link.endpoint === 'agent' && frame.type === 'evt' && frame.event === 'message.created'
					? [text, text]
					: [text];
			},
		});
		expect(reasonOf(report, 'agent message.send dedup')).toMatch(
			/expected one message.created for .* at the agent, got 2/,
		);
		expect(reasonOf(report, 'seq rises by 1')).toMatch(/expected seq/);
	});

	it('catches a res whose payload does not match its op, and charges it to the check it came in', async () => {
		const report = await runTampered({
			toClient(text) {
				const frame = JSON.parse(text) as Json;
				if (frame.type === 'res' && frame.ok && Array.isArray(frame.payload.canned))
					frame.payload.canned = [{title: 42}];
				return [JSON.stringify(frame)];
			},
		});
		expect(reasonOf(report, 'canned claimed')).toMatch(/canned\.list/);
		expect(reasonOf(report, 'every frame from the server valid')).toMatch(/1 invalid frame/);
		expect(reasonOf(report, 'followup claimed')).toBeUndefined();
	});

	it('catches a pong with another id', async () => {
		const report = await runTampered({
			toClient(text) {
				const frame = JSON.parse(text) as Json;
				return [
					frame.type === 'pong' && String(frame.id).startsWith('conformance-ping')
						? JSON.stringify({type: 'pong', id: 'other'})
						: text,
				];
			},
		});
		expect(reasonOf(report, 'ping')).toMatch(/expected pong with id conformance-ping-\d+, got pong other/);
	});

	it('catches a resume that leaves out a missed event', async () => {
		let dropped = false;
		const report = await runTampered({
			toClient(text, link) {
				const frame = JSON.parse(text) as Json;
				const missed =
					link.endpoint === 'agent' &&
					frame.type === 'evt' &&
					frame.event === 'message.created' &&
					frame.payload.message.text === 'Are you still there? (1)';
				if (missed && !dropped) {
					dropped = true;
					return [];
				}
				return [text];
			},
		});
		expect(reasonOf(report, 'resume after a dropped link')).toMatch(
			/expected message.created for message \S+ \(replayed after resume\) within 1000 ms/,
		);
	});
});
