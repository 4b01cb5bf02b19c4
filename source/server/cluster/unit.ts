// One unit of work of a server process in a cluster: a PostgreSQL transaction holding a request's (or a timer's)
// changes together with the events they cause, numbered into each agent's and customer's stream at commit, so a
// stream never shows a change that was rolled back nor misses one that was committed.
import {AsyncLocalStorage} from 'node:async_hooks';
import type pg from 'pg';
import type {PostgresStore} from '../store/postgres/postgres-store.js';

/** One event for a stream, its payload already serialised. */
export type PendingEvent = {event: string; json: string};

/** What a unit wrote into one stream: events with seqs first..first+frames.length-1, all stamped ts. */
export type WrittenStream = {kind: 'agent' | 'customer'; id: string; first: number; events: PendingEvent[]; ts: number};

/** Every process that routes takes this transaction lock first: offers are decided one at a time, cluster-wide. */
const ROUTING_LOCK = 0x7362_0017;

/**
 * PostgreSQL broke a deadlock or a serialisation conflict by failing one side, or a unique key refused a second copy
 * (a send retried on another process while its original was still in flight): that side runs again, and then finds
 * what the other committed (the handlers look for an earlier client_msg_id first).
 */
const RETRYABLE = new Set(['40P01', '40001', '23505']);
const ATTEMPTS = 4;

export class Unit {
	readonly agentEvents = new Map<string, PendingEvent[]>();
	readonly customerEvents = new Map<string, PendingEvent[]>();
	/** Work for after the commit (local deliveries, a timer): never runs for a unit rolled back. */
	readonly afterCommit: Array<() => void> = [];
	private routing = false;

	constructor(
		readonly client: pg.PoolClient,
		/** The store, its statements inside this transaction. */
		readonly store: PostgresStore,
	) {}

	toAgent(agentId: string, event: string, json: string): void {
		let list = this.agentEvents.get(agentId);
		if (!list) this.agentEvents.set(agentId, (list = []));
		list.push({event, json});
	}

	toCustomer(chatId: string, event: string, json: string): void {
		let list = this.customerEvents.get(chatId);
		if (!list) this.customerEvents.set(chatId, (list = []));
		list.push({event, json});
	}

	/** Routing decisions (offers, capacity) are made under one lock per cluster, held to the commit. */
	async lockRouting(): Promise<void> {
		if (this.routing) return;
		await this.client.query('SELECT pg_advisory_xact_lock($1)', [ROUTING_LOCK]);
		this.routing = true;
	}
}

const current = new AsyncLocalStorage<Unit>();

export function currentUnit(): Unit | undefined {
	return current.getStore();
}

export function requireUnit(): Unit {
	const unit = current.getStore();
	if (!unit) throw new Error('a cluster change ran outside a unit of work');
	return unit;
}

/**
 * Runs work in a unit: inside the caller's when there is one, else in a new transaction that commits the events with
 * the changes, notifies the other processes (`channel`), then hands what it wrote to `committed`.
 */
export async function inUnit<T>(
	store: PostgresStore,
	channel: string,
	now: () => number,
	committed: (written: WrittenStream[], unit: Unit) => void,
	work: (unit: Unit) => Promise<T>,
): Promise<T> {
	const outer = current.getStore();
	if (outer) return work(outer);
	for (let attempt = 1; ; attempt++) {
		const client = await store.pool.connect();
		const unit = new Unit(client, store.bound(client));
		let written: WrittenStream[];
		let result: T;
		try {
			await client.query('BEGIN');
			result = await current.run(unit, () => work(unit));
			written = await writeEvents(unit, channel, now());
			await client.query('COMMIT');
		} catch (error) {
			await client.query('ROLLBACK').catch(() => {});
			client.release();
			if (attempt < ATTEMPTS && RETRYABLE.has((error as {code?: string}).code ?? '')) continue;
			throw error;
		}
		client.release();
		committed(written, unit);
		return result;
	}
}

/**
 * Numbers and stores the unit's events, one statement per stream: customers' streams first, then agents', each in id
 * order, so two units lock stream rows in one order. An agent without a session gets no events (a fresh sign-in takes
 * a snapshot). Each statement's NOTIFY goes out with the commit, and only then: a rolled-back change wakes nobody.
 */
async function writeEvents(unit: Unit, channel: string, ts: number): Promise<WrittenStream[]> {
	const written: WrittenStream[] = [];
	for (const [chatId, events] of [...unit.customerEvents].sort(byKey)) {
		const found = await unit.client.query<{last: number}>(
			`WITH numbered AS (
				UPDATE chats SET customer_seq = customer_seq + $2 WHERE id = $1 RETURNING customer_seq AS last
			), stored AS (
				INSERT INTO customer_events (chat_id, seq, event, ts, payload)
				SELECT $1, numbered.last - $2 + e.i, e.event, $3, e.payload
				FROM numbered, unnest($4::text[], $5::text[]) WITH ORDINALITY AS e(event, payload, i)
			)
			SELECT last, pg_notify($6, 'c' || chr(9) || $1 || chr(9) || last) FROM numbered`,
			[chatId, events.length, ts, events.map(e => e.event), events.map(e => e.json), channel],
		);
		const last = found.rows[0]?.last;
		if (last === undefined) continue;
		written.push({kind: 'customer', id: chatId, first: Number(last) - events.length + 1, events, ts});
	}
	for (const [agentId, events] of [...unit.agentEvents].sort(byKey)) {
		const found = await unit.client.query<{last: number}>(
			`WITH numbered AS (
				UPDATE agent_streams SET seq = seq + $2 WHERE agent_id = $1 AND session_id IS NOT NULL
				RETURNING seq AS last
			), stored AS (
				INSERT INTO agent_events (agent_id, seq, event, ts, payload)
				SELECT $1, numbered.last - $2 + e.i, e.event, $3, e.payload
				FROM numbered, unnest($4::text[], $5::text[]) WITH ORDINALITY AS e(event, payload, i)
			)
			SELECT last, pg_notify($6, 'a' || chr(9) || $1 || chr(9) || last) FROM numbered`,
			[agentId, events.length, ts, events.map(e => e.event), events.map(e => e.json), channel],
		);
		const last = found.rows[0]?.last;
		if (last === undefined) continue;
		written.push({kind: 'agent', id: agentId, first: Number(last) - events.length + 1, events, ts});
	}
	return written;
}

function byKey<V>(a: [string, V], b: [string, V]): number {
	return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}
