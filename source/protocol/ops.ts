// Agent-endpoint operations: each op's request payload and result payload, and the capability it needs.
import {z} from 'zod';
import type {Capability} from './version.js';
import {LIMITS} from './version.js';
import {
	agent,
	cannedResponse,
	chat,
	customer,
	department,
	followup,
	id,
	locale,
	message,
	presence,
	snapshot,
	textOf,
	timestamp,
	transferTarget,
	visibility,
} from './model.js';

const empty = z.object({});
const chatRef = z.object({chat_id: id});
const chatResult = z.object({chat});

type OpSpec = {request: z.ZodType; result: z.ZodType; capability?: Capability};

export const agentOps = {
	auth: {
		request: z.object({
			token: z.string().min(1).max(1_000),
			client: z.object({name: z.string().min(1).max(100), version: z.string().min(1).max(100)}),
			resume: z.object({session_id: id, last_seq: z.number().int().nonnegative()}).optional(),
		}),
		result: z.object({
			session_id: id,
			agent,
			resumed: z.boolean(),
			/** Present when resumed is false. */
			snapshot: snapshot.optional(),
		}),
	},
	'chats.list': {request: empty, result: z.object({chats: z.array(chat)})},
	'chat.history': {
		request: z.object({
			chat_id: id,
			/** Messages with n below this. */
			before: z.number().int().positive().optional(),
			/** Messages with n above this. */
			after: z.number().int().nonnegative().optional(),
			limit: z.number().int().positive().max(LIMITS.maxHistoryLimit),
		}),
		result: z.object({messages: z.array(message), has_more: z.boolean()}),
	},
	'agents.list': {request: empty, result: z.object({agents: z.array(agent)})},
	'departments.list': {request: empty, result: z.object({departments: z.array(department)})},
	'canned.list': {request: empty, result: z.object({canned: z.array(cannedResponse)}), capability: 'canned'},
	'offer.accept': {request: chatRef, result: chatResult},
	'offer.decline': {request: z.object({chat_id: id, reason: z.string().max(500).optional()}), result: empty},
	'message.send': {
		request: z.object({
			chat_id: id,
			client_msg_id: id,
			text: textOf(LIMITS.maxTextChars, 1),
			visibility,
			auto: z.boolean().optional(),
		}),
		result: z.object({message}),
	},
	'typing.set': {request: z.object({chat_id: id, typing: z.boolean()}), result: empty},
	'chat.hold': {
		request: z.object({
			chat_id: id,
			minutes: z.number().positive().max(240).optional(),
			reason: z.string().max(500).optional(),
		}),
		result: chatResult,
		capability: 'hold',
	},
	'chat.unhold': {request: chatRef, result: chatResult, capability: 'hold'},
	'chat.transfer': {
		request: z.object({chat_id: id, target: transferTarget, note: z.string().max(2_000)}),
		result: chatResult,
		capability: 'transfer',
	},
	'chat.end': {request: chatRef, result: chatResult},
	'rating.request': {request: chatRef, result: empty, capability: 'rating'},
	'followup.create': {
		request: z.object({
			chat_id: id,
			contact: z.string().min(1).max(320),
			due_at: timestamp,
			note: z.string().max(2_000),
		}),
		result: z.object({followup}),
		capability: 'followup',
	},
	'followups.list': {request: empty, result: z.object({followups: z.array(followup)}), capability: 'followup'},
	/** (1.2) The customer's other chats, newest first (E8): their transcripts then open with chat.history. */
	'customer.chats': {
		request: z.object({
			chat_id: id,
			/** Only chats older than this one (a chat id from an earlier page). */
			before: id.optional(),
			limit: z.number().int().positive().max(50),
		}),
		result: z.object({chats: z.array(chat), has_more: z.boolean()}),
		capability: 'earlier_chats',
	},
	'customer.update': {
		request: z.object({
			chat_id: id,
			name: z.string().min(1).max(200).optional(),
			email: z.string().min(3).max(320).optional(),
			locale: locale.optional(),
		}),
		result: z.object({customer}),
	},
	'presence.set': {request: z.object({presence: presence.exclude(['offline'])}), result: z.object({agent})},
	'read.mark': {request: z.object({chat_id: id, n: z.number().int().positive()}), result: empty},
} satisfies Record<string, OpSpec>;

export type AgentOp = keyof typeof agentOps;
export type AgentOpRequest<O extends AgentOp> = z.infer<(typeof agentOps)[O]['request']>;
export type AgentOpResult<O extends AgentOp> = z.infer<(typeof agentOps)[O]['result']>;

export function isAgentOp(op: string): op is AgentOp {
	return Object.hasOwn(agentOps, op);
}
