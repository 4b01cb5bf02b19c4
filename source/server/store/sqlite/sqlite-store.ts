// Store on node:sqlite: one database file in WAL mode, every write in BEGIN IMMEDIATE, schema by numbered migrations.
// It keeps nothing in memory but prepared statements: ended chats and their messages live only on disk.
import {DatabaseSync, type StatementSync} from 'node:sqlite';
import type {Followup, Message} from '../../../protocol/index.js';
import type {
	ChatPatch,
	ChatRecord,
	CustomerChatsPage,
	CustomerChatsQuery,
	CustomerPatch,
	CustomerRecord,
	Erasure,
	HistoryPage,
	HistoryQuery,
	NewMessage,
	SyncStore,
} from '../contract.js';
import {missing} from '../contract.js';
import {migrate} from './migrations.js';
import {SqliteAccounts} from './sqlite-accounts.js';
import {
	CHAT_COLUMNS,
	chatFromRow,
	chatValues,
	CUSTOMER_COLUMNS,
	customerFromRow,
	FOLLOWUP_COLUMNS,
	followupFromRow,
	MESSAGE_COLUMNS,
	messageFromRow,
	type Row,
	type SqlValue,
} from './rows.js';

export type SqliteStoreOptions = {
	/**
	 * NORMAL (default): a commit is on disk once the OS has it, so a killed process loses nothing it acknowledged; a
	 * power cut may lose the last commits. FULL: every commit waits for the disk (slower, survives power cuts).
	 */
	synchronous?: 'NORMAL' | 'FULL';
	/**
	 * Commit the writes of one event-loop turn together (the server: `serve`), instead of one transaction per write.
	 * The caller must call flushWrites() before telling anyone a write is stored.
	 */
	groupCommit?: boolean;
};

export class SqliteStore implements SyncStore {
	readonly synchronous = true as const;
	private readonly db: DatabaseSync;
	private readonly statements = new Map<string, StatementSync>();
	/** A transaction is open (one write's, or, with group commit, this turn's). */
	private inTransaction = false;
	/** Inside write(): nested calls join it. */
	private inWrite = false;
	private readonly groupCommit: boolean;
	readonly accounts: SqliteAccounts;

	/** Opens (or creates) the database file and brings its schema up to date. ':memory:' for a throwaway one. */
	constructor(
		readonly path: string,
		options: SqliteStoreOptions = {},
	) {
		this.groupCommit = options.groupCommit ?? false;
		this.db = new DatabaseSync(path);
		try {
			// Another process writing (a backup, a second server) waits up to 5 s instead of failing at once.
			this.db.exec('PRAGMA busy_timeout = 5000');
			this.db.exec('PRAGMA journal_mode = WAL');
			this.db.exec(`PRAGMA synchronous = ${options.synchronous ?? 'NORMAL'}`);
			this.db.exec('PRAGMA foreign_keys = OFF');
			migrate(this.db);
		} catch (error) {
			this.db.close();
			throw error;
		}
		this.accounts = new SqliteAccounts({
			get: (sql, ...values) => this.get(sql, ...values),
			all: (sql, ...values) => this.all(sql, ...values),
			run: (sql, ...values) => this.run(sql, ...values),
			write: work => this.write(work),
		});
	}

	// Customers ---------------------------------------------------------------------------------------------------

	addCustomer(customer: CustomerRecord): void {
		this.write(() =>
			this.run(
				'INSERT INTO customers (id, name, email, email_key, locale, page, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
				customer.id,
				customer.name,
				customer.email,
				customer.email?.toLowerCase() ?? null,
				customer.locale,
				customer.page,
				customer.created_at,
			),
		);
	}

	getCustomer(id: string): Readonly<CustomerRecord> | undefined {
		const row = this.get(SQL.customerById, id);
		return row ? customerFromRow(row) : undefined;
	}

	findCustomerByEmail(email: string): Readonly<CustomerRecord> | undefined {
		const row = this.get(SQL.customerByEmail, email.toLowerCase());
		return row ? customerFromRow(row) : undefined;
	}

	updateCustomer(id: string, patch: CustomerPatch): Readonly<CustomerRecord> {
		return this.write(() => {
			const customer = this.getCustomer(id);
			if (!customer) throw missing('customer', id);
			const next = {...customer, ...patch};
			this.run(
				'UPDATE customers SET name = ?, email = ?, email_key = ?, locale = ?, page = ? WHERE id = ?',
				next.name,
				next.email,
				next.email?.toLowerCase() ?? null,
				next.locale,
				next.page,
				id,
			);
			return next;
		});
	}

	countChatsOfCustomer(customerId: string): number {
		return this.get('SELECT count(*) FROM chats WHERE customer_id = ?', customerId)![0] as number;
	}

	listChatsOfCustomer(customerId: string, {before, limit}: CustomerChatsQuery): CustomerChatsPage {
		let rows: Row[];
		if (before === undefined) {
			rows = this.all(SQL.latestChatsOfCustomer, customerId, limit + 1);
		} else {
			const anchor = this.get('SELECT created_at, id FROM chats WHERE id = ? AND customer_id = ?', before, customerId);
			if (!anchor) return {chats: [], has_more: false};
			rows = this.all(SQL.earlierChatsOfCustomer, customerId, anchor[0] as number, anchor[1] as string, limit + 1);
		}
		return {chats: rows.slice(0, limit).map(chatFromRow), has_more: rows.length > limit};
	}

	listChats({before, limit}: CustomerChatsQuery): CustomerChatsPage {
		const anchor = before === undefined ? undefined : this.get('SELECT created_at, id FROM chats WHERE id = ?', before);
		if (before !== undefined && !anchor) return {chats: [], has_more: false};
		const rows = anchor
			? this.all(SQL.earlierChats, anchor[0] as number, anchor[1] as string, limit + 1)
			: this.all(SQL.latestChats, limit + 1);
		return {chats: rows.slice(0, limit).map(chatFromRow), has_more: rows.length > limit};
	}

	eraseCustomer(customerId: string): Erasure {
		return this.write(() => {
			const chats = this.all('SELECT id FROM chats WHERE customer_id = ?', customerId).map(row => row[0] as string);
			let messages = 0;
			for (const chatId of chats) messages += this.deleteChat(chatId);
			const customers = Number(this.run('DELETE FROM customers WHERE id = ?', customerId).changes);
			return {customers, chats: chats.length, messages};
		});
	}

	// Chats -------------------------------------------------------------------------------------------------------

	addChat(chat: ChatRecord): void {
		this.write(() => this.run(SQL.addChat, ...chatValues(chat)));
	}

	getChat(id: string): Readonly<ChatRecord> | undefined {
		const row = this.get(SQL.chatById, id);
		return row ? chatFromRow(row) : undefined;
	}

	updateChat(id: string, patch: ChatPatch): Readonly<ChatRecord> {
		return this.write(() => {
			const chat = this.getChat(id);
			if (!chat) throw missing('chat', id);
			const next: ChatRecord = {...chat, ...patch};
			const [, ...values] = chatValues(next);
			this.run(
				`UPDATE chats SET status = ?, customer_id = ?, previous_chats = ?, department_id = ?, agent_id = ?,
				 created_at = ?, ended_at = ?, hold = ?, transfer = ?, rating = ?, rating_comment = ?, rated_at = ?,
				 resume_hash = ?, customer_acked_n = ?, customer_time_zone = ? WHERE id = ?`,
				...values,
				id,
			);
			return next;
		});
	}

	listOpenChats(): Array<Readonly<ChatRecord>> {
		return this.all(SQL.openChats).map(chatFromRow);
	}

	listChatsOfAgent(agentId: string, endedSince: number): Array<Readonly<ChatRecord>> {
		return this.all(SQL.chatsOfAgent, agentId, endedSince).map(chatFromRow);
	}

	findChatByResumeHash(hash: string): Readonly<ChatRecord> | undefined {
		const row = this.get(SQL.chatByResumeHash, hash);
		return row ? chatFromRow(row) : undefined;
	}

	removeChatsEndedBefore(time: number): number {
		return this.write(() => {
			const ids = this.all('SELECT id FROM chats WHERE ended_at IS NOT NULL AND ended_at < ?', time);
			for (const row of ids) this.deleteChat(row[0] as string);
			return ids.length;
		});
	}

	// Messages ----------------------------------------------------------------------------------------------------

	addMessage(input: NewMessage, scope: string | null): Message {
		return this.write(() => {
			// The next n is the chat's highest plus one, read from the end of the primary key; the chats row is not touched,
			// so a message dirties only the messages table. Inside BEGIN IMMEDIATE nobody else numbers at the same time.
			// (Two statements: INSERT ... RETURNING n in one costs more than both.)
			const n = ((this.get(SQL.lastMessageN, input.chat_id)![0] as number | null) ?? 0) + 1;
			// A chat's first message is where a missing chat shows: one check per chat, not per message.
			if (n === 1 && !this.get('SELECT 1 FROM chats WHERE id = ?', input.chat_id)) throw missing('chat', input.chat_id);
			this.run(
				SQL.addMessage,
				input.chat_id,
				n,
				input.id,
				input.client_msg_id,
				input.author.type,
				input.author.id,
				input.author.name,
				input.text,
				input.visibility,
				input.auto ? 1 : 0,
				input.ts,
				scope !== null && input.client_msg_id !== null ? scope : null,
			);
			return {...input, n};
		});
	}

	findMessage(scope: string, clientMsgId: string): Message | undefined {
		const row = this.get(SQL.messageByClientId, scope, clientMsgId);
		return row ? messageFromRow(row) : undefined;
	}

	listMessages(chatId: string, {before, after, limit}: HistoryQuery): HistoryPage {
		const low = after ?? 0;
		const high = before ?? Number.MAX_SAFE_INTEGER;
		// One more than asked, to know whether there is more.
		const rows =
			after !== undefined
				? this.all(SQL.messagesAfter, chatId, low, high, limit + 1)
				: this.all(SQL.messagesBefore, chatId, low, high, limit + 1).reverse();
		const has_more = rows.length > limit;
		const kept = !has_more ? rows : after !== undefined ? rows.slice(0, limit) : rows.slice(1);
		return {messages: kept.map(messageFromRow), has_more};
	}

	// Follow-ups and read markers ---------------------------------------------------------------------------------

	addFollowup(followup: Followup): void {
		this.write(() =>
			this.run(
				'INSERT INTO followups (id, chat_id, agent_id, contact, due_at, note, created_at, time_zone) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
				followup.id,
				followup.chat_id,
				followup.agent_id,
				followup.contact,
				followup.due_at,
				followup.note,
				followup.created_at,
				followup.time_zone ?? null,
			),
		);
	}

	listOpenFollowups(agentId: string): Followup[] {
		return this.all(SQL.followupsOfAgent, agentId).map(followupFromRow);
	}

	markRead(agentId: string, chatId: string, n: number): void {
		this.write(() =>
			this.run(
				`INSERT INTO read_markers (agent_id, chat_id, n) VALUES (?, ?, ?)
				 ON CONFLICT (agent_id, chat_id) DO UPDATE SET n = max(n, excluded.n)`,
				agentId,
				chatId,
				n,
			),
		);
	}

	readMarker(agentId: string, chatId: string): number {
		return (
			(this.get('SELECT n FROM read_markers WHERE agent_id = ? AND chat_id = ?', agentId, chatId)?.[0] as number) ?? 0
		);
	}

	/** An online copy of the whole database into `path`, consistent while the server keeps writing. */
	async backup(path: string): Promise<void> {
		const {backup} = await import('node:sqlite');
		await backup(this.db, path);
	}

	flushWrites(): void {
		if (!this.inTransaction || !this.db.isOpen) return;
		this.inTransaction = false;
		this.db.exec('COMMIT');
	}

	close(): void {
		this.flushWrites();
		if (this.db.isOpen) this.db.close();
	}

	// -------------------------------------------------------------------------------------------------------------

	/** Runs `work` in one BEGIN IMMEDIATE transaction (joining the caller's, when already inside one). */
	private write<T>(work: () => T): T {
		if (this.inWrite) return work();
		if (this.groupCommit) return this.grouped(work);
		this.inWrite = true;
		this.db.exec('BEGIN IMMEDIATE');
		this.inTransaction = true;
		try {
			const result = work();
			this.db.exec('COMMIT');
			return result;
		} catch (error) {
			this.db.exec('ROLLBACK');
			throw error;
		} finally {
			this.inTransaction = false;
			this.inWrite = false;
		}
	}

	/**
	 * Group commit: the writes of one turn of the event loop share one BEGIN IMMEDIATE transaction, each inside a
	 * savepoint so a failing one undoes only itself. The server commits (flushWrites) before any answer leaves.
	 */
	private grouped<T>(work: () => T): T {
		if (!this.inTransaction) {
			this.db.exec('BEGIN IMMEDIATE');
			this.inTransaction = true;
			// The backstop: a write no answer follows is still committed by the end of this turn.
			setImmediate(() => this.flushWrites());
		}
		this.inWrite = true;
		// Prepared once, like every statement here: exec() would parse the SQL again on every write.
		this.run('SAVEPOINT write');
		try {
			const result = work();
			this.run('RELEASE write');
			return result;
		} catch (error) {
			this.run('ROLLBACK TO write');
			this.run('RELEASE write');
			throw error;
		} finally {
			this.inWrite = false;
		}
	}

	/** Deletes a chat and what hangs off it; returns how many messages went. Call inside write(). */
	private deleteChat(chatId: string): number {
		const messages = Number(this.run('DELETE FROM messages WHERE chat_id = ?', chatId).changes);
		this.run('DELETE FROM followups WHERE chat_id = ?', chatId);
		this.run('DELETE FROM read_markers WHERE chat_id = ?', chatId);
		this.run('DELETE FROM chats WHERE id = ?', chatId);
		return messages;
	}

	/** A prepared statement (each text is prepared once) that reads rows as arrays. */
	private statement(sql: string): StatementSync {
		let statement = this.statements.get(sql);
		if (!statement) {
			statement = this.db.prepare(sql);
			// Node 24; before it (22.13 and up) rows come as objects, whose values are in column order all the same.
			statement.setReturnArrays?.(true);
			this.statements.set(sql, statement);
		}
		return statement;
	}

	private run(sql: string, ...values: SqlValue[]) {
		return this.statement(sql).run(...values);
	}

	private get(sql: string, ...values: SqlValue[]): Row | undefined {
		const row = this.statement(sql).get(...values);
		return row === undefined ? undefined : asRow(row);
	}

	private all(sql: string, ...values: SqlValue[]): Row[] {
		return this.statement(sql)
			.all(...values)
			.map(asRow);
	}
}

/** A row read as an array (Node 24), or as an object (older Node) turned into one. */
function asRow(row: unknown): Row {
	return Array.isArray(row) ? row : Object.values(row as object);
}

function placeholders(count: number): string {
	return Array.from({length: count}, () => '?').join(', ');
}

/**
 * The statements whose text is built from the column lists, built once: a statement is looked up by its text, and a
 * template string built on every call would be hashed anew on every call.
 */
const SQL = {
	customerById: `SELECT ${CUSTOMER_COLUMNS} FROM customers WHERE id = ?`,
	customerByEmail: `SELECT ${CUSTOMER_COLUMNS} FROM customers WHERE email_key = ? ORDER BY created_at DESC LIMIT 1`,
	followupsOfAgent: `SELECT ${FOLLOWUP_COLUMNS} FROM followups WHERE agent_id = ? ORDER BY due_at, id`,
	latestChatsOfCustomer: `SELECT ${CHAT_COLUMNS} FROM chats WHERE customer_id = ? ORDER BY created_at DESC, id DESC LIMIT ?`,
	earlierChatsOfCustomer: `SELECT ${CHAT_COLUMNS} FROM chats WHERE customer_id = ? AND (created_at, id) < (?, ?) ORDER BY created_at DESC, id DESC LIMIT ?`,
	earlierChats: `SELECT ${CHAT_COLUMNS} FROM chats WHERE (created_at, id) < (?, ?) ORDER BY created_at DESC, id DESC LIMIT ?`,
	latestChats: `SELECT ${CHAT_COLUMNS} FROM chats ORDER BY created_at DESC, id DESC LIMIT ?`,
	addChat: `INSERT INTO chats (${CHAT_COLUMNS}) VALUES (${placeholders(16)})`,
	chatById: `SELECT ${CHAT_COLUMNS} FROM chats WHERE id = ?`,
	openChats: `SELECT ${CHAT_COLUMNS} FROM chats WHERE status <> 'ended' ORDER BY created_at, id`,
	chatsOfAgent: `SELECT ${CHAT_COLUMNS} FROM chats WHERE agent_id = ? AND (status <> 'ended' OR ended_at >= ?) ORDER BY created_at, id`,
	chatByResumeHash: `SELECT ${CHAT_COLUMNS} FROM chats WHERE resume_hash = ? AND status <> 'ended'`,
	messageByClientId: `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE scope = ? AND client_msg_id = ?`,
	messagesAfter: `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE chat_id = ? AND n > ? AND n < ? ORDER BY n LIMIT ?`,
	messagesBefore: `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE chat_id = ? AND n > ? AND n < ? ORDER BY n DESC LIMIT ?`,
	lastMessageN: 'SELECT max(n) FROM messages WHERE chat_id = ?',
	addMessage: `INSERT INTO messages (${MESSAGE_COLUMNS}, scope) VALUES (${placeholders(12)})`,
};
