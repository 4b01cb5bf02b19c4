// What the server knows of one agent account while it runs: presence, session, seats taken and pending offers.
import type {Presence} from '../protocol/index.js';
import type {AgentStream} from './event-session.js';
import type {RoutingAgent} from './routing.js';
import {dedupScope} from './store/contract.js';

export type AgentProfile = {
	id: string;
	name: string;
	company: string | null;
	token: string;
	departments: string[];
	capacity: number;
};

export class AgentState implements RoutingAgent {
	presence: Presence = 'offline';
	/** Live or inside its resume window; null when signed out or the window ran out. */
	session: AgentStream | null = null;
	/** Chats assigned and not ended (active, on_hold, transferring). */
	readonly chats = new Set<string>();
	/** Chats offered to this agent and not yet answered. */
	readonly offers = new Set<string>();
	lastOfferedAt = 0;
	/**
	 * A database account's token hash as this server last read it (null for configured agents): when the stored one
	 * differs, or the account is gone, the agent is signed out (account-watch.ts).
	 */
	tokenHash: string | null = null;
	/** Where this agent's client_msg_ids are remembered; built once, used on every message. */
	readonly dedupScope: string;

	constructor(readonly profile: AgentProfile) {
		this.dedupScope = dedupScope.agent(profile.id);
	}

	get id(): string {
		return this.profile.id;
	}

	get name(): string {
		return this.profile.name;
	}

	get departments(): readonly string[] {
		return this.profile.departments;
	}

	get capacity(): number {
		return this.profile.capacity;
	}

	get load(): number {
		return this.chats.size + this.offers.size;
	}

	get available(): boolean {
		return this.session !== null;
	}
}
