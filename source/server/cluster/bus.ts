// Delivery in a cluster: the streams whose links this process holds, fed from the database. LISTEN/NOTIFY only says
// "stream X has events up to N" (or carries a transient event); the events themselves are read from the tables, and a
// poll on a modest interval catches up whatever a lost notification did not announce.
import pg from 'pg';
import {CloseCode} from '../../protocol/index.js';
import type {FrameConnection} from '../connection.js';
import type {PostgresStore} from '../store/postgres/postgres-store.js';
import {AgentSequencer} from './sequencer.js';
import type {Written, WrittenStream} from './unit.js';

/** A stream this process sends to: an agent's session or a customer's chat, on one link. */
export type LocalStream = {
	kind: 'agent' | 'customer';
	id: string;
	linkId: string;
	connection: FrameConnection;
	/** The last seq sent on this link. */
	sent: number;
	/** The highest seq the client acked (agents: flushed to the database now and then, to trim the log). */
	acked: number;
	flushedAck: number;
	sessionId: string | null;
	pumping: boolean;
	/** A wake-up came while pumping: read once more. */
	again: boolean;
};

export type BusOptions = {
	/** Catch-up reads of every local stream this often; default 1 s. */
	pollMs: number;
	/** Test hook: notifications are received and thrown away, so only the poll (and local commits) deliver. */
	dropNotifications: boolean;
	reportError: (error: unknown) => void;
};

const PAGE = 500;

export class ClusterBus {
	readonly agents = new Map<string, LocalStream>();
	readonly customers = new Map<string, LocalStream>();
	private listener: pg.PoolClient | null = null;
	/** Sends the notices, batched, on a connection whose commits do not wait for the disk (a lost wake-up costs a poll). */
	private notifier: pg.PoolClient | null = null;
	/** Notices waiting for the notifier; stream wake-ups by stream, only the highest seq kept. */
	private readonly outbox = new Map<string, string>();
	private sending = false;
	private notices = 0;
	/** Agents' acks not yet in the database: a resume below an ack must be refused on every process (§5.4). */
	private readonly acks = new Map<string, LocalStream>();
	private pollTimer: NodeJS.Timeout | null = null;
	private links = 0;
	private stopped = false;
	private readonly sequencer: AgentSequencer;

	constructor(
		private readonly store: PostgresStore,
		readonly processId: string,
		/** NOTIFY channel: one per schema, so two clusters in one database never hear each other. */
		readonly channel: string,
		readonly options: BusOptions,
		private readonly onNotice: (kind: string, fields: string[]) => void,
		private readonly onPoll: () => Promise<void>,
	) {
		this.sequencer = new AgentSequencer(
			store.pool,
			stream => this.deliver(stream),
			error => {
				if (!this.stopped) options.reportError(error);
			},
		);
	}

	/** Listens on a connection of the pool, kept for as long as the process serves. */
	async start(): Promise<void> {
		const listener = await this.store.pool.connect();
		listener.on('error', error => {
			if (!this.stopped) this.options.reportError(error);
		});
		listener.on('notification', message => {
			if (this.options.dropNotifications || message.channel !== this.channel || !message.payload) return;
			this.notified(message.payload);
		});
		await listener.query(`LISTEN ${pg.escapeIdentifier(this.channel)}`);
		this.listener = listener;
		const notifier = await this.store.pool.connect();
		notifier.on('error', error => {
			if (!this.stopped) this.options.reportError(error);
		});
		await notifier.query('SET synchronous_commit = off');
		this.notifier = notifier;
		this.pollTimer = setInterval(() => void this.poll(), this.options.pollMs);
		this.pollTimer.unref();
	}

	async stop(): Promise<void> {
		this.stopped = true;
		if (this.pollTimer) clearInterval(this.pollTimer);
		// Closed rather than given back to the pool: a connection that listened is not one to reuse.
		this.listener?.release(true);
		this.listener = null;
		this.notifier?.release(true);
		this.notifier = null;
	}

	newLinkId(): string {
		return `${this.processId}.${++this.links}`;
	}

	/**
	 * Sends a notice to every process (this one included; it skips its own where that matters). Notices go out in
	 * batches, one statement at a time: PostgreSQL serialises notifying commits, so many small ones would queue.
	 */
	notify(fields: string[]): void {
		this.outbox.set(`notice ${++this.notices}`, fields.join('\t'));
		this.flush();
	}

	/** "Stream X has events up to N" for the other processes: only the highest N per stream goes out. */
	private announce(stream: WrittenStream): void {
		const key = `${stream.kind === 'agent' ? 'a' : 'c'}\t${stream.id}`;
		this.outbox.delete(key);
		this.outbox.set(key, `${key}\t${stream.first + stream.events.length - 1}`);
		this.flush();
	}

	/** The agent acked: the stream's oldest resumable seq moves up, in the database, at once (batched). */
	acked(stream: LocalStream, seq: number): void {
		if (seq <= stream.acked) return;
		stream.acked = seq;
		this.acks.set(stream.id, stream);
		this.flush();
	}

	private flush(): void {
		if (this.sending || (this.outbox.size === 0 && this.acks.size === 0) || !this.notifier) return;
		const notifier = this.notifier;
		const batch = [...this.outbox.values()];
		const acks = [...this.acks.values()];
		this.outbox.clear();
		this.acks.clear();
		this.sending = true;
		const sent = async () => {
			if (acks.length > 0)
				await notifier.query(
					`UPDATE agent_streams s SET first_seq = GREATEST(s.first_seq, a.acked + 1)
					 FROM unnest($1::text[], $2::bigint[], $3::text[]) AS a(agent, acked, session)
					 WHERE s.agent_id = a.agent AND s.session_id = a.session`,
					[acks.map(stream => stream.id), acks.map(stream => stream.acked), acks.map(stream => stream.sessionId)],
				);
			if (batch.length > 0)
				await notifier.query('SELECT pg_notify($1, notice) FROM unnest($2::text[]) AS notice', [this.channel, batch]);
		};
		sent()
			.catch(error => {
				if (!this.stopped) this.options.reportError(error);
			})
			.finally(() => {
				this.sending = false;
				this.flush();
			});
	}

	attach(stream: LocalStream): void {
		const streams = stream.kind === 'agent' ? this.agents : this.customers;
		const previous = streams.get(stream.id);
		streams.set(stream.id, stream);
		if (previous && previous.connection !== stream.connection)
			previous.connection.close(CloseCode.replaced, 'replaced by a newer connection');
		this.wake(stream);
	}

	/** The link closed: true when it was this stream's link here (the caller then marks it away in the database). */
	detach(kind: 'agent' | 'customer', id: string, linkId: string): boolean {
		const streams = kind === 'agent' ? this.agents : this.customers;
		if (streams.get(id)?.linkId !== linkId) return false;
		streams.delete(id);
		return true;
	}

	/**
	 * After a commit here: customers' streams are delivered, agents' inboxes numbered (and then delivered); resolves
	 * when both are done, so the res that follows comes after its events on a link of this process.
	 */
	async committed(written: Written): Promise<void> {
		for (const stream of written.customers) this.deliver(stream);
		if (written.agents.length > 0) await Promise.all(written.agents.map(id => this.sequencer.sequence(id)));
	}

	/** Numbered events: a link here gets them at once when nothing is missing before them; other processes hear. */
	private deliver(stream: WrittenStream): void {
		const local = (stream.kind === 'agent' ? this.agents : this.customers).get(stream.id);
		// Another process may hold the link (or be about to): it hears of the new events.
		if (!local) {
			this.announce(stream);
			return;
		}
		if (local.pumping || local.sent !== stream.first - 1) {
			this.wake(local);
			return;
		}
		stream.events.forEach((event, i) =>
			local.connection.sendText(frame(stream.first + i, event.event, event.ts, event.json)),
		);
		local.sent = stream.first + stream.events.length - 1;
	}

	/** Reads and sends whatever the stream has after what this link was sent. */
	wake(stream: LocalStream): void {
		if (stream.pumping) {
			stream.again = true;
			return;
		}
		stream.pumping = true;
		void this.pump(stream).finally(() => {
			stream.pumping = false;
		});
	}

	private async pump(stream: LocalStream): Promise<void> {
		// An agent's events are read only while the session is still this link's: a fresh sign-in starts again at seq 1.
		const source =
			stream.kind === 'agent'
				? `SELECT e.seq, e.event, e.ts, e.payload FROM agent_events e JOIN agent_streams s
				   ON s.agent_id = e.agent_id AND s.session_id = $3 WHERE e.agent_id = $1`
				: 'SELECT e.seq, e.event, e.ts, e.payload FROM customer_events e WHERE e.chat_id = $1';
		const values = (sent: number) =>
			stream.kind === 'agent' ? [stream.id, sent, stream.sessionId] : [stream.id, sent];
		try {
			do {
				stream.again = false;
				for (;;) {
					if (!this.live(stream)) return;
					const {rows} = await this.store.pool.query<{seq: number; event: string; ts: number; payload: string}>(
						`${source} AND e.seq > $2 ORDER BY e.seq LIMIT ${PAGE}`,
						values(stream.sent),
					);
					if (!this.live(stream)) return;
					for (const row of rows) {
						// A gap: the stream was started afresh elsewhere (a new sign-in); that sign-in closes this link.
						if (Number(row.seq) !== stream.sent + 1) return;
						stream.connection.sendText(frame(Number(row.seq), row.event, Number(row.ts), row.payload));
						stream.sent = Number(row.seq);
					}
					if (rows.length < PAGE) break;
				}
			} while (stream.again);
		} catch (error) {
			if (!this.stopped) this.options.reportError(error);
		}
	}

	private live(stream: LocalStream): boolean {
		return !this.stopped && (stream.kind === 'agent' ? this.agents : this.customers).get(stream.id) === stream;
	}

	private notified(payload: string): void {
		const fields = payload.split('\t');
		const [kind, id, value] = fields;
		if (kind === 'a' || kind === 'c') {
			const local = (kind === 'a' ? this.agents : this.customers).get(id!);
			if (local && Number(value) > local.sent) this.wake(local);
			return;
		}
		this.onNotice(kind!, fields.slice(1));
	}

	/** The catch-up: every local stream behind the database is woken; acks trim the agents' logs; then the sweeps. */
	private async poll(): Promise<void> {
		try {
			const agents = [...this.agents.values()];
			if (agents.length > 0) {
				const {rows} = await this.store.pool.query<{agent_id: string; seq: number}>(
					'SELECT agent_id, seq FROM agent_streams WHERE agent_id = ANY($1)',
					[agents.map(stream => stream.id)],
				);
				for (const row of rows) {
					const local = this.agents.get(row.agent_id);
					if (local && Number(row.seq) > local.sent) this.wake(local);
				}
				for (const local of agents) if (local.acked > local.flushedAck) await this.flushAck(local);
			}
			const customers = [...this.customers.values()];
			if (customers.length > 0) {
				const {rows} = await this.store.pool.query<{id: string; customer_seq: number}>(
					'SELECT id, customer_seq FROM chats WHERE id = ANY($1)',
					[customers.map(stream => stream.id)],
				);
				for (const row of rows) {
					const local = this.customers.get(row.id);
					if (local && Number(row.customer_seq) > local.sent) this.wake(local);
				}
			}
			// Inboxes a process left unnumbered (it died between its commit and the numbering) are numbered by any other.
			const {rows: left} = await this.store.pool.query<{agent_id: string}>('SELECT DISTINCT agent_id FROM agent_inbox');
			for (const {agent_id: agentId} of left) await this.sequencer.sequence(agentId);
			await this.onPoll();
		} catch (error) {
			if (!this.stopped) this.options.reportError(error);
		}
	}

	/** What the agent acked need not be kept for a replay: a resume may start from there at the earliest. */
	private async flushAck(stream: LocalStream): Promise<void> {
		const acked = stream.acked;
		const {rowCount} = await this.store.pool.query(
			'UPDATE agent_streams SET first_seq = GREATEST(first_seq, $2 + 1) WHERE agent_id = $1 AND session_id = $3',
			[stream.id, acked, stream.sessionId],
		);
		if (rowCount)
			await this.store.pool.query('DELETE FROM agent_events WHERE agent_id = $1 AND seq <= $2', [stream.id, acked]);
		stream.flushedAck = acked;
	}
}

export function frame(seq: number, event: string, ts: number, payloadJson: string): string {
	return `{"type":"evt","seq":${seq},"event":${JSON.stringify(event)},"ts":${ts},"payload":${payloadJson}}`;
}
