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
	customerFromRow,
	followupFromRow,
	MESSAGE_COLUMNS,
	messageFromRow,
} from './rows.js';

type Row = Record<string, unknown>;

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
		this.accounts = new SqliteAccounts(
			sql => this.statement(sql),
			work => this.write(work),
		);
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
		const row = this.get('SELECT * FROM customers WHERE id = ?', id);
		return row ? customerFromRow(row) : undefined;
	}

	findCustomerByEmail(email: string): Readonly<CustomerRecord> | undefined {
		const row = this.get(
			'SELECT * FROM customers WHERE email_key = ? ORDER BY created_at DESC LIMIT 1',
			email.toLowerCase(),
		);
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
		return this.get('SELECT count(*) AS n FROM chats WHERE customer_id = ?', customerId)!.n as number;
	}

	listChatsOfCustomer(customerId: string, {before, limit}: CustomerChatsQuery): CustomerChatsPage {
		let rows: Row[];
		if (before === undefined) {
			rows = this.all(
				`SELECT ${CHAT_COLUMNS} FROM chats WHERE customer_id = ? ORDER BY created_at DESC, id DESC LIMIT ?`,
				customerId,
				limit + 1,
			);
		} else {
			const anchor = this.get('SELECT created_at, id FROM chats WHERE id = ? AND customer_id = ?', before, customerId);
			if (!anchor) return {chats: [], has_more: false};
			rows = this.all(
				`SELECT ${CHAT_COLUMNS} FROM chats WHERE customer_id = ? AND (created_at, id) < (?, ?)
				 ORDER BY created_at DESC, id DESC LIMIT ?`,
				customerId,
				anchor.created_at as number,
				anchor.id as string,
				limit + 1,
			);
		}
		return {chats: rows.slice(0, limit).map(chatFromRow), has_more: rows.length > limit};
	}

	listChats({before, limit}: CustomerChatsQuery): CustomerChatsPage {
		const anchor = before === undefined ? undefined : this.get('SELECT created_at, id FROM chats WHERE id = ?', before);
		if (before !== undefined && !anchor) return {chats: [], has_more: false};
		const rows = anchor
			? this.all(
					`SELECT ${CHAT_COLUMNS} FROM chats WHERE (created_at, id) < (?, ?) ORDER BY created_at DESC, id DESC LIMIT ?`,
					anchor.created_at as number,
					anchor.id as string,
					limit + 1,
				)
			: this.all(`SELECT ${CHAT_COLUMNS} FROM chats ORDER BY created_at DESC, id DESC LIMIT ?`, limit + 1);
		return {chats: rows.slice(0, limit).map(chatFromRow), has_more: rows.length > limit};
	}

	eraseCustomer(customerId: string): Erasure {
		return this.write(() => {
			const chats = this.all('SELECT id FROM chats WHERE customer_id = ?', customerId).map(row => row.id as string);
			let messages = 0;
			for (const chatId of chats) messages += this.deleteChat(chatId);
			const customers = Number(this.run('DELETE FROM customers WHERE id = ?', customerId).changes);
			return {customers, chats: chats.length, messages};
		});
	}

	// Chats -------------------------------------------------------------------------------------------------------

	addChat(chat: ChatRecord): void {
		this.write(() => this.run(`INSERT INTO chats (${CHAT_COLUMNS}) VALUES (${placeholders(16)})`, ...chatValues(chat)));
	}

	getChat(id: string): Readonly<ChatRecord> | undefined {
		const row = this.get(`SELECT ${CHAT_COLUMNS} FROM chats WHERE id = ?`, id);
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
		return this.all(`SELECT ${CHAT_COLUMNS} FROM chats WHERE status <> 'ended' ORDER BY created_at, id`).map(
			chatFromRow,
		);
	}

	listChatsOfAgent(agentId: string, endedSince: number): Array<Readonly<ChatRecord>> {
		return this.all(
			`SELECT ${CHAT_COLUMNS} FROM chats WHERE agent_id = ? AND (status <> 'ended' OR ended_at >= ?)
			 ORDER BY created_at, id`,
			agentId,
			endedSince,
		).map(chatFromRow);
	}

	findChatByResumeHash(hash: string): Readonly<ChatRecord> | undefined {
		const row = this.get(`SELECT ${CHAT_COLUMNS} FROM chats WHERE resume_hash = ? AND status <> 'ended'`, hash);
		return row ? chatFromRow(row) : undefined;
	}

	removeChatsEndedBefore(time: number): number {
		return this.write(() => {
			const ids = this.all('SELECT id FROM chats WHERE ended_at IS NOT NULL AND ended_at < ?', time);
			for (const row of ids) this.deleteChat(row.id as string);
			return ids.length;
		});
	}

	// Messages ----------------------------------------------------------------------------------------------------

	addMessage(input: NewMessage, scope: string | null): Message {
		return this.write(() => {
			// One statement: the next n is the chat's highest plus one (the chats row is not touched, so a message dirties
			// only the messages table). Inside BEGIN IMMEDIATE nobody else numbers at the same time.
			const n = this.get(
				ADD_MESSAGE,
				input.chat_id,
				input.chat_id,
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
			)!.n as number;
			// A chat's first message is where a missing chat shows (throwing undoes the insert): one check per chat.
			if (n === 1 && !this.get('SELECT 1 FROM chats WHERE id = ?', input.chat_id)) throw missing('chat', input.chat_id);
			return {...input, n};
		});
	}

	findMessage(scope: string, clientMsgId: string): Message | undefined {
		const row = this.get(
			`SELECT ${MESSAGE_COLUMNS} FROM messages WHERE scope = ? AND client_msg_id = ?`,
			scope,
			clientMsgId,
		);
		return row ? messageFromRow(row) : undefined;
	}

	listMessages(chatId: string, {before, after, limit}: HistoryQuery): HistoryPage {
		const low = after ?? 0;
		const high = before ?? Number.MAX_SAFE_INTEGER;
		// One more than asked, to know whether there is more.
		const rows =
			after !== undefined
				? this.all(
						`SELECT ${MESSAGE_COLUMNS} FROM messages WHERE chat_id = ? AND n > ? AND n < ? ORDER BY n LIMIT ?`,
						chatId,
						low,
						high,
						limit + 1,
					)
				: this.all(
						`SELECT ${MESSAGE_COLUMNS} FROM messages WHERE chat_id = ? AND n > ? AND n < ? ORDER BY n DESC LIMIT ?`,
						chatId,
						low,
						high,
						limit + 1,
					).reverse();
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
		return this.all('SELECT * FROM followups WHERE agent_id = ? ORDER BY due_at, id', agentId).map(followupFromRow);
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
			(this.get('SELECT n FROM read_markers WHERE agent_id = ? AND chat_id = ?', agentId, chatId)?.n as number) ?? 0
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

	private statement(sql: string): StatementSync {
		let statement = this.statements.get(sql);
		if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
		return statement;
	}

	private run(sql: string, ...values: Array<string | number | null>) {
		return this.statement(sql).run(...values);
	}

	private get(sql: string, ...values: Array<string | number | null>): Row | undefined {
		return this.statement(sql).get(...values) as Row | undefined;
	}

	private all(sql: string, ...values: Array<string | number | null>): Row[] {
		return this.statement(sql).all(...values) as Row[];
	}
}

/**
 * A message numbered after its chat's last one. The bare max() subquery reads just the end of the primary key; VALUES,
 * not INSERT ... SELECT FROM chats, because a SELECT reading the table it inserts into goes through a temporary table.
 */
const ADD_MESSAGE = `INSERT INTO messages (${MESSAGE_COLUMNS}, scope)
	VALUES (?, coalesce((SELECT max(n) FROM messages WHERE chat_id = ?), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING n`;

function placeholders(count: number): string {
	return Array.from({length: count}, () => '?').join(', ');
}
