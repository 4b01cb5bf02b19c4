// Unit tests of the checker's pure parts: endpoint URLs and the printed lines.
import {describe, expect, it} from 'vitest';
import {endpointUrls, formatResult, formatSummary} from '../../source/conformance/index.js';

describe('endpointUrls', () => {
	it('adds /agent and /customer to the server URL', () => {
		expect(endpointUrls('ws://127.0.0.1:7420')).toEqual({
			agentUrl: 'ws://127.0.0.1:7420/agent',
			customerUrl: 'ws://127.0.0.1:7420/customer',
		});
	});

	it('keeps a base path and tolerates a trailing /agent or slash', () => {
		expect(endpointUrls('wss://chat.example.com/desk/agent')).toEqual({
			agentUrl: 'wss://chat.example.com/desk/agent',
			customerUrl: 'wss://chat.example.com/desk/customer',
		});
		expect(endpointUrls('ws://h:1/')).toEqual({agentUrl: 'ws://h:1/agent', customerUrl: 'ws://h:1/customer'});
	});
});

describe('formatResult and formatSummary', () => {
	it('prints pass on one line, fail and skip with the reason indented below', () => {
		expect(formatResult({name: 'ping', ok: true, ms: 1})).toBe('pass  ping');
		expect(formatResult({name: 'ping', ok: false, reason: 'expected pong', ms: 1})).toBe(
			'fail  ping\n      expected pong',
		);
		expect(formatResult({name: 'x', ok: true, skipped: 'no departments', ms: 1})).toBe('skip  x\n      no departments');
	});

	it('counts passes, failures and skips', () => {
		const results = [
			{name: 'a', ok: true, ms: 0},
			{name: 'b', ok: false, reason: 'r', ms: 0},
			{name: 'c', ok: true, skipped: 's', ms: 0},
		];
		expect(formatSummary({results, passed: 1, failed: 1, skipped: 1, ok: false, incomplete: 0})).toBe(
			'3 checks: 1 passed, 1 failed, 1 skipped',
		);
		expect(
			formatSummary({results: results.slice(0, 1), passed: 1, failed: 0, skipped: 0, ok: true, incomplete: 0}),
		).toBe('1 checks: 1 passed, 0 failed (compatible with protocol v1)');
	});

	it('a run with a check that could not run is not fully checked, never compatible', () => {
		const results = [
			{name: 'a', ok: true, ms: 0},
			{name: 'heartbeat', ok: true, skipped: 'wait too long', incomplete: true as const, ms: 0},
		];
		expect(formatResult(results[1]!)).toBe('unchecked  heartbeat\n      wait too long');
		expect(formatSummary({results, passed: 1, failed: 0, skipped: 1, ok: true, incomplete: 1})).toBe(
			'2 checks: 1 passed, 0 failed, 1 skipped (not fully checked: 1 check could not run here, so not shown compatible)',
		);
	});
});
