// The variant server's customer endpoint ops (protocol §17.4): join, resume, messages, typing, rating, leave.
import type {Message} from '../../source/protocol/index.js';
import type {Outcome} from './variant-agent.js';
import {Stream, type Conn} from './variant-stream.js';
import type {ChatRecord, VariantWorld} from './variant-world.js';

const ok = (payload: object = {}, after?: () => void): Outcome =>
	after ? {ok: true, payload, after} : {ok: true, payload};
const err = (code: string, message: string): Outcome => ({ok: false, code, message});

export const chatOf = (world: VariantWorld, conn: Conn): ChatRecord | undefined =>
	[...world.chats.values()].find(record => record.customer === conn.stream);

function bind(conn: Conn, record: ChatRecord): void {
	clearTimeout(record.customer.windowTimer);
	const old = record.customer.conn;
	record.customer.conn = conn;
	conn.stream = record.customer;
	if (old && old !== conn && old.open) old.close(4003, 'replaced by a newer connection');
}

export function customerJoin(world: VariantWorld, conn: Conn, payload: Record<string, unknown>): Outcome {
	if (conn.stream !== null && !world.has('second-join-accepted')) return err('conflict', 'already joined');
	const department = (payload['department_id'] as string | undefined) ?? null;
	if (department !== null && !world.options.departments.some(entry => entry.id === department))
		return err('not_found', 'no such department');
	const chatId = world.makeId('chat');
	const record: ChatRecord = {
		chat: {
			id: chatId,
			status: 'queued',
			customer: {
				id: world.makeId('customer'),
				name: (payload['name'] as string | undefined) ?? null,
				email: (payload['email'] as string | undefined) ?? null,
				locale: payload['locale'] as string,
				page: (payload['page'] as string | undefined) ?? null,
				previous_chats: 0,
			},
			department_id: department,
			agent_id: null,
			created_at: world.now(),
			hold: null,
			transfer: null,
			rating: null,
		},
		messages: [],
		offerTo: null,
		offerExpires: 0,
		offerTimer: undefined,
		customer: new Stream(chatId, world.now),
		// Resume tokens have a length floor of 16 in the spec, whatever the id style.
		resumeToken: `resume-${world.makeId('token')}-${Math.random().toString(36).slice(2, 12)}`,
		customerSent: new Map(),
		hadAgent: false,
		agentName: null,
		transferFrom: null,
	};
	world.chats.set(chatId, record);
	world.byResumeToken.set(record.resumeToken, record);
	bind(conn, record);
	return ok({chat: world.customerView(record), resume_token: record.resumeToken, seq: 0}, () => world.route());
}

export function customerResume(world: VariantWorld, conn: Conn, payload: Record<string, unknown>): Outcome {
	if (conn.stream !== null) return err('conflict', 'already joined');
	const record = world.byResumeToken.get(String(payload['resume_token']));
	const lastSeq = payload['last_seq'] as number;
	const replay = record && !record.customer.ended ? record.customer.replay(lastSeq) : null;
	if (!record || replay === null) return err('resume_expired', 'this chat can no longer be resumed');
	record.customer.ack(lastSeq);
	// seq is the customer's own last_seq: the replay that follows brings everything after it (protocol §17.2, v1.1).
	return ok({chat: world.customerView(record), resume_token: record.resumeToken, seq: lastSeq}, () => {
		bind(conn, record);
		for (const entry of replay) conn.send({type: 'evt', ...entry});
	});
}

export function customerGone(world: VariantWorld, conn: Conn): void {
	const record = chatOf(world, conn);
	if (!record || record.customer.conn !== conn) return;
	record.customer.conn = null;
	record.customer.windowTimer = setTimeout(() => {
		record.customer.ended = true;
		if (record.chat.status !== 'ended') world.endChat(record, 'system');
	}, world.options.resumeWindowMs).unref();
}

export function customerOp(
	world: VariantWorld,
	record: ChatRecord,
	op: string,
	payload: Record<string, unknown>,
): Outcome {
	switch (op) {
		case 'message.send': {
			const clientMsgId = String(payload['client_msg_id']);
			const known = record.customerSent.get(clientMsgId);
			if (known) return ok({message: known});
			if (record.chat.status === 'ended') return err('conflict', 'chat ended');
			const customer = record.chat.customer;
			const message: Message = world.storeMessage(record, {
				author: {type: 'customer', id: customer.id, name: customer.name},
				text: String(payload['text']),
				visibility: 'public',
				auto: false,
				client_msg_id: clientMsgId,
			});
			record.customerSent.set(clientMsgId, message);
			return ok({message});
		}
		case 'typing.set':
			return ok({}, () => {
				if (record.chat.status === 'ended') return;
				for (const agentId of world.listeners(record))
					world.transientToAgent(agentId, 'typing', {chat_id: record.chat.id, typing: payload['typing']});
			});
		case 'rating.submit': {
			if (!world.options.capabilities.includes('rating')) return err('unsupported', 'no ratings here');
			if (!record.hadAgent && !world.has('rating-before-agent')) return err('conflict', 'no agent has had this chat');
			const score = payload['score'] as number;
			if (!world.has('rating-not-stored')) record.chat = {...record.chat, rating: score};
			world.toAgent(record.chat.agent_id, 'rating.received', {
				chat_id: record.chat.id,
				score,
				comment: (payload['comment'] as string | undefined) ?? null,
			});
			return ok();
		}
		case 'leave':
			if (record.chat.status === 'ended') return ok();
			return ok({}, () => world.endChat(record, 'customer'));
		default:
			return err('unsupported', `${op} is not offered by this server`);
	}
}
