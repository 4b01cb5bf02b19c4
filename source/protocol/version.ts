// Protocol identity and the limits both sides enforce (docs/protocol.md §Limits).

export const PROTOCOL_VERSION = 'switchboard.v1';
/** WebSocket subprotocol for the agent endpoint. */
export const AGENT_SUBPROTOCOL = 'switchboard.v1';
/** WebSocket subprotocol for the customer endpoint. */
export const CUSTOMER_SUBPROTOCOL = 'switchboard.customer.v1';

export const AGENT_PATH = '/agent';
export const CUSTOMER_PATH = '/customer';

export const LIMITS = {
	/** Largest frame, in UTF-8 bytes, a client may send; a server answers larger ones with `too_large`. */
	maxFrameBytes: 65_536,
	/**
	 * Largest frame a server may send and a client must accept. Larger than maxFrameBytes because a
	 * snapshot or a history page carries many messages; servers page history to stay under it.
	 */
	maxServerFrameBytes: 1_048_576,
	/** Longest message text, in UTF-16 code units. */
	maxTextChars: 4_000,
	/** Longest request id and client_msg_id. */
	maxIdChars: 64,
	/** Most messages one `chat.history` call returns. */
	maxHistoryLimit: 500,
	/** Longest sneak-peek text relayed to the agent. */
	maxSneakPeekChars: 500,
} as const;

/** Every optional feature a server may leave out; the client hides what is missing. */
export const CAPABILITIES = [
	'hold',
	'transfer',
	'sneak_peek',
	'rating',
	'canned',
	'followup',
	'earlier_chats',
] as const;
export type Capability = (typeof CAPABILITIES)[number];
