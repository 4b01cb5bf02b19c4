// One connection attempt to the customer endpoint: the agent link's machinery (phases, watchdog, early events) on the customer subprotocol.
import WebSocket from 'ws';
import {CUSTOMER_PATH, CUSTOMER_SUBPROTOCOL} from '../protocol/index.js';
import {agentUrl} from './agent-url.js';
import {HeartbeatWatchdog} from './heartbeat-watchdog.js';
import type {Link, LinkListener} from './link.js';

/** Same cap as the agent link: a server frame may be up to 1 MiB. */
const MAX_INBOUND_BYTES = 1024 * 1024;

/**
 * Opens the socket. The Link it returns is the agent link's own type, so sendFrame, endLinkSocket and socketClosed
 * from link.ts work on it unchanged; only the subprotocol differs (openLink has no parameter for it yet).
 * On a customer link, phase 'auth' means "join or resume sent", and resumeFrom holds the resume token in use.
 */
export function openCustomerLink(url: string, handshakeTimeoutMs: number, listener: LinkListener): Link {
	const socket = new WebSocket(url, CUSTOMER_SUBPROTOCOL, {handshakeTimeout: handshakeTimeoutMs, maxPayload: MAX_INBOUND_BYTES});
	const link: Link = {
		socket,
		phase: 'hello',
		opened: false,
		ended: false,
		hello: null,
		resumeFrom: null,
		early: [],
		lastError: null,
		watchdog: new HeartbeatWatchdog({onQuiet: () => listener.onQuiet(link), onSilence: () => listener.onSilence(link)}),
	};
	socket.on('open', () => {
		link.opened = true;
		link.watchdog.arm(handshakeTimeoutMs);
	});
	socket.on('message', (data, isBinary) => listener.onFrame(link, isBinary ? data : rawText(data)));
	socket.on('error', error => {
		link.lastError = error.message;
	});
	socket.on('close', (code, reason) => listener.onClose(link, code, reason.toString('utf8')));
	return link;
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

function rawText(data: WebSocket.RawData): string {
	if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
	if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
	return data.toString('utf8');
}
