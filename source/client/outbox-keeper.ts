// Keeps the agent client's outbox on disk across restarts of the desk: loads it at the first login, saves every change.
import type {PendingMessage} from '../core/actions.js';
import {
	OUTBOX_FILE_VERSION,
	outboxFilePath,
	readOutboxFile,
	setAsideOutboxFile,
	writeOutboxFile,
	OutboxFileError,
} from './outbox-file.js';

/** What AgentClient asks of whoever keeps its outbox (see AgentClientOptions.keeper). */
export type OutboxKeeping = {
	/** At the first login as `agentId`: the messages an earlier run left undelivered, oldest first. */
	load(agentId: string): PendingMessage[];
	/** After every change: what is unconfirmed now. */
	save(pending: readonly PendingMessage[]): void;
};

/** Trouble with the file (and the end of it), in words for a desk alert; never the messages' ids. */
export type OutboxReport = {level: 'info' | 'warning' | 'urgent'; text: string};

export type OutboxKeeperOptions = {
	directory: string;
	/** The server's URL as configured: part of the file's identity. */
	server: string;
	/** The customer's name for a chat on the desk, kept with each message so a later run can report it by name. */
	customerOf(chatId: string): string | null;
	report(report: OutboxReport): void;
	now?: () => number;
};

const describeError = (error: unknown) =>
	error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error);

/** Why a write failed, in words an agent can act on. */
function writeProblem(error: unknown, path: string): string {
	switch ((error as NodeJS.ErrnoException).code) {
		case 'ENOSPC':
			return `the disk is full (${path})`;
		case 'EACCES':
		case 'EPERM':
		case 'EROFS':
			return `no permission to write ${path}`;
		default:
			return `${describeError(error)} writing ${path}`;
	}
}

export class OutboxKeeper implements OutboxKeeping {
	readonly #options: OutboxKeeperOptions;
	readonly #now: () => number;
	#agentId: string | null = null;
	#path: string | null = null;
	/** The last save failed: the messages in memory are the only copy until a save succeeds. */
	#unsaved = false;
	/** A file that could be neither read nor moved aside: never overwritten (it may hold the only copy of a message). */
	#blocked = false;
	/** Names learnt while the chat was on the desk, so a message keeps its customer after the chat leaves. */
	readonly #customers = new Map<string, string>();

	constructor(options: OutboxKeeperOptions) {
		this.#options = options;
		this.#now = options.now ?? Date.now;
	}

	/** The file this desk's outbox goes to, once the agent is known (after the first login). */
	get path(): string | null {
		return this.#path;
	}

	/** True while the last save failed: quitting now would lose what is still undelivered. */
	get unsaved(): boolean {
		return this.#unsaved;
	}

	load(agentId: string): PendingMessage[] {
		if (this.#agentId === agentId) return [];
		this.#agentId = agentId;
		const path = outboxFilePath(this.#options.directory, this.#options.server, agentId);
		this.#path = path;
		let content;
		try {
			content = readOutboxFile(path);
		} catch (error) {
			this.#setAside(path, error);
			return [];
		}
		if (!content) return [];
		for (const message of content.messages)
			if (message.customer) this.#customers.set(message.client_msg_id, message.customer);
		const count = content.messages.length;
		if (count > 0)
			this.#options.report({
				level: 'info',
				text: `${count} message${count === 1 ? '' : 's'} from your last session not yet delivered: sending ${count === 1 ? 'it' : 'them'} now.`,
			});
		return content.messages;
	}

	save(pending: readonly PendingMessage[]): void {
		if (this.#path === null || this.#agentId === null) return; // Nothing loaded yet: writing now could wipe the file.
		if (this.#blocked) {
			this.#unsaved = pending.length > 0;
			return;
		}
		const messages = pending.map(message => this.#withCustomer(message));
		const kept = new Set(messages.map(message => message.client_msg_id));
		for (const id of this.#customers.keys()) if (!kept.has(id)) this.#customers.delete(id);
		try {
			writeOutboxFile(this.#path, this.#options.directory, {
				version: OUTBOX_FILE_VERSION,
				server: this.#options.server,
				agent: this.#agentId,
				saved_at: this.#now(),
				messages,
			});
		} catch (error) {
			if (!this.#unsaved)
				this.#options.report({
					level: 'urgent',
					text: `Queued messages cannot be saved to disk: ${writeProblem(error, this.#path)}. They are kept in memory and still go out; quitting now would lose them.`,
				});
			this.#unsaved = true;
			return;
		}
		if (this.#unsaved) this.#options.report({level: 'info', text: 'Queued messages are saved to disk again.'});
		this.#unsaved = false;
	}

	#withCustomer(message: PendingMessage): PendingMessage {
		const known = this.#customers.get(message.client_msg_id) ?? message.customer;
		const customer = known ?? this.#options.customerOf(message.chat_id) ?? undefined;
		if (customer === undefined) return message;
		this.#customers.set(message.client_msg_id, customer);
		return customer === message.customer ? message : {...message, customer};
	}

	#setAside(path: string, error: unknown): void {
		const why = error instanceof OutboxFileError ? error.message : describeError(error);
		try {
			const aside = setAsideOutboxFile(path);
			this.#options.report({
				level: 'urgent',
				text: `The saved outbox could not be used (${why}); it was moved to ${aside} so nothing in it is lost.`,
			});
		} catch {
			this.#blocked = true;
			this.#options.report({
				level: 'urgent',
				text: `The saved outbox could not be used: ${why}. It is left as it is, and this session's queued messages are kept in memory only.`,
			});
		}
	}
}
