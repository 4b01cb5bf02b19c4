// Customers' chat sessions: their event streams, resume by token (hashed, so it survives a restart in the store),
// and re-sending what a customer had not acked when the server restarted.
import {createHash, randomBytes} from 'node:crypto';
import type {CustomerChatView} from '../protocol/index.js';
import {EventSession, type CustomerStream} from './event-session.js';
import {dedupScope, type ChatRecord} from './store/contract.js';

/** One customer's chat as seen from their endpoint: their own event stream and the resume secret. */
export type CustomerSession = {
	chatId: string;
	customerId: string;
	/** Where this chat's client_msg_ids are remembered; built once, used on every message. */
	dedupScope: string;
	/** SHA-256 of the resume token: the token itself is only ever in the customer's hands. */
	resumeHash: string;
	stream: CustomerStream;
	/** The chat view last sent to the customer, so chat.updated goes out only when it changes. */
	shown: CustomerChatView;
	/**
	 * The customer's name as their messages carry it: kept here so a message costs no customer read. An agent's
	 * customer.update on this server renames it (ContactCentre.customerRenamed).
	 */
	customerName: string | null;
	/** Rebuilt after a restart: the customer's stream numbering is unknown until they resume. */
	restored: boolean;
	/** (seq, n) of public messages sent and not yet acked, in order: an ack tells the store how far the customer read. */
	unacked: Array<{seq: number; n: number}>;
};

/** How much of a customer's unacked stream is kept for a resume. */
export const CUSTOMER_REPLAY_CHARS = 1024 * 1024;

/** Messages to send again after a restart are read from the store this many at a time. */
export const RESEND_PAGE = 200;

export function hashResumeToken(token: string): string {
	return createHash('sha256').update(token).digest('base64url');
}

export function newResumeToken(): string {
	return randomBytes(24).toString('base64url');
}

export type CustomerSessionHooks = {
	resumeWindowMs: number;
	now: () => number;
	/** The customer has been gone for the whole window. */
	expired: (session: CustomerSession) => void;
};

export class CustomerSessions {
	private readonly byChat = new Map<string, CustomerSession>();
	private readonly byHash = new Map<string, CustomerSession>();

	constructor(private readonly hooks: CustomerSessionHooks) {}

	get(chatId: string): CustomerSession | undefined {
		return this.byChat.get(chatId);
	}

	byToken(token: string): CustomerSession | undefined {
		return this.byHash.get(hashResumeToken(token));
	}

	/** A session for a chat; `restored` ones start their resume window at once (nobody is connected yet). */
	open(
		chat: Readonly<ChatRecord>,
		customerName: string | null,
		shown: CustomerChatView,
		restored = false,
	): CustomerSession {
		const resumeHash = chat.resume_hash!;
		const session: CustomerSession = {
			chatId: chat.id,
			customerId: chat.customer_id,
			customerName,
			dedupScope: dedupScope.chat(chat.id),
			resumeHash,
			stream: undefined!,
			shown,
			restored,
			unacked: [],
		};
		session.stream = this.stream(session, 0);
		this.byChat.set(chat.id, session);
		this.byHash.set(resumeHash, session);
		if (restored) session.stream.awaitReturn();
		return session;
	}

	/** The first resume after a restart: the stream continues from the customer's own last seq. */
	continueRestored(session: CustomerSession, lastSeq: number): void {
		session.stream.end();
		session.stream = this.stream(session, lastSeq);
		session.restored = false;
		session.unacked = [];
	}

	/** Remembers which message went out under which seq, so the customer's ack can be stored as a message n. */
	sentMessage(session: CustomerSession, n: number): void {
		session.unacked.push({seq: session.stream.seq, n});
		// A customer who never acks must not grow this without bound; the stream gives up its replay past this too.
		if (session.unacked.length > 10_000) session.unacked.shift();
	}

	/** The highest message n the ack covers, or null when it covers no message. */
	acked(session: CustomerSession, seq: number): number | null {
		let n: number | null = null;
		let drop = 0;
		while (drop < session.unacked.length && session.unacked[drop]!.seq <= seq) n = session.unacked[drop++]!.n;
		if (drop > 0) session.unacked.splice(0, drop);
		return n;
	}

	/** Every live session (for the rare change that concerns several, such as a customer's new name). */
	all(): IterableIterator<CustomerSession> {
		return this.byChat.values();
	}

	remove(session: CustomerSession): void {
		this.byChat.delete(session.chatId);
		this.byHash.delete(session.resumeHash);
	}

	endAll(): void {
		for (const session of this.byChat.values()) session.stream.end();
	}

	private stream(session: CustomerSession, startSeq: number): CustomerStream {
		return new EventSession({
			id: session.chatId,
			startSeq,
			// A customer's stream is small (one chat); an anonymous visitor gets a smaller replay than an agent.
			maxBufferedChars: CUSTOMER_REPLAY_CHARS,
			resumeWindowMs: this.hooks.resumeWindowMs,
			now: this.hooks.now,
			onExpire: () => this.hooks.expired(session),
		});
	}
}
