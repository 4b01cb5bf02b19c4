// What a customer client reports to its owner: connection changes, the join, the chat's events, and frames it ignored.
import type {CustomerChatView, CustomerEvent, CustomerEventPayload} from '../protocol/index.js';

export type CustomerConnectionStatus =
	/** join() not called yet. */
	| {state: 'idle'}
	| {state: 'connecting'; attempt: number}
	| {state: 'connected'; chatId: string; resumed: boolean}
	/** retryAt: epoch ms of the next attempt. */
	| {state: 'reconnecting'; attempt: number; retryAt: number; reason: string}
	/** For good: stopped by the owner, the join refused, the chat lost (resume window over), or replaced (4003). */
	| {state: 'stopped'; reason: string; code: number | null};

/** One validated customer-endpoint event, typed by its name. seq is null for the transient `typing`. */
export type CustomerServerEvent = {
	[E in CustomerEvent]: {
		type: 'server.event';
		event: E;
		payload: CustomerEventPayload<E>;
		seq: number | null;
		at: number;
	};
}[CustomerEvent];

export type CustomerClientEvent =
	| {type: 'connection.changed'; status: CustomerConnectionStatus; at: number}
	/**
	 * The join (or, after a dropped link, the resume) succeeded. After a resume the replay of missed events follows,
	 * so `chat` may be ahead of the events still to come: follow the events, not this view, to see what changed.
	 */
	| {type: 'joined'; chat: CustomerChatView; resumed: boolean; at: number}
	| CustomerServerEvent
	/** A frame from the server failed validation and was ignored (a sequenced one still counts). */
	| {type: 'protocol.error'; message: string; at: number};
