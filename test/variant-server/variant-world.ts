// The variant server's state: agents, chats, messages and routing, written from docs/protocol.md alone (no reference-server code).
import type {Agent, Chat, CustomerChatView, Message} from '../../source/protocol/index.js';
import {idMaker, type ResolvedOptions} from './variant-options.js';
import {Stream} from './variant-stream.js';

export type AgentRecord = {
	id: string;
	name: string;
	token: string;
	capacity: number;
	departments: string[];
	presence: 'online' | 'away' | 'offline';
	session: Stream | null;
	/** Chats this agent declined or let time out: not offered to it again while another agent could take them. */
	refused: Set<string>;
};

export type ChatRecord = {
	chat: Chat;
	messages: Message[];
	offerTo: string | null;
	offerExpires: number;
	offerTimer: NodeJS.Timeout | undefined;
	customer: Stream;
	resumeToken: string;
	/** client_msg_id → message, per chat (customer scope). */
	customerSent: Map<string, Message>;
	/** Whether any agent has had the chat (a rating needs one). */
	hadAgent: boolean;
	agentName: string | null;
	/** While a transfer is offered: who asked for it, and the brief (never the customer's). */
	transferFrom: {agentId: string; note: string} | null;
};

export class VariantWorld {
	readonly agents = new Map<string, AgentRecord>();
	readonly chats = new Map<string, ChatRecord>();
	readonly byResumeToken = new Map<string, ChatRecord>();
	/** client_msg_id → message, per agent (agent scope, across chats and sessions). */
	readonly agentSent = new Map<string, Map<string, Message>>();
	readonly makeId: (kind: string) => string;
	#messageCounter = 0;

	constructor(readonly options: ResolvedOptions) {
		this.makeId = idMaker(options.idStyle);
		for (const agent of options.agents) {
			this.agents.set(agent.id, {
				id: agent.id,
				name: agent.name,
				token: agent.token,
				capacity: agent.capacity ?? 4,
				departments: agent.departments ?? [],
				presence: 'offline',
				session: null,
				refused: new Set(),
			});
		}
	}

	now = (): number => Date.now() + this.options.clockOffsetMs;

	has(fault: string): boolean {
		return this.options.fault === fault;
	}

	load(agent: AgentRecord): number {
		let load = 0;
		for (const record of this.chats.values()) {
			const status = record.chat.status;
			if (record.chat.agent_id === agent.id && (status === 'active' || status === 'on_hold')) load += 1;
			if (record.offerTo === agent.id) load += 1;
		}
		return load;
	}

	agentView(agent: AgentRecord): Agent {
		return {
			id: agent.id,
			name: agent.name,
			company: null,
			departments: [...agent.departments],
			presence: agent.presence,
			capacity: agent.capacity,
			load: this.load(agent),
		};
	}

	customerView(record: ChatRecord): CustomerChatView {
		const status = record.chat.status;
		// Routing stays with the server: the customer waits ("queued") until an agent has the chat.
		const shown = status === 'offered' && !this.has('routing-in-customer-status') ? 'queued' : status;
		return {
			chat_id: record.chat.id,
			status: shown,
			agent_name: record.agentName,
			department_id: record.chat.department_id,
		};
	}

	toAgent(agentId: string | null, event: string, payload: object): void {
		if (agentId === null) return;
		this.agents.get(agentId)?.session?.push(event, payload);
	}

	transientToAgent(agentId: string | null, event: string, payload: object): void {
		if (agentId === null) return;
		this.agents.get(agentId)?.session?.transient(event, payload);
	}

	/** The agents that hear of a chat's messages and typing: the one who has it and the one it is offered to. */
	listeners(record: ChatRecord): string[] {
		return [record.chat.agent_id, record.offerTo].filter((id): id is string => id !== null);
	}

	/** The customer's view after a change; chat.updated only when what the customer sees changed. */
	tellCustomer(record: ChatRecord, before: CustomerChatView): void {
		const after = this.customerView(record);
		if (after.status === 'ended') return;
		if (JSON.stringify(after) !== JSON.stringify(before)) record.customer.push('chat.updated', {chat: after});
	}

	storeMessage(
		record: ChatRecord,
		fields: Pick<Message, 'author' | 'text' | 'visibility' | 'auto' | 'client_msg_id'>,
	): Message {
		const n = this.has('n-not-per-chat') ? ++this.#messageCounter : record.messages.length + 1;
		const message: Message = {id: this.makeId('message'), chat_id: record.chat.id, n, ts: this.now(), ...fields};
		record.messages.push(message);
		for (const agentId of this.listeners(record)) this.toAgent(agentId, 'message.created', {message});
		if (message.visibility === 'public') {
			const forCustomer =
				message.author.type === 'agent' && !this.has('agent-id-to-customer')
					? {...message, author: {...message.author, id: null}}
					: message;
			record.customer.push('message.created', {message: forCustomer});
		}
		return message;
	}

	eligible(agent: AgentRecord, record: ChatRecord, ignoreRefusals: boolean): boolean {
		if (!agent.session || agent.session.ended) return false;
		if (agent.presence !== 'online' && !(this.has('offers-to-away') && agent.presence === 'away')) return false;
		if (this.load(agent) >= agent.capacity) return false;
		const department = record.chat.department_id;
		if (department !== null && agent.departments.length > 0 && !agent.departments.includes(department)) return false;
		return ignoreRefusals || !agent.refused.has(record.chat.id);
	}

	/** Queued chats, oldest first, each to the first eligible agent. */
	route(): void {
		for (const record of this.chats.values()) {
			if (record.chat.status !== 'queued') continue;
			const agents = [...this.agents.values()];
			const agent =
				agents.find(candidate => this.eligible(candidate, record, false)) ??
				agents.find(candidate => this.eligible(candidate, record, true));
			if (!agent) continue;
			agent.refused.delete(record.chat.id);
			if (this.options.assignWithoutOffer) this.assign(record, agent);
			else this.offer(record, agent);
		}
	}

	offer(record: ChatRecord, agent: AgentRecord): void {
		const before = this.customerView(record);
		record.chat = {...record.chat, status: 'offered'};
		record.offerTo = agent.id;
		const timeout = this.has('offer-already-expired') ? -1_000 : this.options.offerTimeoutMs;
		record.offerExpires = this.now() + timeout;
		record.offerTimer = setTimeout(() => this.endOffer(record, 'timeout'), Math.max(0, timeout)).unref();
		this.toAgent(agent.id, 'chat.offered', {chat: record.chat, expires_at: record.offerExpires, transfer: null});
		this.tellCustomer(record, before);
	}

	assign(record: ChatRecord, agent: AgentRecord): void {
		const before = this.customerView(record);
		clearTimeout(record.offerTimer);
		record.offerTo = null;
		record.hadAgent = true;
		record.agentName = agent.name;
		record.chat = {...record.chat, status: 'active', agent_id: agent.id};
		this.toAgent(agent.id, 'chat.assigned', {chat: record.chat});
		this.tellCustomer(record, before);
	}

	/** A colleague's chat offered to `agent` (§14.13): the customer sees `transferring` at most, never the note. */
	offerTransfer(record: ChatRecord, from: AgentRecord, agent: AgentRecord, note: string): void {
		const before = this.customerView(record);
		record.chat = {...record.chat, status: 'transferring', transfer: {type: 'agent', id: agent.id}, hold: null};
		record.transferFrom = {agentId: from.id, note};
		record.offerTo = agent.id;
		record.offerExpires = this.now() + this.options.offerTimeoutMs;
		record.offerTimer = setTimeout(() => this.endOffer(record, 'timeout'), this.options.offerTimeoutMs).unref();
		this.toAgent(from.id, 'chat.updated', {chat: record.chat});
		this.toAgent(agent.id, 'chat.offered', {
			chat: record.chat,
			expires_at: record.offerExpires,
			transfer: {from: {id: from.id, name: from.name}, note},
		});
		this.tellCustomer(record, before);
		if (this.has('transfer-note-to-customer') && note !== '')
			record.customer.push('chat.updated', {chat: {...this.customerView(record), department_id: note}});
	}

	/** A transfer offer ends: accepted (the chat moves) or not (back to the agent who asked, active). */
	endTransfer(record: ChatRecord, accepted: AgentRecord | null, reason: 'timeout' | 'declined'): void {
		const from = record.transferFrom!;
		const target = record.chat.transfer!;
		clearTimeout(record.offerTimer);
		record.offerTo = null;
		record.transferFrom = null;
		if (accepted) {
			record.chat = {...record.chat, transfer: null};
			this.toAgent(from.agentId, 'chat.transferred', {
				chat_id: record.chat.id,
				to: {...target, name: accepted.name},
			});
			this.assign(record, accepted);
			return;
		}
		const before = this.customerView(record);
		record.chat = {...record.chat, status: 'active', transfer: null};
		this.toAgent(target.id, 'offer.revoked', {chat_id: record.chat.id, reason});
		this.toAgent(from.agentId, 'transfer.failed', {chat_id: record.chat.id, target, reason, chat: record.chat});
		this.tellCustomer(record, before);
	}

	/** An offer ends unanswered: back to the queue, routed again. */
	endOffer(record: ChatRecord, reason: 'timeout' | 'declined' | 'withdrawn'): void {
		const agentId = record.offerTo;
		if (agentId === null) return;
		if (record.transferFrom !== null && reason !== 'withdrawn') {
			this.endTransfer(record, null, reason);
			return;
		}
		clearTimeout(record.offerTimer);
		record.offerTo = null;
		record.chat = {...record.chat, status: 'queued'};
		if (reason !== 'withdrawn') {
			this.agents.get(agentId)?.refused.add(record.chat.id);
			this.toAgent(agentId, 'offer.revoked', {chat_id: record.chat.id, reason});
		}
		if (reason === 'declined' && this.has('declined-not-reoffered')) return;
		this.route();
	}

	endChat(record: ChatRecord, by: 'agent' | 'customer' | 'system'): void {
		clearTimeout(record.offerTimer);
		if (record.offerTo !== null) {
			this.toAgent(record.offerTo, 'offer.revoked', {chat_id: record.chat.id, reason: 'customer_left'});
			record.offerTo = null;
		}
		record.chat = {...record.chat, status: 'ended', hold: null};
		this.toAgent(record.chat.agent_id, 'chat.ended', {chat_id: record.chat.id, by, chat: record.chat});
		record.customer.push('chat.ended', {chat: this.customerView(record)});
		this.route();
	}

	/** A presence change goes to every other agent's live connection (never to the agent itself). */
	announcePresence(agent: AgentRecord): void {
		for (const other of this.agents.values()) {
			if (other.id === agent.id && !this.has('presence-to-self')) continue;
			other.session?.transient('presence.changed', {agent_id: agent.id, presence: agent.presence});
		}
	}
}
