// One connection attempt to an endpoint (agent or customer): its socket, how far its handshake got, its watchdog.
import WebSocket from 'ws';
import {AGENT_SUBPROTOCOL, CloseCode, type ClientFrame, type EvtFrame, type HelloFrame} from '../protocol/index.js';
import type {BackoffOptions} from './backoff.js';
import {HeartbeatWatchdog} from './heartbeat-watchdog.js';

/** Timing of a connection, shared by the agent and the customer client. */
export type ConnectionOptions = {
	/** Clock for `at` fields and due times; default Date.now. */
	now?: () => number;
	backoff?: Partial<BackoffOptions>;
	/** Ack at least this often while events are unacked (default 1000); also after every 100 events. */
	ackIntervalMs?: number;
	/** Deadline for requests (other than sends) and for the handshake (default 15,000). */
	requestTimeoutMs?: number;
};

/** ws closes with 1009 above this; the reference server's own hard cap is the same. */
const MAX_INBOUND_BYTES = 1024 * 1024;

export type Link = {
	readonly socket: WebSocket;
	/** hello: waiting for the server's hello; auth: waiting for the auth res; ready: logged in. */
	phase: 'hello' | 'auth' | 'ready';
	/** The WebSocket upgrade succeeded (so a close is a lost link, not a failed connect). */
	opened: boolean;
	/** The client is done with this link; late socket events are ignored. */
	ended: boolean;
	readonly watchdog: HeartbeatWatchdog;
	hello: HelloFrame | null;
	/** The session this link's auth asked to resume; null for a fresh login. */
	resumeFrom: string | null;
	/** Sequenced events that came before the auth res (a server should not do that, but nothing is lost). */
	readonly early: EvtFrame[];
	lastError: string | null;
};

export type LinkListener = {
	/** A text frame (as a string) or a binary one (as a Buffer, which decoding refuses). */
	onFrame: (link: Link, raw: unknown) => void;
	onClose: (link: Link, code: number, reason: string) => void;
	/** The server has been quiet for a while: time to ask for a sign of life. */
	onQuiet: (link: Link) => void;
	/** The server has been silent past the deadline. */
	onSilence: (link: Link) => void;
};

/**
 * Opens the socket; until hello brings the real heartbeat, the server gets handshakeTimeoutMs to say hello.
 * The customer client uses the same link on its own subprotocol (its phase 'auth' is "join or resume sent").
 */
export function openLink(
	url: string,
	handshakeTimeoutMs: number,
	listener: LinkListener,
	subprotocol: string = AGENT_SUBPROTOCOL,
): Link {
	const socket = new WebSocket(url, subprotocol, {handshakeTimeout: handshakeTimeoutMs, maxPayload: MAX_INBOUND_BYTES});
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

export function sendFrame(link: Link | null, frame: ClientFrame): boolean {
	if (!link || link.ended || link.socket.readyState !== WebSocket.OPEN) return false;
	try {
		link.socket.send(JSON.stringify(frame));
		return true;
	} catch {
		return false;
	}
}

/** Marks the link ended and closes its socket: politely when the agent (or customer) leaves, abruptly when the link is bad. */
export function endLinkSocket(link: Link, graceful: boolean, reason = 'agent signed off'): void {
	link.ended = true;
	link.watchdog.stop();
	const socket = link.socket;
	if (socket.readyState === WebSocket.CLOSED) return;
	if (graceful && socket.readyState === WebSocket.OPEN) socket.close(CloseCode.normal, reason);
	else socket.terminate();
}

/** Resolves once the socket is closed, or after graceMs at the latest, when it is cut. */
export async function socketClosed(link: Link, graceMs: number): Promise<void> {
	const socket = link.socket;
	if (socket.readyState === WebSocket.CLOSED) return;
	let timer: NodeJS.Timeout | undefined;
	await new Promise<void>(resolve => {
		socket.once('close', () => resolve());
		timer = setTimeout(resolve, graceMs);
	});
	clearTimeout(timer);
	// readyState changed while we waited (TypeScript's narrowing cannot know that).
	if ((socket.readyState as number) !== WebSocket.CLOSED) socket.terminate();
}

function rawText(data: WebSocket.RawData): string {
	if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
	if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
	return data.toString('utf8');
}

/** What comes after a link ends: resume the session after a backoff, log in afresh at once, or stop for good. */
export type LinkEnd =
	/** minDelayMs: the close code asks for at least this long a wait (4429). */
	| {kind: 'resume'; reason: string; minDelayMs?: number}
	| {kind: 'fresh'; reason: string}
	| {kind: 'stop'; reason: string; code: number | null};
