// Server addresses as users type them, turned into the agent endpoint URL.
import {describe, expect, it} from 'vitest';
import {agentUrl} from '../../source/client/agent-url.js';

describe('agentUrl', () => {
	it.each([
		['ws://127.0.0.1:7000', 'ws://127.0.0.1:7000/agent'],
		['ws://127.0.0.1:7000/', 'ws://127.0.0.1:7000/agent'],
		['ws://127.0.0.1:7000/agent', 'ws://127.0.0.1:7000/agent'],
		['wss://desk.example/switchboard/agent', 'wss://desk.example/switchboard/agent'],
		['http://localhost:7000', 'ws://localhost:7000/agent'],
		['https://desk.example', 'wss://desk.example/agent'],
		['localhost:7000', 'ws://localhost:7000/agent'],
	])('%s -> %s', (input, expected) => {
		expect(agentUrl(input)).toBe(expected);
	});

	it('refuses other schemes', () => {
		expect(() => agentUrl('ftp://desk.example')).toThrow(/unsupported server address/);
	});
});
