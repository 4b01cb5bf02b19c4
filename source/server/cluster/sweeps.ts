// What no single process owns, swept by every process on each poll: its own heartbeat, the links of processes that
// stopped beating (killed), resume windows that ran out (agents go offline, customers' chats end) and expired offers.
// Each item is re-checked under its row lock inside a unit, so two processes sweeping at once act on it once.
import type {ClusterCentre} from './centre.js';

/** A process silent this long is taken for dead: its links are away since it was last seen. */
const DEAD_AFTER_MS = 5_000;

export class Sweeps {
	private running = false;

	constructor(
		private readonly centre: ClusterCentre,
		private readonly processId: string,
	) {}

	async register(): Promise<void> {
		await this.beat();
	}

	/** One sweep; a sweep still running when the next poll comes is not doubled. */
	async run(): Promise<void> {
		if (this.running) return;
		this.running = true;
		try {
			await this.beat();
			await this.buryDeadProcesses();
			await this.expireAgents();
			await this.expireCustomers();
			await this.expireOffers();
		} finally {
			this.running = false;
		}
	}

	/** A graceful stop: this process's links are away from now, and it leaves the table. */
	async leave(): Promise<void> {
		const {pool} = this.centre.database;
		const now = this.centre.now();
		await pool.query(
			'UPDATE agent_streams SET link_id = NULL, process_id = NULL, detached_at = $2 WHERE process_id = $1',
			[this.processId, now],
		);
		await pool.query(
			`UPDATE chats SET customer_link = NULL, customer_process = NULL, customer_detached_at = $2
			 WHERE customer_process = $1`,
			[this.processId, now],
		);
		await pool.query('DELETE FROM server_processes WHERE id = $1', [this.processId]);
	}

	private async beat(): Promise<void> {
		const {pool} = this.centre.database;
		await pool.query(
			`INSERT INTO server_processes (id, seen_at) VALUES ($1, $2)
			 ON CONFLICT (id) DO UPDATE SET seen_at = excluded.seen_at`,
			[this.processId, this.centre.now()],
		);
		// A pause longer than DEAD_AFTER_MS (a loaded machine) may have had this process buried: its live links say so again.
		const agents = [...this.centre.bus.agents.values()];
		if (agents.length > 0)
			await pool.query(
				`UPDATE agent_streams s SET link_id = l.link, process_id = $3, detached_at = NULL
				 FROM unnest($1::text[], $2::text[]) AS l(agent, link)
				 WHERE s.agent_id = l.agent AND s.link_id IS NULL AND s.session_id IS NOT NULL`,
				[agents.map(stream => stream.id), agents.map(stream => stream.linkId), this.processId],
			);
		const customers = [...this.centre.bus.customers.values()];
		if (customers.length > 0)
			await pool.query(
				`UPDATE chats c SET customer_link = l.link, customer_process = $3, customer_detached_at = NULL
				 FROM unnest($1::text[], $2::text[]) AS l(chat, link)
				 WHERE c.id = l.chat AND c.customer_link IS NULL`,
				[customers.map(stream => stream.id), customers.map(stream => stream.linkId), this.processId],
			);
	}

	private async buryDeadProcesses(): Promise<void> {
		const {pool} = this.centre.database;
		const now = this.centre.now();
		const since = now - DEAD_AFTER_MS;
		const lastSeen = (column: string) =>
			`COALESCE((SELECT seen_at FROM server_processes p WHERE p.id = ${column}), $2)`;
		const dead = (column: string) =>
			`${column} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM server_processes p WHERE p.id = ${column} AND p.seen_at >= $1)`;
		await pool.query(
			`UPDATE agent_streams SET link_id = NULL, detached_at = ${lastSeen('agent_streams.process_id')}, process_id = NULL
			 WHERE ${dead('agent_streams.process_id')}`,
			[since, now],
		);
		await pool.query(
			`UPDATE chats SET customer_link = NULL, customer_detached_at = ${lastSeen('chats.customer_process')},
				customer_process = NULL
			 WHERE status <> 'ended' AND ${dead('chats.customer_process')}`,
			[since, now],
		);
		await pool.query('DELETE FROM server_processes WHERE seen_at < $1', [since]);
	}

	/** Agents away for the whole resume window: offline, their offers go to others (their chats stay theirs). */
	private async expireAgents(): Promise<void> {
		const {centre} = this;
		const before = centre.now() - centre.settings.resumeWindowMs;
		const {rows} = await centre.database.pool.query<{agent_id: string}>(
			'SELECT agent_id FROM agent_streams WHERE session_id IS NOT NULL AND link_id IS NULL AND detached_at < $1',
			[before],
		);
		for (const {agent_id: agentId} of rows) {
			await centre.unit(async unit => {
				await unit.lockRouting();
				const {rowCount} = await unit.client.query(
					`UPDATE agent_streams SET session_id = NULL, presence = 'offline', detached_at = NULL
					 WHERE agent_id = $1 AND session_id IS NOT NULL AND link_id IS NULL AND detached_at < $2`,
					[agentId, before],
				);
				if (!rowCount) return;
				await unit.client.query('DELETE FROM agent_events WHERE agent_id = $1', [agentId]);
				await unit.client.query('DELETE FROM agent_inbox WHERE agent_id = $1', [agentId]);
				await centre.router.withdrawOffersOf(agentId);
				await centre.router.routeQueue();
				unit.afterCommit.push(() => centre.announcePresence(agentId, 'offline'));
			});
		}
	}

	/** Customers away for the whole window: treated as leaving, their chat ended by the system. */
	private async expireCustomers(): Promise<void> {
		const {centre} = this;
		const before = centre.now() - centre.settings.resumeWindowMs;
		const {rows} = await centre.database.pool.query<{id: string}>(
			`SELECT id FROM chats WHERE status <> 'ended' AND customer_link IS NULL AND customer_detached_at < $1`,
			[before],
		);
		for (const {id} of rows) {
			await centre.unit(async unit => {
				await unit.lockRouting();
				const {rowCount} = await unit.client.query(
					`SELECT 1 FROM chats WHERE id = $1 AND status <> 'ended' AND customer_link IS NULL
					 AND customer_detached_at < $2 FOR UPDATE`,
					[id, before],
				);
				if (rowCount) await centre.router.endChat(id, 'system');
			});
		}
	}

	private async expireOffers(): Promise<void> {
		const {centre} = this;
		const {rows} = await centre.database.pool.query<{chat_id: string}>(
			'SELECT chat_id FROM offers WHERE expires_at <= $1',
			[centre.now()],
		);
		for (const {chat_id: chatId} of rows) await centre.unit(() => centre.router.expireOffer(chatId));
	}
}
