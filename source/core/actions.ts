// Core actions: everything that can change the desk's state, as plain data (server events, connection, outbox).
import type {
	Agent,
	AgentEvent,
	AgentEventPayload,
	Capability,
	Message,
	ProtocolError,
	Snapshot,
	Visibility,
} from '../protocol/index.js';

export type ConnectionStatus =
	| {state: 'connecting'; attempt: number}
	| {state: 'connected'; sessionId: string; resumed: boolean}
	/** retryAt: epoch ms of the next attempt, so the UI can count down. */
	| {state: 'reconnecting'; attempt: number; retryAt: number; reason: string}
	/** The client gave up for good (bad token, replaced by another login, stopped by the user). */
	| {state: 'stopped'; reason: string; code: number | null};

/** One server event, typed by its name. seq is null for transient events. */
export type ServerEventAction = {
	[E in AgentEvent]: {type: 'server.event'; event: E; payload: AgentEventPayload<E>; seq: number | null; at: number};
}[AgentEvent];

/** A message the agent sent that the server has not yet confirmed. */
export type PendingMessage = {
	chat_id: string;
	client_msg_id: string;
	text: string;
	visibility: Visibility;
	auto: boolean;
	queued_at: number;
	/**
	 * False for an automatic message that does not answer what the customer asked (E1): a greeting on accept
	 * says hello, it does not reply to the question the customer typed while waiting. Local only, never sent.
	 */
	answers?: false;
	/**
	 * The customer's name when the message was queued: local only, never sent. Kept with a message saved across
	 * a restart, so one the server can no longer deliver is reported by name, never by chat id.
	 */
	customer?: string;
	/**
	 * Local only, never sent: set on every part of a text sent in parts (over the server's max_text_chars), the same
	 * id on each. A part refused for good takes the later parts with it, also after a restart (the file keeps it).
	 */
	part_of?: string;
};

export type DeskAction =
	| {type: 'connection.changed'; status: ConnectionStatus; at: number}
	/** After auth. A snapshot comes with a fresh session (not with a resumed one) and replaces the chat state. */
	| {
			type: 'session.started';
			agent: Agent;
			capabilities: Capability[];
			resumed: boolean;
			snapshot: Snapshot | null;
			at: number;
	  }
	| ServerEventAction
	| {type: 'history.loaded'; chat_id: string; messages: Message[]; has_more: boolean; at: number}
	| {type: 'outbox.queued'; message: PendingMessage; at: number}
	/** The server confirmed the send; message is the stored message (also delivered as message.created). */
	| {type: 'outbox.sent'; client_msg_id: string; message: Message; at: number}
	/** The server refused the send for good (e.g. the chat ended); the text stays with the agent. */
	| {type: 'outbox.failed'; client_msg_id: string; error: ProtocolError; at: number}
	/**
	 * A frame from the server failed validation (it was ignored), or the wire misbehaved. `summary`: what it means for
	 * the agent, in plain words; `message`: the technical detail (it may name seqs, ids, the server's own text), kept for
	 * the alert log's details only.
	 */
	| {type: 'protocol.error'; message: string; summary?: string; at: number};
