// Numbers an agent's inbox into their event stream: the events a unit left in agent_inbox (committed with the change
// that caused them) get the agent's next seqs, in one short transaction per run that takes whatever has arrived since
// the last. A busy agent's events are numbered in batches instead of one commit at a time.
import type pg from 'pg';
import type {WrittenStream} from './unit.js';

type Entry = {tail: Promise<void>; queued: Promise<void> | null};

export class AgentSequencer {
	private readonly running = new Map<string, Entry>();

	constructor(
		private readonly pool: pg.Pool,
		/** Gets each batch numbered, to deliver. */
		private readonly numbered: (stream: WrittenStream) => void,
		private readonly reportError: (error: unknown) => void,
	) {}

	/**
	 * Numbers what the agent's inbox holds now; resolves once the events committed before this call are numbered. A
	 * run already waiting to start covers this call too: it starts after, so it sees them.
	 */
	sequence(agentId: string): Promise<void> {
		const entry = this.running.get(agentId);
		if (entry?.queued) return entry.queued;
		const next: Entry = {tail: Promise.resolve(), queued: null};
		const run = (entry?.tail ?? Promise.resolve()).then(async () => {
			next.queued = null;
			try {
				const stream = await this.run(agentId);
				if (stream) this.numbered(stream);
			} catch (error) {
				this.reportError(error);
			}
		});
		next.tail = run;
		next.queued = run;
		this.running.set(agentId, next);
		void run.finally(() => {
			if (this.running.get(agentId) === next) this.running.delete(agentId);
		});
		return run;
	}

	/**
	 * One run: the agent's row locked (two processes numbering one agent take turns), the inbox moved into the stream
	 * after its last seq. An agent without a session gets nothing: their next sign-in takes a snapshot instead.
	 */
	private async run(agentId: string): Promise<WrittenStream | null> {
		const client = await this.pool.connect();
		try {
			await client.query('BEGIN');
			const {rows: streams} = await client.query<{seq: number; live: boolean}>(
				'SELECT seq, session_id IS NOT NULL AS live FROM agent_streams WHERE agent_id = $1 FOR UPDATE',
				[agentId],
			);
			const seq = Number(streams[0]?.seq ?? 0);
			const live = streams[0]?.live === true;
			const {rows} = await client.query<{seq: number; event: string; ts: number; payload: string}>(
				`WITH moved AS (
					DELETE FROM agent_inbox WHERE agent_id = $1 RETURNING id, event, ts, payload
				), numbered AS (
					SELECT $2::bigint + row_number() OVER (ORDER BY id) AS seq, event, ts, payload FROM moved WHERE $3
				), stored AS (
					INSERT INTO agent_events (agent_id, seq, event, ts, payload)
					SELECT $1, seq, event, ts, payload FROM numbered
				), bumped AS (
					UPDATE agent_streams SET seq = $2::bigint + (SELECT count(*) FROM numbered)
					WHERE agent_id = $1 AND $3 AND EXISTS (SELECT 1 FROM numbered)
				)
				SELECT seq, event, ts, payload FROM numbered ORDER BY seq`,
				[agentId, seq, live],
			);
			await client.query('COMMIT');
			if (rows.length === 0) return null;
			return {
				kind: 'agent',
				id: agentId,
				first: Number(rows[0]!.seq),
				events: rows.map(row => ({event: row.event, json: row.payload, ts: Number(row.ts)})),
			};
		} catch (error) {
			await client.query('ROLLBACK').catch(() => {});
			throw error;
		} finally {
			client.release();
		}
	}
}
