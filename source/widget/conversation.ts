// The customer's conversation as plain data: messages by id, the outbox of unsent ones, the chat's state; no DOM.

export type ShownMessage = {
	id: string;
	/** Position in the chat (gaps are the agent's internal notes, never shown: protocol §17.6). */
	n: number;
	mine: boolean;
	author: string | null;
	text: string;
	ts: number;
	client_msg_id: string | null;
};

/** A notice of the widget's own in the conversation (an agent joining), placed after message n. */
export type Notice = {after: number; kind: 'joined'; name: string};

export type Unsent = {client_msg_id: string; text: string};

/** Everything the widget keeps in sessionStorage so a reload shows the same chat and resumes it. */
export type Conversation = {
	token: string | null;
	lastSeq: number;
	chatId: string | null;
	status: string;
	agent: string | null;
	messages: ShownMessage[];
	notices: Notice[];
	unsent: Unsent[];
	ratingRequested: boolean;
	rated: boolean;
	/** Place in line while waiting (protocol 1.2 `queue.position`). */
	position: number | null;
	/** The rough wait told with it (`wait_minutes`) and when it was told: shown only until that long has passed. */
	wait: {minutes: number; toldAt: number} | null;
	/** A message to leave instead of waiting, until the server has it; then `left` is the e-mail it will answer. */
	leave: {client_msg_id: string; text: string; email: string} | null;
	left: string | null;
	/** Where the visitor asked the conversation to be e-mailed (recorded by the server, protocol 1.2). */
	transcriptTo: string | null;
};

export function emptyConversation(): Conversation {
	return {
		token: null,
		lastSeq: 0,
		chatId: null,
		status: 'none',
		agent: null,
		messages: [],
		notices: [],
		unsent: [],
		ratingRequested: false,
		rated: false,
		position: null,
		wait: null,
		leave: null,
		left: null,
		transcriptTo: null,
	};
}

/** At most this many messages are kept for a reload; the agent's desk has the full history. */
const KEEP = 500;

/**
 * A message from the wire (message.created, or the answer to a send) added once: by id, and replacing the unsent
 * entry it was sent from (by client_msg_id), so a resend after a dropped link never shows twice.
 */
export function addMessage(conversation: Conversation, raw: unknown): boolean {
	const message = readMessage(raw);
	if (!message) return false;
	if (message.client_msg_id !== null)
		conversation.unsent = conversation.unsent.filter(entry => entry.client_msg_id !== message.client_msg_id);
	if (conversation.messages.some(shown => shown.id === message.id)) return false;
	const messages = conversation.messages;
	let index = messages.length;
	while (index > 0 && messages[index - 1]!.n > message.n) index--;
	messages.splice(index, 0, message);
	if (messages.length > KEEP) messages.splice(0, messages.length - KEEP);
	return true;
}

/** The chat view from join, resume or chat.updated; a new agent name is a notice ("Kari has joined"), E11. */
export function applyView(conversation: Conversation, raw: unknown): void {
	if (typeof raw !== 'object' || raw === null) return;
	const view = raw as Record<string, unknown>;
	if (typeof view.chat_id === 'string') conversation.chatId = view.chat_id;
	// A v1 server may still say "offered": the customer sees it as waiting (protocol §17.3).
	if (typeof view.status === 'string') conversation.status = view.status === 'offered' ? 'queued' : view.status;
	const agent = typeof view.agent_name === 'string' ? view.agent_name : null;
	if (agent !== null && agent !== conversation.agent) {
		const last = conversation.messages.at(-1)?.n ?? 0;
		conversation.notices.push({after: last, kind: 'joined', name: agent});
	}
	if (agent !== null) conversation.agent = agent;
}

function readMessage(raw: unknown): ShownMessage | null {
	if (typeof raw !== 'object' || raw === null) return null;
	const message = raw as Record<string, unknown>;
	const author = (message.author ?? {}) as Record<string, unknown>;
	if (typeof message.id !== 'string' || typeof message.text !== 'string' || typeof message.n !== 'number') return null;
	// Internal notes never reach a customer (§17.6); one that did is still not shown.
	if (message.visibility !== undefined && message.visibility !== 'public') return null;
	return {
		id: message.id,
		n: message.n,
		mine: author.type === 'customer',
		author: typeof author.name === 'string' ? author.name : null,
		text: message.text,
		ts: typeof message.ts === 'number' ? message.ts : 0,
		client_msg_id: typeof message.client_msg_id === 'string' ? message.client_msg_id : null,
	};
}

/** Reads a kept conversation back; anything malformed (another version, a tampered value) starts fresh. */
export function readConversation(text: string | null): Conversation | null {
	if (text === null) return null;
	try {
		const value = JSON.parse(text) as Conversation;
		if (typeof value !== 'object' || value === null || !Array.isArray(value.messages) || !Array.isArray(value.unsent))
			return null;
		return {...emptyConversation(), ...value, notices: Array.isArray(value.notices) ? value.notices : []};
	} catch {
		return null;
	}
}

/** The conversation as plain text, for the customer's own download. */
export function transcript(
	conversation: Conversation,
	labels: {title: string; you: string; agent: string},
	time: (ts: number) => string,
): string {
	const lines = [labels.title, ''];
	for (const message of conversation.messages) {
		const who = message.mine ? labels.you : (message.author ?? labels.agent);
		lines.push(`[${time(message.ts)}] ${who}: ${message.text}`);
	}
	return `${lines.join('\n')}\n`;
}
