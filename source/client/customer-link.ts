// The customer endpoint's link: the agent link's machinery (phases, watchdog, early events) on the customer subprotocol.
import {CUSTOMER_PATH, CUSTOMER_SUBPROTOCOL} from '../protocol/index.js';
import {agentUrl} from './agent-url.js';
import {openLink, type Link, type LinkListener} from './link.js';

/**
 * Opens the socket. The Link is the agent link's own, so sendFrame, endLinkSocket and socketClosed from link.ts
 * work on it unchanged. On a customer link, phase 'auth' means "join or resume sent", and resumeFrom holds the
 * resume token in use.
 */
export function openCustomerLink(url: string, handshakeTimeoutMs: number, listener: LinkListener): Link {
	return openLink(url, handshakeTimeoutMs, listener, CUSTOMER_SUBPROTOCOL);
}
/** Like agentUrl, but a bare ws://host:port gets the customer path (a widget is given the server's address). */
export function customerUrl(address: string): string {
	// agentUrl checks the scheme and adds the agent path to a bare address; a bare address gets ours instead.
	const url = new URL(agentUrl(address));
	const trimmed = address.trim();
	const given = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `ws://${trimmed}`);
	if (given.pathname === '' || given.pathname === '/') url.pathname = CUSTOMER_PATH;
	return url.toString();
}
