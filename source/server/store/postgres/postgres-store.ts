// Store on PostgreSQL (`serve --database postgres://...`): the one source of truth that several server processes
// share. Numbering (message n) and deduplication are done by the database in the statement that writes, so two
// processes never hand out one n twice; the schema is brought up to date at open, under an advisory lock.
import type pg from 'pg';
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
	Store,
} from '../contract.js';
import {missing, NEW_CHAT_DEFAULTS} from '../contract.js';
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
} from '../sqlite/rows.js';
import {openPool, row, rows, transaction, type Queryable} from './connection.js';
import {migrate} from './migrations.js';
import {PostgresAccounts} from './postgres-accounts.js';

export type PostgresStoreOptions = {
	/** Connections this process keeps open at most; default 10. */
	poolSize?: number;
};

/** The chat columns an update may set, in CHAT_COLUMNS order after the id (what chatValues gives). */
const UPDATABLE = CHAT_COLUMNS.split(', ').slice(1);

/** The unique index on (scope, client_msg_id) refused a second message with one client_msg_id. */
const UNIQUE_VIOLATION = '23505';

export class PostgresStore implements Store {
	readonly accounts: PostgresAccounts;

	private constructor(
		/** The pool: what several server processes on this database share (source/server/cluster/ uses it too). */
		readonly pool: pg.Pool,
		/** postgres://... without the password, for messages and the banner. */
		readonly where: string,
		/** Where statements go: the pool, or the one connection of a transaction (bound()). */
		private readonly db: Queryable = pool,
	) {
		this.accounts = new PostgresAccounts(pool);
	}

	/** Connects and brings the schema up to date (safe when several processes start at once). */
	static async open(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
		const pool = openPool(url, options.poolSize ?? 10);
		try {
			const client = await pool.connect();
			try {
				await migrate(client);
			} finally {
				client.release();
			}
		} catch (error) {
			await pool.end();
			throw error;
		}
		return new PostgresStore(pool, withoutPassword(url));
	}

	/**
	 * The same store, its statements sent through one connection inside a transaction the caller began: what a server
	 * process of a cluster does in one request commits at once, with the events it causes (cluster/unit.ts).
	 */
	bound(client: pg.PoolClient): PostgresStore {
		return new PostgresStore(this.pool, this.where, client);
	}

	// Customers ---------------------------------------------------------------------------------------------------

	async addCustomer(customer: CustomerRecord): Promise<void> {
		await this.db.query(
			`INSERT INTO customers (id, name, email, email_key, locale, page, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
			[
				customer.id,
				customer.name,
				customer.email,
				customer.email?.toLowerCase() ?? null,
				customer.locale,
				customer.page,
				customer.created_at,
			],
		);
	}

	async getCustomer(id: string): Promise<Readonly<CustomerRecord> | undefined> {
		const found = await row(this.db, `SELECT ${CUSTOMER_COLUMNS} FROM customers WHERE id = $1`, [id]);
		return found ? customerFromRow(found) : undefined;
	}

	async findCustomerByEmail(email: string): Promise<Readonly<CustomerRecord> | undefined> {
		const found = await row(
			this.db,
			`SELECT ${CUSTOMER_COLUMNS} FROM customers WHERE email_key = $1 ORDER BY created_at DESC LIMIT 1`,
			[email.toLowerCase()],
		);
		return found ? customerFromRow(found) : undefined;
	}

	async updateCustomer(id: string, patch: CustomerPatch): Promise<Readonly<CustomerRecord>> {
		const sets: string[] = [];
		const values: unknown[] = [id];
		for (const key of ['name', 'email', 'locale', 'page'] as const) {
			if (patch[key] === undefined) continue;
			values.push(patch[key]);
			sets.push(`${key} = $${values.length}`);
		}
		if (patch.email !== undefined) {
			values.push(patch.email?.toLowerCase() ?? null);
			sets.push(`email_key = $${values.length}`);
		}
		const found =
			sets.length === 0
				? await row(this.db, `SELECT ${CUSTOMER_COLUMNS} FROM customers WHERE id = $1`, values)
				: await row(
						this.db,
						`UPDATE customers SET ${sets.join(', ')} WHERE id = $1 RETURNING ${CUSTOMER_COLUMNS}`,
						values,
					);
		if (!found) throw missing('customer', id);
		return customerFromRow(found);
	}

	async countChatsOfCustomer(customerId: string): Promise<number> {
		return Number((await row(this.db, 'SELECT count(*) AS n FROM chats WHERE customer_id = $1', [customerId]))![0]);
	}

	async listChatsOfCustomer(customerId: string, {before, limit}: CustomerChatsQuery): Promise<CustomerChatsPage> {
		let found: unknown[][];
		if (before === undefined) {
			found = await rows(
				this.db,
				`SELECT ${CHAT_COLUMNS} FROM chats WHERE customer_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
				[customerId, limit + 1],
			);
		} else {
			const anchor = await row(this.db, 'SELECT created_at, id FROM chats WHERE id = $1 AND customer_id = $2', [
				before,
				customerId,
			]);
			if (!anchor) return {chats: [], has_more: false};
			found = await rows(
				this.db,
				`SELECT ${CHAT_COLUMNS} FROM chats WHERE customer_id = $1 AND (created_at, id) < ($2, $3)
				 ORDER BY created_at DESC, id DESC LIMIT $4`,
				[customerId, anchor[0], anchor[1], limit + 1],
			);
		}
		return {chats: found.slice(0, limit).map(chatFromRow), has_more: found.length > limit};
	}

	async listChats({before, limit}: CustomerChatsQuery): Promise<CustomerChatsPage> {
		const anchor =
			before === undefined ? undefined : await row(this.db, 'SELECT created_at, id FROM chats WHERE id = $1', [before]);
		if (before !== undefined && !anchor) return {chats: [], has_more: false};
		const found = anchor
			? await rows(
					this.db,
					`SELECT ${CHAT_COLUMNS} FROM chats WHERE (created_at, id) < ($1, $2)
					 ORDER BY created_at DESC, id DESC LIMIT $3`,
					[anchor[0], anchor[1], limit + 1],
				)
			: await rows(this.db, `SELECT ${CHAT_COLUMNS} FROM chats ORDER BY created_at DESC, id DESC LIMIT $1`, [
					limit + 1,
				]);
		return {chats: found.slice(0, limit).map(chatFromRow), has_more: found.length > limit};
	}

	async eraseCustomer(customerId: string): Promise<Erasure> {
		return transaction(this.pool, async client => {
			const chats = (await rows(client, 'SELECT id FROM chats WHERE customer_id = $1 FOR UPDATE', [customerId])).map(
				found => found[0] as string,
			);
			const messages = await deleteChats(client, chats);
			const customers = (await client.query('DELETE FROM customers WHERE id = $1', [customerId])).rowCount ?? 0;
			return {customers, chats: chats.length, messages};
		});
	}

	// Chats -------------------------------------------------------------------------------------------------------

	async addChat(chat: ChatRecord): Promise<void> {
		const values = chatValues(chat);
		await this.db.query(
			`INSERT INTO chats (${CHAT_COLUMNS}) VALUES (${values.map((_, i) => `$${i + 1}`).join(', ')})`,
			values,
		);
	}

	async getChat(id: string): Promise<Readonly<ChatRecord> | undefined> {
		const found = await row(this.db, `SELECT ${CHAT_COLUMNS} FROM chats WHERE id = $1`, [id]);
		return found ? chatFromRow(found) : undefined;
	}

	/** Sets only the fields in the patch, in one statement: a concurrent update of other fields is not undone. */
	async updateChat(id: string, patch: ChatPatch): Promise<Readonly<ChatRecord>> {
		const full = chatValues({...emptyChat, ...patch} as ChatRecord).slice(1);
		const sets: string[] = [];
		const values: unknown[] = [id];
		UPDATABLE.forEach((column, i) => {
			if (!(column in patch) || patch[column as keyof ChatPatch] === undefined) return;
			values.push(full[i]);
			sets.push(`${column} = $${values.length}`);
		});
		const found =
			sets.length === 0
				? await row(this.db, `SELECT ${CHAT_COLUMNS} FROM chats WHERE id = $1`, values)
				: await row(this.db, `UPDATE chats SET ${sets.join(', ')} WHERE id = $1 RETURNING ${CHAT_COLUMNS}`, values);
		if (!found) throw missing('chat', id);
		return chatFromRow(found);
	}

	async listOpenChats(): Promise<Array<Readonly<ChatRecord>>> {
		return (
			await rows(this.db, `SELECT ${CHAT_COLUMNS} FROM chats WHERE status <> 'ended' ORDER BY created_at, id`)
		).map(chatFromRow);
	}

	async listChatsOfAgent(agentId: string, endedSince: number): Promise<Array<Readonly<ChatRecord>>> {
		return (
			await rows(
				this.db,
				`SELECT ${CHAT_COLUMNS} FROM chats WHERE agent_id = $1 AND (status <> 'ended' OR ended_at >= $2)
				 ORDER BY created_at, id`,
				[agentId, endedSince],
			)
		).map(chatFromRow);
	}

	async findChatByResumeHash(hash: string): Promise<Readonly<ChatRecord> | undefined> {
		const found = await row(this.db, `SELECT ${CHAT_COLUMNS} FROM chats WHERE resume_hash = $1 AND status <> 'ended'`, [
			hash,
		]);
		return found ? chatFromRow(found) : undefined;
	}

	async removeChatsEndedBefore(time: number): Promise<number> {
		return transaction(this.pool, async client => {
			const ids = (
				await rows(client, 'SELECT id FROM chats WHERE ended_at IS NOT NULL AND ended_at < $1 FOR UPDATE', [time])
			).map(found => found[0] as string);
			await deleteChats(client, ids);
			return ids.length;
		});
	}

	// Messages ----------------------------------------------------------------------------------------------------

	/**
	 * One statement numbers and stores the message: the chat's row lock orders concurrent senders, so n has no gap
	 * and no double. A client_msg_id already stored in the scope (a retry that raced its original) gets the original.
	 */
	async addMessage(input: NewMessage, scope: string | null): Promise<Message> {
		const keyed = scope !== null && input.client_msg_id !== null ? scope : null;
		try {
			const stored = await row(
				this.db,
				`WITH counted AS (
					UPDATE chats SET message_count = message_count + 1 WHERE id = $1 RETURNING message_count
				)
				INSERT INTO messages (${MESSAGE_COLUMNS}, scope)
				SELECT $1, message_count, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11 FROM counted
				RETURNING n`,
				[
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
					keyed,
				],
			);
			if (!stored) throw missing('chat', input.chat_id);
			return {...input, n: stored[0] as number};
		} catch (error) {
			// Inside a caller's transaction the failed statement aborted it: the caller runs again (cluster/unit.ts).
			if (keyed === null || (error as {code?: string}).code !== UNIQUE_VIOLATION || this.db !== this.pool) throw error;
			const earlier = await this.findMessage(keyed, input.client_msg_id!);
			if (!earlier) throw error;
			return earlier;
		}
	}

	async findMessage(scope: string, clientMsgId: string): Promise<Message | undefined> {
		const found = await row(
			this.db,
			`SELECT ${MESSAGE_COLUMNS} FROM messages WHERE scope = $1 AND client_msg_id = $2`,
			[scope, clientMsgId],
		);
		return found ? messageFromRow(found) : undefined;
	}

	async listMessages(chatId: string, {before, after, limit}: HistoryQuery): Promise<HistoryPage> {
		const low = after ?? 0;
		const high = before ?? 2_147_483_647;
		// One more than asked, to know whether there is more.
		const found =
			after !== undefined
				? await rows(
						this.db,
						`SELECT ${MESSAGE_COLUMNS} FROM messages WHERE chat_id = $1 AND n > $2 AND n < $3 ORDER BY n LIMIT $4`,
						[chatId, low, high, limit + 1],
					)
				: (
						await rows(
							this.db,
							`SELECT ${MESSAGE_COLUMNS} FROM messages WHERE chat_id = $1 AND n > $2 AND n < $3
							 ORDER BY n DESC LIMIT $4`,
							[chatId, low, high, limit + 1],
						)
					).reverse();
		const has_more = found.length > limit;
		const kept = !has_more ? found : after !== undefined ? found.slice(0, limit) : found.slice(1);
		return {messages: kept.map(messageFromRow), has_more};
	}

	// Follow-ups and read markers ---------------------------------------------------------------------------------

	async addFollowup(followup: Followup): Promise<void> {
		await this.db.query(
			`INSERT INTO followups (id, chat_id, agent_id, contact, due_at, note, created_at, time_zone)
			 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
			[
				followup.id,
				followup.chat_id,
				followup.agent_id,
				followup.contact,
				followup.due_at,
				followup.note,
				followup.created_at,
				followup.time_zone ?? null,
			],
		);
	}

	async listOpenFollowups(agentId: string): Promise<Followup[]> {
		return (
			await rows(this.db, `SELECT ${FOLLOWUP_COLUMNS} FROM followups WHERE agent_id = $1 ORDER BY due_at, id`, [
				agentId,
			])
		).map(followupFromRow);
	}

	async markRead(agentId: string, chatId: string, n: number): Promise<void> {
		await this.db.query(
			`INSERT INTO read_markers (agent_id, chat_id, n) VALUES ($1, $2, $3)
			 ON CONFLICT (agent_id, chat_id) DO UPDATE SET n = GREATEST(read_markers.n, excluded.n)`,
			[agentId, chatId, n],
		);
	}

	async readMarker(agentId: string, chatId: string): Promise<number> {
		const found = await row(this.db, 'SELECT n FROM read_markers WHERE agent_id = $1 AND chat_id = $2', [
			agentId,
			chatId,
		]);
		return (found?.[0] as number | undefined) ?? 0;
	}

	/** Every write is committed before its promise settles: nothing waits here. */
	flushWrites(): void {}

	async close(): Promise<void> {
		await this.pool.end();
	}
}

/** Deletes chats and what hangs off them; returns how many messages went. Call inside a transaction. */
async function deleteChats(client: Queryable, chatIds: string[]): Promise<number> {
	if (chatIds.length === 0) return 0;
	const messages = (await client.query('DELETE FROM messages WHERE chat_id = ANY($1)', [chatIds])).rowCount ?? 0;
	await client.query('DELETE FROM followups WHERE chat_id = ANY($1)', [chatIds]);
	await client.query('DELETE FROM read_markers WHERE chat_id = ANY($1)', [chatIds]);
	await client.query('DELETE FROM customer_events WHERE chat_id = ANY($1)', [chatIds]);
	await client.query('DELETE FROM offers WHERE chat_id = ANY($1)', [chatIds]);
	await client.query('DELETE FROM declines WHERE chat_id = ANY($1)', [chatIds]);
	await client.query('DELETE FROM chats WHERE id = ANY($1)', [chatIds]);
	return messages;
}

/** What chatValues needs for the fields a patch leaves out (they are not written). */
const emptyChat: ChatRecord = {
	id: '',
	status: 'queued',
	customer_id: '',
	previous_chats: 0,
	department_id: null,
	agent_id: null,
	created_at: 0,
	...NEW_CHAT_DEFAULTS,
};

function withoutPassword(url: string): string {
	try {
		const parsed = new URL(url);
		if (parsed.password) parsed.password = '';
		return parsed.toString();
	} catch {
		return 'postgres';
	}
}
