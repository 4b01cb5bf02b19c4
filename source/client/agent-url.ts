// Turns what a user types as the server address into the agent endpoint's WebSocket URL.
import {AGENT_PATH} from '../protocol/index.js';

/**
 * Accepts ws(s)://host:port, ws(s)://host:port/agent, and http(s):// forms of both (people paste the
 * address of the web widget). A bare host:port gets ws://. The agent path is added when no path is given.
 */
export function agentUrl(address: string): string {
	const trimmed = address.trim();
	const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `ws://${trimmed}`;
	const url = new URL(withScheme);
	if (url.protocol === 'http:') url.protocol = 'ws:';
	else if (url.protocol === 'https:') url.protocol = 'wss:';
	if (url.protocol !== 'ws:' && url.protocol !== 'wss:') {
		throw new Error(`unsupported server address "${address}": expected ws://host:port or wss://host:port`);
	}
	if (url.pathname === '' || url.pathname === '/') url.pathname = AGENT_PATH;
	return url.toString();
}
