// The customer endpoint's address: a bare ws://host:port gets the customer path, as agentUrl gives the agent's.
import {CUSTOMER_PATH} from '../protocol/index.js';
import {agentUrl} from './agent-url.js';

/** Like agentUrl, but a bare ws://host:port gets the customer path (a widget is given the server's address). */
export function customerUrl(address: string): string {
	// agentUrl checks the scheme and adds the agent path to a bare address; a bare address gets ours instead.
	const url = new URL(agentUrl(address));
	const trimmed = address.trim();
	const given = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `ws://${trimmed}`);
	if (given.pathname === '' || given.pathname === '/') url.pathname = CUSTOMER_PATH;
	return url.toString();
}
