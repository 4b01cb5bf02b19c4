// Agent-endpoint events: each event's payload, and which ones are sequenced (replayable) or transient.
import {z} from 'zod';
import {LIMITS} from './version.js';
import {chat, customer, id, message, offer, presence, transferTarget} from './model.js';

/** Sequenced events: numbered, buffered for replay, acked. */
const sequencedAgentEvents = {
	'chat.offered': offer,
	'offer.revoked': z.object({
		chat_id: id,
		reason: z.enum(['timeout', 'declined', 'customer_left', 'taken']),
	}),
	'chat.assigned': z.object({chat}),
	'chat.updated': z.object({chat}),
	/** Sent to the agent who transferred: the chat has left them. */
	'chat.transferred': z.object({chat_id: id, to: transferTarget.extend({name: z.string()})}),
	/** Sent to the agent who transferred: nobody took the chat, it is theirs again. */
	'transfer.failed': z.object({
		chat_id: id,
		target: transferTarget,
		reason: z.enum(['declined', 'timeout', 'no_agent_available', 'customer_left']),
		chat,
	}),
	'chat.ended': z.object({chat_id: id, by: z.enum(['agent', 'customer', 'system']), chat}),
	'message.created': z.object({message}),
	'rating.received': z.object({
		chat_id: id,
		score: z.number().int().min(1).max(3),
		comment: z.string().max(2_000).nullable(),
	}),
	'customer.updated': z.object({chat_id: id, customer}),
} satisfies Record<string, z.ZodType>;

/** Transient events: no seq, never buffered or replayed, lost while a link is down. Declared here and only here. */
const transientAgentEvents = {
	typing: z.object({chat_id: id, typing: z.boolean()}),
	sneak_peek: z.object({chat_id: id, text: z.string().max(LIMITS.maxSneakPeekChars)}),
	'presence.changed': z.object({agent_id: id, presence}),
} satisfies Record<string, z.ZodType>;

export const agentEvents = {...sequencedAgentEvents, ...transientAgentEvents};

export type AgentEvent = keyof typeof agentEvents;
export type AgentEventPayload<E extends AgentEvent> = z.infer<(typeof agentEvents)[E]>;
export type SequencedAgentEvent = keyof typeof sequencedAgentEvents;
export type TransientAgentEvent = keyof typeof transientAgentEvents;

export const TRANSIENT_AGENT_EVENTS: ReadonlySet<string> = new Set(Object.keys(transientAgentEvents));

export function isAgentEvent(event: string): event is AgentEvent {
	return Object.hasOwn(agentEvents, event);
}
