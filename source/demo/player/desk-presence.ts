// Whether the desk's agent is online, as a colleague sees it: new chats wait with a colleague until the desk can take them.
//
// Why: a colleague declines new chats (they are the desk's), but while the desk is not signed in nobody else can take
// them, and the reference server offers a declined chat to the same colleague again as soon as another one frees a
// seat. Declining at once would bounce queued chats between colleagues in a tight loop; holding the offer does not.
import type {Agent, Presence} from '../../protocol/index.js';

export class DeskPresence {
	readonly #colleagueIds: ReadonlySet<string>;
	/** Presence of every agent other than the colleagues (the desk), by id. */
	readonly #presence = new Map<string, Presence>();
	/** Agents whose presence came by event since the last sign-in: fresher than any list asked for before it arrived. */
	readonly #heard = new Set<string>();

	constructor(colleagueIds: ReadonlySet<string>) {
		this.#colleagueIds = colleagueIds;
	}

	get online(): boolean {
		for (const presence of this.#presence.values()) if (presence === 'online') return true;
		return false;
	}

	/** A new session: presence events missed while signed out are lost, so only a new list can be trusted. */
	signedIn(): void {
		this.#heard.clear();
	}

	/**
	 * From agents.list. Its answer can be processed after a presence.changed that came later (both in one read from
	 * the socket), so an agent heard of by event keeps that presence.
	 */
	listed(agents: readonly Agent[]): void {
		for (const agent of agents)
			if (!this.#heard.has(agent.id) && !this.#colleagueIds.has(agent.id)) this.#presence.set(agent.id, agent.presence);
	}

	/** From presence.changed. */
	changed(agentId: string, presence: Presence): void {
		if (this.#colleagueIds.has(agentId)) return;
		this.#heard.add(agentId);
		this.#presence.set(agentId, presence);
	}
}
