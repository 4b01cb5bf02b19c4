// The entities that travel on the wire (chats, customers, messages, agents...), as schemas and types.
import {z} from 'zod';
import {LIMITS} from './version.js';

export const id = z.string().min(1).max(LIMITS.maxIdChars);

/**
 * A text of at most `max` characters, counted in UTF-16 code units as protocol §1 says (zod's own max counts
 * otherwise: a 4,000-emoji text of 8,000 units would pass it).
 */
export function textOf(max: number, min = 0) {
	return z
		.string()
		.min(min)
		.refine(value => value.length <= max, {message: `Too big: expected at most ${max} characters (UTF-16 code units)`});
}
/** Milliseconds since the Unix epoch. */
export const timestamp = z.number().int().nonnegative();
export const locale = z
	.string()
	.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a language tag such as "en" or "nb"');

export const presence = z.enum(['online', 'away', 'offline']);
export type Presence = z.infer<typeof presence>;

/** An IANA time zone name such as "Europe/Oslo" (protocol 1.2); whether the zone exists is the receiver's check. */
export const timeZone = z.string().min(1).max(64);

export const chatStatus = z.enum(['queued', 'offered', 'active', 'on_hold', 'transferring', 'ended']);
export type ChatStatus = z.infer<typeof chatStatus>;

export const visibility = z.enum(['public', 'internal']);
export type Visibility = z.infer<typeof visibility>;

export const customer = z.object({
	id,
	name: z.string().max(200).nullable(),
	email: z.string().max(320).nullable(),
	locale,
	page: z.string().max(2_000).nullable(),
	/** How many earlier chats the server knows of for this customer. */
	previous_chats: z.number().int().nonnegative(),
	/** (1.2) The customer's IANA time zone where known (the widget sends the browser's); absent from older servers. */
	time_zone: timeZone.nullable().optional(),
});
export type Customer = z.infer<typeof customer>;

export const hold = z.object({
	since: timestamp,
	minutes: z.number().positive().max(240).nullable(),
	reason: z.string().max(500).nullable(),
});
export type Hold = z.infer<typeof hold>;

export const transferTarget = z.object({
	type: z.enum(['agent', 'department']),
	id,
});
export type TransferTarget = z.infer<typeof transferTarget>;

export const chat = z.object({
	id,
	status: chatStatus,
	customer,
	department_id: id.nullable(),
	agent_id: id.nullable(),
	created_at: timestamp,
	/** Set while status is on_hold. */
	hold: hold.nullable(),
	/** Set while status is transferring. */
	transfer: transferTarget.nullable(),
	/** The customer's rating, once given (1 to 3). */
	rating: z.number().int().min(1).max(3).nullable(),
});
export type Chat = z.infer<typeof chat>;

export const author = z.object({
	type: z.enum(['customer', 'agent', 'system']),
	/** Agent or customer id; null for system messages. */
	id: id.nullable(),
	name: z.string().max(200).nullable(),
});

export const message = z.object({
	id,
	chat_id: id,
	/** Position of the message in its chat, 1-based, without gaps. */
	n: z.number().int().positive(),
	/** The sender's idempotency key, echoed back; null for system messages. */
	client_msg_id: id.nullable(),
	author,
	text: textOf(LIMITS.maxTextChars),
	visibility,
	/** True for notices the client sent automatically (greeting, hold update, ...). */
	auto: z.boolean(),
	ts: timestamp,
});
export type Message = z.infer<typeof message>;

export const agent = z.object({
	id,
	name: z.string().min(1).max(200),
	company: z.string().max(200).nullable(),
	departments: z.array(id),
	presence,
	/** How many chats this agent takes at once. */
	capacity: z.number().int().positive(),
	/** How many chats this agent has now. */
	load: z.number().int().nonnegative(),
});
export type Agent = z.infer<typeof agent>;

export const department = z.object({
	id,
	name: z.string().min(1).max(200),
	/**
	 * The name in other languages, by language tag ({"nb": "Teknisk støtte"}), for what customers read (E11).
	 * Optional and additive: a server without it, or a language it lacks, falls back to `name`.
	 */
	names: z.record(locale, z.string().min(1).max(200)).optional(),
	agents_online: z.number().int().nonnegative(),
	/** True when at least one online agent here has free capacity. */
	accepting: z.boolean(),
});
export type Department = z.infer<typeof department>;

export const cannedResponse = z.object({
	id,
	title: z.string().min(1).max(200),
	shortcut: z.string().max(64).nullable(),
	category: z.string().max(100).nullable(),
	tags: z.array(z.string().max(64)),
	/** Text per locale, e.g. {en: "...", nb: "..."}. */
	text: z.record(z.string(), textOf(LIMITS.maxTextChars)),
});
export type CannedResponse = z.infer<typeof cannedResponse>;

export const followup = z.object({
	id,
	chat_id: id,
	contact: z.string().min(1).max(320),
	due_at: timestamp,
	note: z.string().max(2_000),
	created_at: timestamp,
	agent_id: id,
	/** (1.2) The zone the customer was told the due time in (their own where known); absent from older servers. */
	time_zone: timeZone.nullable().optional(),
});
export type Followup = z.infer<typeof followup>;

export const offer = z.object({
	chat,
	expires_at: timestamp,
	/** Present when a colleague transfers the chat to you. */
	transfer: z
		.object({
			from: z.object({id, name: z.string()}),
			note: z.string().max(2_000),
		})
		.nullable(),
});
export type Offer = z.infer<typeof offer>;

/** Everything an agent needs after a fresh login. */
export const snapshot = z.object({
	/** The session's seq at the time of the snapshot; events after it follow. */
	seq: z.number().int().nonnegative(),
	chats: z.array(chat),
	offers: z.array(offer),
	followups: z.array(followup),
});
export type Snapshot = z.infer<typeof snapshot>;
