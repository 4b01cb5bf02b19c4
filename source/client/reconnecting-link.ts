// The link both clients keep up: connect, watch the heartbeat, read close codes, back off, reconnect, stop.
import type {ClientFrame} from '../protocol/index.js';
import {backoffDelay, type BackoffOptions} from './backoff.js';
import {describeClose} from './close-reason.js';
import {EventSequence} from './event-sequence.js';
import {endLinkSocket, openLink, sendFrame, socketClosed, type Link, type LinkEnd} from './link.js';
import {PendingRequests, type RequestOutcome} from './pending-requests.js';
import {RequestError} from './request-error.js';

/** How long stop() waits for the server to complete the closing handshake before cutting the socket. */
const CLOSE_GRACE_MS = 1_000;

/** The statuses the link itself sets; "connected" and "stopped" are the owner's, which knows its session. */
export type LinkProgress =
	| {state: 'connecting'; attempt: number}
	/** retryAt: epoch ms of the next attempt, so a UI can count down. */
	| {state: 'reconnecting'; attempt: number; retryAt: number; reason: string};

/** What differs between the agent and the customer client: their frames, their close codes, their clean-up. */
export type LinkOwner = {
	/** A frame on the current link (already counted as a sign of life). */
	onFrame: (link: Link, raw: unknown) => void;
	/** What a close code means for this endpoint; `description` is the close in words (describeClose). */
	closeEnd: (code: number, description: string) => LinkEnd;
	/** The link ended, its requests failed: put back what was in flight, stop the owner's own timers. */
	onLinkEnded: () => void;
	/** A 'fresh' end: true when the owner dropped its session and wants a new login at once (no backoff). */
	freshAtOnce?: () => boolean;
	onProgress: (status: LinkProgress, at: number) => void;
	/** Stopped for good (a close code that says so, a refused login, stop(), a URL that cannot work). */
	onStopped: (reason: string, code: number | null) => void;
};

export type ReconnectingLinkOptions = {
	url: string;
	subprotocol: string;
	/** The server's hello and each request (other than sends) get this long. */
	requestTimeoutMs: number;
	backoff: BackoffOptions;
	ackIntervalMs: number;
	now: () => number;
	/** The close reason sent when the owner signs off. */
	signOff: string;
	owner: LinkOwner;
};

/**
 * One link at a time, replaced after a backoff whenever it ends, until stop() or a close code that says not to.
 * Owns what every link needs: the socket's life, the watchdog's pings, the requests waiting for answers (failed
 * when the link goes) and the event sequence (acks go over the current link, pause while there is none).
 */
export class ReconnectingLink {
	readonly requests = new PendingRequests();
	readonly sequence: EventSequence;
	readonly #options: ReconnectingLinkOptions;
	readonly #owner: LinkOwner;
	#link: Link | null = null;
	#running = false;
	/** Connection attempts since the last successful login; drives the backoff. */
	#attempt = 0;
	#reconnectTimer: NodeJS.Timeout | undefined;
	#pingCounter = 0;

	constructor(options: ReconnectingLinkOptions) {
		this.#options = options;
		this.#owner = options.owner;
		this.sequence = new EventSequence({
			sendAck: seq => sendFrame(this.#link, {type: 'ack', seq}),
			ackIntervalMs: options.ackIntervalMs,
		});
	}

	/** The link in use; null between links and once stopped. */
	get current(): Link | null {
		return this.#link;
	}

	/** The current link when it is logged in (phase ready). */
	get ready(): Link | null {
		return this.#link?.phase === 'ready' ? this.#link : null;
	}

	get running(): boolean {
		return this.#running;
	}

	/** Connects, and keeps reconnecting by itself until stop() or a close code that says not to. */
	start(): void {
		this.#running = true;
		this.#attempt = 0;
		this.#connect();
	}

	/** Skips the backoff of a link waiting to reconnect; false when there is none (connected, connecting, stopped). */
	reconnectNow(): boolean {
		if (this.#reconnectTimer === undefined) return false;
		clearTimeout(this.#reconnectTimer);
		this.#reconnectTimer = undefined;
		this.#connect();
		return true;
	}

	/** The login succeeded: the next loss starts the backoff from the beginning. */
	loggedIn(): void {
		this.#attempt = 0;
	}

	send(frame: ClientFrame): boolean {
		return sendFrame(this.#link, frame);
	}

	/** Sends a request on this link; `settle` gets its answer, 'offline' when it cannot go out or the link goes. */
	request(
		link: Link,
		op: string,
		payload: Record<string, unknown>,
		settle: (outcome: RequestOutcome) => void,
		timeoutMs: number | null,
	): void {
		const id = this.requests.open(op, settle, timeoutMs);
		if (!sendFrame(link, {type: 'req', id, op, payload})) {
			this.requests
				.take(id)
				?.settle({ok: false, error: new RequestError('offline', `${op}: not connected to the server`)});
		}
	}

	/**
	 * Closes for good: no reconnect, no timers left. True when a link was open (its end told the owner it stopped,
	 * with `reason`); false when there was none, and the owner says it stopped itself.
	 */
	async stop(reason: string): Promise<boolean> {
		this.#running = false;
		this.#clearTimers();
		const link = this.#link;
		if (!link || link.ended) return false;
		// Acking before leaving lets the server drop its replay buffer now instead of at the end of the window.
		if (link.phase === 'ready') this.sequence.flush();
		this.end(link, {kind: 'stop', reason, code: null}, true);
		await socketClosed(link, CLOSE_GRACE_MS);
		return true;
	}

	/** Ends a link once, whoever noticed first (close event, watchdog, a refused login), and decides what comes next. */
	end(link: Link, next: LinkEnd, graceful = false): void {
		if (link.ended) return;
		endLinkSocket(link, graceful, this.#options.signOff);
		if (this.#link === link) this.#link = null;
		this.sequence.pause();
		this.requests.failAll(op => new RequestError('offline', `${op}: the connection to the server was lost`));
		this.#owner.onLinkEnded();
		if (next.kind === 'stop') return this.#halt(next.reason, next.code);
		if (!this.#running) return;
		if (next.kind === 'fresh' && this.#owner.freshAtOnce?.()) return this.#connect();
		this.#scheduleReconnect(next.reason, next.kind === 'resume' ? (next.minDelayMs ?? 0) : 0);
	}

	#connect(): void {
		this.#reconnectTimer = undefined;
		if (!this.#running) return;
		this.#owner.onProgress({state: 'connecting', attempt: this.#attempt}, this.#options.now());
		try {
			this.#link = openLink(
				this.#options.url,
				this.#options.requestTimeoutMs,
				{
					onFrame: (link, raw) => {
						if (link.ended) return;
						link.watchdog.touch();
						this.#owner.onFrame(link, raw);
					},
					onClose: (link, code, reason) => {
						if (link.ended) return;
						const description = describeClose(code, reason, link.lastError, link.opened);
						this.end(link, this.#owner.closeEnd(code, description));
					},
					onQuiet: link => sendFrame(link, {type: 'ping', id: `p${++this.#pingCounter}`}),
					onSilence: link =>
						this.end(link, {
							kind: 'resume',
							reason: link.hello ? 'no heartbeat from the server' : 'the server did not say hello',
						}),
				},
				this.#options.subprotocol,
			);
		} catch (error) {
			// Only a URL ws cannot use gets here; retrying would not change that.
			this.#halt(`cannot connect: ${error instanceof Error ? error.message : String(error)}`, null);
		}
	}

	#scheduleReconnect(reason: string, minDelayMs: number): void {
		this.#attempt += 1;
		const wait = Math.max(minDelayMs, backoffDelay(this.#attempt - 1, this.#options.backoff));
		const at = this.#options.now();
		this.#owner.onProgress({state: 'reconnecting', attempt: this.#attempt, retryAt: at + wait, reason}, at);
		this.#reconnectTimer = setTimeout(() => this.#connect(), wait);
	}

	#halt(reason: string, code: number | null): void {
		this.#running = false;
		this.#clearTimers();
		this.#owner.onStopped(reason, code);
	}

	#clearTimers(): void {
		if (this.#reconnectTimer !== undefined) clearTimeout(this.#reconnectTimer);
		this.#reconnectTimer = undefined;
		this.sequence.pause();
	}
}
