// The PostgreSQL schema as numbered migrations, run at start under an advisory lock, so several server processes
// starting at once on one database apply each step exactly once.
import type {PoolClient} from 'pg';

/** Any number that no other user of the database takes for pg_advisory_xact_lock; "sb" and 15 (the issue). */
const MIGRATION_LOCK = 0x7362_0015;

/** Append only: never edit a migration that has shipped; add the next one. */
export const PG_MIGRATIONS: readonly string[] = [
	// 1: customers, chats, messages (with their dedup keys), follow-ups, read markers, accounts and departments.
	// Times are milliseconds since 1970 (BIGINT); JSON fields are kept as text, as in the SQLite store; ids sort by
	// code point (COLLATE "C"), as the other stores sort them, whatever the database's locale.
	`
	CREATE TABLE customers (
		id TEXT PRIMARY KEY,
		name TEXT,
		email TEXT,
		email_key TEXT,
		locale TEXT NOT NULL,
		page TEXT,
		created_at BIGINT NOT NULL
	);
	CREATE INDEX customers_by_email ON customers (email_key, created_at) WHERE email_key IS NOT NULL;

	CREATE TABLE chats (
		id TEXT COLLATE "C" PRIMARY KEY,
		status TEXT NOT NULL,
		customer_id TEXT NOT NULL,
		previous_chats INTEGER NOT NULL,
		department_id TEXT,
		agent_id TEXT,
		created_at BIGINT NOT NULL,
		ended_at BIGINT,
		hold TEXT,
		transfer TEXT,
		rating INTEGER,
		rating_comment TEXT,
		rated_at BIGINT,
		resume_hash TEXT,
		customer_acked_n INTEGER NOT NULL DEFAULT 0,
		customer_time_zone TEXT,
		message_count INTEGER NOT NULL DEFAULT 0
	);
	CREATE INDEX chats_open ON chats (created_at, id) WHERE status <> 'ended';
	CREATE INDEX chats_by_agent ON chats (agent_id, created_at) WHERE agent_id IS NOT NULL;
	CREATE INDEX chats_by_customer ON chats (customer_id, created_at, id);
	CREATE INDEX chats_by_resume ON chats (resume_hash) WHERE resume_hash IS NOT NULL;
	CREATE INDEX chats_ended ON chats (ended_at) WHERE ended_at IS NOT NULL;
	CREATE INDEX chats_by_age ON chats (created_at, id);

	CREATE TABLE messages (
		chat_id TEXT NOT NULL,
		n INTEGER NOT NULL,
		id TEXT NOT NULL,
		client_msg_id TEXT,
		scope TEXT,
		author_type TEXT NOT NULL,
		author_id TEXT,
		author_name TEXT,
		text TEXT NOT NULL,
		visibility TEXT NOT NULL,
		auto INTEGER NOT NULL,
		ts BIGINT NOT NULL,
		PRIMARY KEY (chat_id, n)
	);
	CREATE UNIQUE INDEX messages_dedup ON messages (scope, client_msg_id) WHERE scope IS NOT NULL;

	CREATE TABLE followups (
		id TEXT COLLATE "C" PRIMARY KEY,
		chat_id TEXT NOT NULL,
		agent_id TEXT NOT NULL,
		contact TEXT NOT NULL,
		due_at BIGINT NOT NULL,
		note TEXT NOT NULL,
		created_at BIGINT NOT NULL,
		time_zone TEXT
	);
	CREATE INDEX followups_by_agent ON followups (agent_id, due_at);
	CREATE INDEX followups_by_chat ON followups (chat_id);

	CREATE TABLE read_markers (
		agent_id TEXT NOT NULL,
		chat_id TEXT NOT NULL,
		n INTEGER NOT NULL,
		PRIMARY KEY (agent_id, chat_id)
	);
	CREATE INDEX read_markers_by_chat ON read_markers (chat_id);

	CREATE TABLE agent_accounts (
		id TEXT COLLATE "C" PRIMARY KEY,
		name TEXT NOT NULL,
		company TEXT,
		departments TEXT NOT NULL,
		capacity INTEGER NOT NULL,
		token_key TEXT NOT NULL,
		token_hash TEXT NOT NULL,
		created_at BIGINT NOT NULL
	);
	CREATE INDEX agent_accounts_by_token_key ON agent_accounts (token_key);

	CREATE TABLE departments (
		id TEXT COLLATE "C" PRIMARY KEY,
		name TEXT NOT NULL,
		names TEXT
	);
	`,
	// 2: several server processes on one database (source/server/cluster/): each agent's event stream (events land in
	// the agent's inbox with the change that causes them, then are numbered without gaps) and each chat's customer
	// stream; pending offers and declines; which process holds whose link, and when each process was last alive.
	`
	CREATE TABLE agent_streams (
		agent_id TEXT COLLATE "C" PRIMARY KEY,
		session_id TEXT,
		seq BIGINT NOT NULL DEFAULT 0,
		first_seq BIGINT NOT NULL DEFAULT 1,
		presence TEXT NOT NULL DEFAULT 'offline',
		link_id TEXT,
		process_id TEXT,
		detached_at BIGINT,
		last_offered BIGINT NOT NULL DEFAULT 0
	);
	CREATE TABLE agent_events (
		agent_id TEXT NOT NULL,
		seq BIGINT NOT NULL,
		event TEXT NOT NULL,
		ts BIGINT NOT NULL,
		payload TEXT NOT NULL,
		PRIMARY KEY (agent_id, seq)
	);
	CREATE TABLE agent_inbox (
		id BIGSERIAL PRIMARY KEY,
		agent_id TEXT NOT NULL,
		event TEXT NOT NULL,
		ts BIGINT NOT NULL,
		payload TEXT NOT NULL
	);
	CREATE INDEX agent_inbox_by_agent ON agent_inbox (agent_id, id);
	CREATE TABLE customer_events (
		chat_id TEXT NOT NULL,
		seq BIGINT NOT NULL,
		event TEXT NOT NULL,
		ts BIGINT NOT NULL,
		payload TEXT NOT NULL,
		PRIMARY KEY (chat_id, seq)
	);
	ALTER TABLE chats ADD COLUMN customer_seq BIGINT NOT NULL DEFAULT 0, ADD COLUMN customer_link TEXT,
		ADD COLUMN customer_process TEXT, ADD COLUMN customer_detached_at BIGINT;
	CREATE INDEX chats_queued ON chats (created_at, id) WHERE status = 'queued';
	CREATE INDEX chats_seated ON chats (agent_id) WHERE status IN ('active', 'on_hold', 'transferring');
	CREATE INDEX chats_customer_away ON chats (customer_detached_at) WHERE customer_link IS NULL AND status <> 'ended';
	CREATE TABLE offers (
		chat_id TEXT PRIMARY KEY,
		agent_id TEXT NOT NULL,
		expires_at BIGINT NOT NULL,
		transfer TEXT
	);
	CREATE INDEX offers_by_agent ON offers (agent_id);
	CREATE INDEX offers_by_expiry ON offers (expires_at);
	CREATE TABLE declines (
		chat_id TEXT NOT NULL,
		agent_id TEXT NOT NULL,
		PRIMARY KEY (chat_id, agent_id)
	);
	CREATE TABLE server_processes (
		id TEXT PRIMARY KEY,
		seen_at BIGINT NOT NULL
	);
	CREATE SEQUENCE offer_order;
	`,
];

/**
 * Brings the database up to the newest schema in one transaction that holds the migration lock: a second process
 * starting at the same moment waits, then finds nothing left to do. Refuses a database newer than this code.
 */
export async function migrate(client: PoolClient): Promise<number> {
	await client.query('BEGIN');
	try {
		await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
		await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
		const {rows} = await client.query<{version: number}>('SELECT version FROM schema_version');
		let current = rows[0]?.version ?? 0;
		if (rows.length === 0) await client.query('INSERT INTO schema_version (version) VALUES (0)');
		if (current > PG_MIGRATIONS.length) {
			throw new Error(
				`the database has schema version ${current}, newer than this switchboard knows (${PG_MIGRATIONS.length}); upgrade switchboard`,
			);
		}
		for (; current < PG_MIGRATIONS.length; current++) await client.query(PG_MIGRATIONS[current]!);
		await client.query('UPDATE schema_version SET version = $1', [current]);
		await client.query('COMMIT');
		return current;
	} catch (error) {
		await client.query('ROLLBACK');
		throw error;
	}
}
