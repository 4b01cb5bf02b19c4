// One unit of work of a server process in a cluster: a PostgreSQL transaction holding a request's (or a timer's)
// changes together with the events they cause, numbered into each agent's and customer's stream at commit, so a
// stream never shows a change that was rolled back nor misses one that was committed.
import {AsyncLocalStorage} from 'node:async_hooks';
import type pg from 'pg';
import type {PostgresStore} from '../store/postgres/postgres-store.js';

/** One event for a stream, its payload already serialised. */
export type PendingEvent = {event: string; json: string};

/** Events numbered into one stream: seqs first..first+events.length-1. */
export type WrittenStream = {kind: 'agent' | 'customer'; id: string; first: number; events: StampedEvent[]};

export type StampedEvent = PendingEvent & {ts: number};

/** What a unit committed: customers' streams numbered, and the agents whose inbox got events (numbered next). */
export type Written = {customers: WrittenStream[]; agents: string[]};

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
 * the changes, then hands what it wrote to `committed` (which delivers it and wakes the other processes).
 */
export async function inUnit<T>(
	store: PostgresStore,
	now: () => number,
	committed: (written: Written, unit: Unit) => Promise<void>,
	work: (unit: Unit) => Promise<T>,
	/** A fresh sign-in reads its snapshot and clears the agent's inbox in one snapshot of the database. */
	isolation: 'read committed' | 'repeatable read' = 'read committed',
): Promise<T> {
	const outer = current.getStore();
	if (outer) return work(outer);
	for (let attempt = 1; ; attempt++) {
		const client = await store.pool.connect();
		const unit = new Unit(client, store.bound(client));
		let written: Written;
		let result: T;
		try {
			await client.query(isolation === 'read committed' ? 'BEGIN' : 'BEGIN ISOLATION LEVEL REPEATABLE READ');
			result = await current.run(unit, () => work(unit));
			written = await writeEvents(unit, now());
			await client.query('COMMIT');
		} catch (error) {
			await client.query('ROLLBACK').catch(() => {});
			client.release();
			if (attempt < ATTEMPTS && RETRYABLE.has((error as {code?: string}).code ?? '')) continue;
			throw error;
		}
		client.release();
		await committed(written, unit);
		return result;
	}
}

/**
 * Stores the unit's events. A customer's stream is numbered here (its chat's row is locked by the change anyway); an
 * agent's events go to the agent's inbox, numbered into the stream after the commit (bus.ts): numbering them here
 * would hold the agent's row through every commit's disk flush, one chat's message at a time for a busy agent. No
 * NOTIFY here either: PostgreSQL serialises notifying commits the same way; wake-ups go out after, batched.
 */
async function writeEvents(unit: Unit, ts: number): Promise<Written> {
	const customers: WrittenStream[] = [];
	for (const [chatId, events] of [...unit.customerEvents].sort(byKey)) {
		const found = await unit.client.query<{last: number}>(
			`WITH numbered AS (
				UPDATE chats SET customer_seq = customer_seq + $2 WHERE id = $1 RETURNING customer_seq AS last
			), stored AS (
				INSERT INTO customer_events (chat_id, seq, event, ts, payload)
				SELECT $1, numbered.last - $2 + e.i, e.event, $3, e.payload
				FROM numbered, unnest($4::text[], $5::text[]) WITH ORDINALITY AS e(event, payload, i)
			)
			SELECT last FROM numbered`,
			[chatId, events.length, ts, events.map(e => e.event), events.map(e => e.json)],
		);
		const last = found.rows[0]?.last;
		if (last === undefined) continue;
		const stamped = events.map(event => ({...event, ts}));
		customers.push({kind: 'customer', id: chatId, first: Number(last) - events.length + 1, events: stamped});
	}
	const agents = [...unit.agentEvents.keys()];
	if (agents.length > 0) {
		const rows = [...unit.agentEvents].flatMap(([agentId, events]) => events.map(event => ({agentId, ...event})));
		await unit.client.query(
			`INSERT INTO agent_inbox (agent_id, event, ts, payload)
			 SELECT e.agent, e.event, $1, e.payload
			 FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS e(agent, event, payload, i) ORDER BY e.i`,
			[ts, rows.map(row => row.agentId), rows.map(row => row.event), rows.map(row => row.json)],
		);
	}
	return {customers, agents};
}

function byKey<V>(a: [string, V], b: [string, V]): number {
	return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}
