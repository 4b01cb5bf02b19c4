// Customer-endpoint operations and events: what a chat widget or a simulated customer speaks.
import {z} from 'zod';
import {LIMITS} from './version.js';
import {chatStatus, id, locale, message, textOf, timeZone} from './model.js';

/** What the customer may see of their chat: never agent ids, notes or routing. */
export const customerChatView = z.object({
	chat_id: id,
	status: chatStatus,
	agent_name: z.string().nullable(),
	department_id: id.nullable(),
});
export type CustomerChatView = z.infer<typeof customerChatView>;

const empty = z.object({});
const joined = z.object({
	chat: customerChatView,
	/** Secret the customer presents to resume this chat after a dropped link. */
	resume_token: z.string().min(16).max(200),
	/** Current seq of the customer's event stream. */
	seq: z.number().int().nonnegative(),
});

export const customerOps = {
	join: {
		request: z.object({
			name: z.string().min(1).max(200).optional(),
			email: z.string().min(3).max(320).optional(),
			locale,
			department_id: id.optional(),
			page: z.string().max(2_000).optional(),
			/** (1.2) The browser's IANA time zone: follow-up times are told to the customer in it. */
			time_zone: timeZone.optional(),
		}),
		result: joined,
	},
	resume: {
		request: z.object({resume_token: z.string().min(16).max(200), last_seq: z.number().int().nonnegative()}),
		result: joined,
	},
	'message.send': {
		request: z.object({client_msg_id: id, text: textOf(LIMITS.maxTextChars, 1)}),
		result: z.object({message}),
	},
	/** text is the draft so far, relayed to the agent as the sneak peek when the server has that capability. */
	'typing.set': {
		request: z.object({typing: z.boolean(), text: textOf(LIMITS.maxTextChars).optional()}),
		result: empty,
	},
	'rating.submit': {
		request: z.object({score: z.number().int().min(1).max(3), comment: z.string().max(2_000).optional()}),
		result: empty,
	},
	leave: {request: empty, result: empty},
	/**
	 * (1.2) Allowed before join: what the pre-chat form offers. `online`: someone is there to answer at all (else the
	 * widget offers to leave a message); `accepting`: someone could take a chat at once. Never how many, nor who (§17.6).
	 */
	info: {
		request: empty,
		result: z.object({
			online: z.boolean(),
			accepting: z.boolean(),
			departments: z.array(
				z.object({
					id,
					name: z.string().min(1).max(200),
					names: z.record(locale, z.string().min(1).max(200)).optional(),
					accepting: z.boolean(),
				}),
			),
		}),
	},
	/** (1.2) Instead of waiting: the message is kept for the team as a follow-up to `email`, and the chat ends (E11, E20). */
	'message.leave': {
		request: z.object({client_msg_id: id, text: textOf(LIMITS.maxTextChars, 1), email: z.string().min(3).max(320)}),
		result: z.object({message}),
	},
	/** (1.2) The customer asks for the conversation by e-mail: recorded for the team as a follow-up; no mail is sent. */
	'transcript.email': {request: z.object({email: z.string().min(3).max(320)}), result: empty},
} satisfies Record<string, {request: z.ZodType; result: z.ZodType}>;

export type CustomerOp = keyof typeof customerOps;
export type CustomerOpRequest<O extends CustomerOp> = z.infer<(typeof customerOps)[O]['request']>;
export type CustomerOpResult<O extends CustomerOp> = z.infer<(typeof customerOps)[O]['result']>;

/** Sequenced customer events: numbered, buffered for replay, acked. */
const sequencedCustomerEvents = {
	'chat.updated': z.object({chat: customerChatView}),
	/** Public messages of the chat, the customer's own included. */
	'message.created': z.object({message}),
	'rating.requested': empty,
	'chat.ended': z.object({chat: customerChatView}),
} satisfies Record<string, z.ZodType>;

/** Transient customer events: no seq, never replayed. Declared here and only here. */
const transientCustomerEvents = {
	typing: z.object({typing: z.boolean()}),
	/** (1.2) The chat's place among the waiting ones (1: next), while no agent has it. */
	'queue.position': z.object({
		position: z.number().int().positive(),
		/** (1.2) A rough wait in whole minutes, from recent waits; absent when the server cannot tell honestly. */
		wait_minutes: z.number().int().positive().optional(),
	}),
} satisfies Record<string, z.ZodType>;

export const customerEvents = {...sequencedCustomerEvents, ...transientCustomerEvents};

export type CustomerEvent = keyof typeof customerEvents;
export type CustomerEventPayload<E extends CustomerEvent> = z.infer<(typeof customerEvents)[E]>;
export type SequencedCustomerEvent = keyof typeof sequencedCustomerEvents;
export type TransientCustomerEvent = keyof typeof transientCustomerEvents;

export const TRANSIENT_CUSTOMER_EVENTS: ReadonlySet<string> = new Set(Object.keys(transientCustomerEvents));
