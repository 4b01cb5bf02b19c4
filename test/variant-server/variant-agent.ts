// The variant server's agent endpoint ops (protocol §14), after the framing checks of variant-server.ts.
import type {Chat, Message} from '../../source/protocol/index.js';
import {Stream, type Conn} from './variant-stream.js';
import type {AgentRecord, ChatRecord, VariantWorld} from './variant-world.js';

/** An op's answer: a result payload, or an error code and message. */
export type Outcome = {ok: true; payload: object; after?: () => void} | {ok: false; code: string; message: string};

const ok = (payload: object = {}, after?: () => void): Outcome =>
	after ? {ok: true, payload, after} : {ok: true, payload};
const err = (code: string, message: string): Outcome => ({ok: false, code, message});

function mine(world: VariantWorld, agent: AgentRecord, chatId: unknown): ChatRecord | Outcome {
	const record = world.chats.get(String(chatId));
	if (!record) return err('not_found', `no chat ${String(chatId)}`);
	if (record.chat.agent_id !== agent.id) return err('forbidden', 'not your chat');
	return record;
}

const isOutcome = (value: ChatRecord | Outcome): value is Outcome => 'ok' in value;

function snapshot(world: VariantWorld, agent: AgentRecord, seq: number) {
	const chats: Chat[] = [];
	const offers = [];
	for (const record of world.chats.values()) {
		if (record.chat.agent_id === agent.id && record.chat.status !== 'ended') chats.push(record.chat);
		if (record.offerTo === agent.id && !world.has('offers-missing-from-snapshot'))
			offers.push({chat: record.chat, expires_at: record.offerExpires, transfer: null});
	}
	return {seq, chats, offers, followups: []};
}

export function agentAuth(world: VariantWorld, conn: Conn, payload: Record<string, unknown>): Outcome {
	if (conn.agentId !== null && !world.has('second-auth-accepted')) return err('conflict', 'already authenticated');
	const agent = [...world.agents.values()].find(candidate => candidate.token === payload['token']);
	if (!agent) return err('bad_token', 'unknown token');
	const resume = payload['resume'] as {session_id: string; last_seq: number} | undefined;
	const previous = agent.session;
	if (resume) {
		const replay =
			previous && !previous.ended && previous.id === resume.session_id
				? previous.replay(resume.last_seq, world.has('resume-after-drop'))
				: null;
		if (!previous || replay === null) return err('resume_expired', 'the session cannot be resumed');
		previous.ack(Math.min(resume.last_seq, previous.seq));
		return ok({session_id: previous.id, agent: world.agentView(agent), resumed: true}, () => {
			attach(world, conn, agent, previous);
			for (const entry of replay)
				conn.send({type: 'evt', ...entry, ...(world.has('replay-new-ts') ? {ts: world.now()} : {})});
		});
	}
	if (previous) {
		// A fresh login ends the old session; its live connection, if any, is replaced (4003).
		previous.ended = true;
		clearTimeout(previous.windowTimer);
		if (previous.conn?.open) previous.conn.close(4003, 'replaced by a newer connection');
		previous.conn = null;
	}
	const session = new Stream(world.makeId('session'), world.now);
	const wasOffline = agent.presence === 'offline';
	if (wasOffline) agent.presence = 'online';
	agent.session = session;
	return ok(
		{session_id: session.id, agent: world.agentView(agent), resumed: false, snapshot: snapshot(world, agent, 0)},
		() => {
			attach(world, conn, agent, session);
			if (wasOffline) world.announcePresence(agent);
			if (!world.has('queued-not-offered-at-login')) world.route();
		},
	);
}

function attach(world: VariantWorld, conn: Conn, agent: AgentRecord, session: Stream): void {
	clearTimeout(session.windowTimer);
	const old = session.conn;
	session.conn = conn;
	conn.agentId = agent.id;
	conn.stream = session;
	if (old && old !== conn && old.open) old.close(4003, 'replaced by a newer connection');
	for (const other of world.agents.values()) {
		if (other === agent) continue;
		const older = other.session?.conn;
		if (older === conn) other.session!.conn = null;
	}
}

/** The agent's connection went: the session waits out its resume window, then ends. */
export function agentGone(world: VariantWorld, conn: Conn): void {
	const agent = conn.agentId === null ? undefined : world.agents.get(conn.agentId);
	const session = agent?.session;
	if (!agent || !session || session.conn !== conn) return;
	session.conn = null;
	session.windowTimer = setTimeout(() => {
		session.ended = true;
		if (agent.session !== session) return;
		agent.session = null;
		agent.presence = 'offline';
		world.announcePresence(agent);
		for (const record of world.chats.values()) if (record.offerTo === agent.id) world.endOffer(record, 'withdrawn');
	}, world.options.resumeWindowMs).unref();
}

function history(record: ChatRecord, payload: Record<string, unknown>, pageMax: number) {
	const before = payload['before'] as number | undefined;
	const after = payload['after'] as number | undefined;
	const limit = Math.min(payload['limit'] as number, pageMax);
	const range = record.messages.filter(
		message => (before === undefined || message.n < before) && (after === undefined || message.n > after),
	);
	const messages = after === undefined ? range.slice(-limit) : range.slice(0, limit);
	// A short page says so: more remain when the server gave fewer than the range holds.
	return {messages, has_more: messages.length < range.length};
}

export function agentOp(
	world: VariantWorld,
	agent: AgentRecord,
	op: string,
	payload: Record<string, unknown>,
): Outcome {
	const chatId = payload['chat_id'];
	switch (op) {
		case 'chats.list':
			return ok({chats: snapshot(world, agent, 0).chats});
		case 'agents.list':
			return ok({agents: [...world.agents.values()].map(candidate => world.agentView(candidate))});
		case 'departments.list':
			return ok({
				departments: world.options.departments.map(department => {
					const serving = [...world.agents.values()].filter(
						candidate =>
							candidate.presence === 'online' &&
							(candidate.departments.length === 0 || candidate.departments.includes(department.id)),
					);
					return {
						...department,
						agents_online: serving.length,
						accepting: serving.some(candidate => world.load(candidate) < candidate.capacity),
					};
				}),
			});
		case 'chat.history': {
			const record = world.chats.get(String(chatId));
			if (!record) return err('not_found', 'no such chat');
			const readable =
				record.offerTo === agent.id ||
				(record.chat.agent_id === agent.id && !(record.chat.status === 'ended' && world.has('ended-chat-unreadable')));
			if (!readable) return err('forbidden', 'not your chat');
			return ok(history(record, payload, world.options.historyPage));
		}
		case 'offer.accept':
		case 'offer.decline': {
			const record = world.chats.get(String(chatId));
			if (!record) return err('not_found', 'no such chat');
			if (record.offerTo !== agent.id) return err('conflict', 'no offer pending for you');
			if (op === 'offer.decline') return ok({}, () => world.endOffer(record, 'declined'));
			if (record.transferFrom !== null) world.endTransfer(record, agent, 'declined');
			else world.assign(record, agent);
			return ok({chat: record.chat});
		}
		case 'message.send':
			return sendMessage(world, agent, payload);
		case 'typing.set': {
			const record = mine(world, agent, chatId);
			if (isOutcome(record)) return record;
			if (record.chat.status === 'ended')
				return world.has('typing-on-ended-fails') ? err('conflict', 'chat ended') : ok();
			return ok({}, () => record.customer.transient('typing', {typing: payload['typing']}));
		}
		case 'chat.end': {
			const record = mine(world, agent, chatId);
			if (isOutcome(record)) return record;
			if (record.chat.status === 'ended') return err('conflict', 'chat already ended');
			world.endChat(record, 'agent');
			return ok({chat: record.chat});
		}
		case 'chat.hold':
		case 'chat.unhold':
			return hold(world, agent, op, payload);
		case 'chat.transfer':
			return transfer(world, agent, payload);
		case 'rating.request': {
			const record = mine(world, agent, chatId);
			if (isOutcome(record)) return record;
			return ok({}, () => record.customer.push('rating.requested', {}));
		}
		case 'customer.update': {
			const record = mine(world, agent, chatId);
			if (isOutcome(record)) return record;
			const {chat_id: _chat, ...changes} = payload;
			const customer = {...record.chat.customer, ...changes};
			record.chat = {...record.chat, customer};
			world.toAgent(agent.id, 'customer.updated', {chat_id: record.chat.id, customer});
			return ok({customer});
		}
		case 'presence.set': {
			const changed = agent.presence !== payload['presence'];
			agent.presence = payload['presence'] as 'online' | 'away';
			return ok({agent: world.agentView(agent)}, () => {
				if (changed) world.announcePresence(agent);
				if (changed && agent.presence === 'online') world.route();
			});
		}
		case 'read.mark': {
			const record = world.chats.get(String(chatId));
			if (!record) return err('not_found', 'no such chat');
			if (record.chat.agent_id !== agent.id && record.offerTo !== agent.id) return err('forbidden', 'not your chat');
			return ok();
		}
		default:
			return err('unsupported', `${op} is not offered by this server`);
	}
}

function sendMessage(world: VariantWorld, agent: AgentRecord, payload: Record<string, unknown>): Outcome {
	const sent = world.agentSent.get(agent.id) ?? new Map<string, Message>();
	world.agentSent.set(agent.id, sent);
	const clientMsgId = String(payload['client_msg_id']);
	const known = sent.get(clientMsgId);
	if (known) return ok({message: known});
	const record = mine(world, agent, payload['chat_id']);
	if (isOutcome(record)) return record;
	if (record.chat.status === 'ended') return err('conflict', 'chat ended');
	const message = world.storeMessage(record, {
		author: {type: 'agent', id: agent.id, name: agent.name},
		text: String(payload['text']),
		visibility: payload['visibility'] as 'public' | 'internal',
		auto: payload['auto'] === true,
		client_msg_id: clientMsgId,
	});
	sent.set(clientMsgId, message);
	return ok({message});
}

/** To an agent only: a department target is answered no_capacity, which §14.13 (1.1) allows for "nobody can take it". */
function transfer(world: VariantWorld, agent: AgentRecord, payload: Record<string, unknown>): Outcome {
	if (!world.options.capabilities.includes('transfer')) return err('unsupported', 'no transfers here');
	const record = mine(world, agent, payload['chat_id']);
	if (isOutcome(record)) return record;
	const target = payload['target'] as {type: 'agent' | 'department'; id: string};
	const to = target.type === 'agent' ? world.agents.get(target.id) : undefined;
	if (target.type === 'agent' && !to) return err('not_found', 'no such agent');
	if (to === agent && !world.has('transfer-to-self-accepted')) return err('bad_request', 'the target is yourself');
	if (record.chat.status !== 'active' && record.chat.status !== 'on_hold')
		return err('conflict', `the chat is ${record.chat.status}`);
	if (!to || (to !== agent && !world.eligible(to, record, true))) return err('no_capacity', 'nobody can take it now');
	world.offerTransfer(record, agent, to, String(payload['note'] ?? ''));
	return ok({chat: record.chat});
}

function hold(world: VariantWorld, agent: AgentRecord, op: string, payload: Record<string, unknown>): Outcome {
	const record = mine(world, agent, payload['chat_id']);
	if (isOutcome(record)) return record;
	const status = record.chat.status;
	const before = world.customerView(record);
	if (op === 'chat.hold') {
		if (status !== 'active' && status !== 'on_hold') return err('conflict', `the chat is ${status}`);
		const since = record.chat.hold?.since ?? world.now();
		const minutes = (payload['minutes'] as number | undefined) ?? null;
		const reason = (payload['reason'] as string | undefined) ?? null;
		record.chat = {...record.chat, status: 'on_hold', hold: {since, minutes, reason}};
	} else {
		if (status !== 'on_hold') return err('conflict', 'the chat is not on hold');
		record.chat = {...record.chat, status: 'active', hold: null};
	}
	world.toAgent(agent.id, 'chat.updated', {chat: record.chat});
	world.tellCustomer(record, before);
	if (op === 'chat.hold' && world.has('hold-reason-to-customer') && record.chat.hold?.reason)
		record.customer.push('chat.updated', {
			chat: {...world.customerView(record), department_id: record.chat.hold.reason},
		});
	return ok({chat: record.chat});
}
