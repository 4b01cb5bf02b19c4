// The SQLite schema as numbered migrations: PRAGMA user_version says how many have run; each runs once, in order.
import type {DatabaseSync} from 'node:sqlite';

/** Append only: never edit a migration that has shipped; add the next one. */
export const MIGRATIONS: readonly string[] = [
	// 1: customers, chats, messages (with their dedup keys), follow-ups, read markers.
	`
	CREATE TABLE customers (
		id TEXT PRIMARY KEY,
		name TEXT,
		email TEXT,
		email_key TEXT,
		locale TEXT NOT NULL,
		page TEXT,
		created_at INTEGER NOT NULL
	);
	CREATE INDEX customers_by_email ON customers (email_key) WHERE email_key IS NOT NULL;

	CREATE TABLE chats (
		id TEXT PRIMARY KEY,
		status TEXT NOT NULL,
		customer_id TEXT NOT NULL,
		previous_chats INTEGER NOT NULL,
		department_id TEXT,
		agent_id TEXT,
		created_at INTEGER NOT NULL,
		ended_at INTEGER,
		hold TEXT,
		transfer TEXT,
		rating INTEGER,
		rating_comment TEXT,
		rated_at INTEGER,
		resume_hash TEXT,
		customer_acked_n INTEGER NOT NULL DEFAULT 0,
		message_count INTEGER NOT NULL DEFAULT 0
	);
	CREATE INDEX chats_open ON chats (created_at, id) WHERE status <> 'ended';
	CREATE INDEX chats_by_agent ON chats (agent_id, created_at) WHERE agent_id IS NOT NULL;
	CREATE INDEX chats_by_customer ON chats (customer_id, created_at, id);
	CREATE INDEX chats_by_resume ON chats (resume_hash) WHERE resume_hash IS NOT NULL;
	CREATE INDEX chats_ended ON chats (ended_at) WHERE ended_at IS NOT NULL;

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
		ts INTEGER NOT NULL,
		PRIMARY KEY (chat_id, n)
	) WITHOUT ROWID;
	CREATE UNIQUE INDEX messages_dedup ON messages (scope, client_msg_id) WHERE scope IS NOT NULL;

	CREATE TABLE followups (
		id TEXT PRIMARY KEY,
		chat_id TEXT NOT NULL,
		agent_id TEXT NOT NULL,
		contact TEXT NOT NULL,
		due_at INTEGER NOT NULL,
		note TEXT NOT NULL,
		created_at INTEGER NOT NULL
	);
	CREATE INDEX followups_by_agent ON followups (agent_id, due_at);
	CREATE INDEX followups_by_chat ON followups (chat_id);

	CREATE TABLE read_markers (
		agent_id TEXT NOT NULL,
		chat_id TEXT NOT NULL,
		n INTEGER NOT NULL,
		PRIMARY KEY (agent_id, chat_id)
	) WITHOUT ROWID;
	CREATE INDEX read_markers_by_chat ON read_markers (chat_id);
	`,
	// 2: agent accounts (`switchboard accounts`; tokens only as salted scrypt hashes) and departments.
	`
	CREATE TABLE agent_accounts (
		id TEXT PRIMARY KEY,
		name TEXT NOT NULL,
		company TEXT,
		departments TEXT NOT NULL,
		capacity INTEGER NOT NULL,
		token_key TEXT NOT NULL,
		token_hash TEXT NOT NULL,
		created_at INTEGER NOT NULL
	);
	CREATE INDEX agent_accounts_by_token_key ON agent_accounts (token_key);

	CREATE TABLE departments (
		id TEXT PRIMARY KEY,
		name TEXT NOT NULL,
		names TEXT
	);
	`,
	// 3: every chat by age, for export.
	`
	CREATE INDEX chats_by_age ON chats (created_at, id);
	`,
	// 4: the customer's time zone (protocol 1.2), on the chat and on the follow-ups that told them a time in it.
	`
	ALTER TABLE chats ADD COLUMN customer_time_zone TEXT;
	ALTER TABLE followups ADD COLUMN time_zone TEXT;
	`,
];

/** Brings the database up to the newest schema, each step in its own write transaction. Refuses a newer database. */
export function migrate(db: DatabaseSync): number {
	const current = (db.prepare('PRAGMA user_version').get() as {user_version: number}).user_version;
	if (current > MIGRATIONS.length) {
		throw new Error(
			`the database has schema version ${current}, newer than this switchboard knows (${MIGRATIONS.length}); upgrade switchboard`,
		);
	}
	for (let version = current + 1; version <= MIGRATIONS.length; version++) {
		db.exec('BEGIN IMMEDIATE');
		try {
			db.exec(MIGRATIONS[version - 1]!);
			db.exec(`PRAGMA user_version = ${version}`);
			db.exec('COMMIT');
		} catch (error) {
			db.exec('ROLLBACK');
			throw error;
		}
	}
	return MIGRATIONS.length;
}
