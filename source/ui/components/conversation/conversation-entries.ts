// A conversation as numbered entries (confirmed messages, then my unsent ones, then refused ones), each as labelled, wrapped lines.
//
// Every author kind reads differently without colour (ISSUE 3): the customer by name, agents after "»",
// internal notes after "[note]", system events after "***", unsent messages with "(queued)", refused ones after "!".
import {refusalWords} from '../../../core/send-refusal.js';
import type {Conversation} from '../../../core/selectors.js';
import {indexOfN, logSize, lowerBound, messageAt} from '../../../core/message-log.js';
import type {Message} from '../../../protocol/index.js';
import {remoteBody, remoteName} from '../../remote-text.js';
import type {WrapCache} from '../../text/wrap-cache.js';
import type {Theme, ThemeColor} from '../../theme.js';

export type EntryKind = 'customer' | 'me' | 'colleague' | 'note' | 'system' | 'pending' | 'failed';

export type ConversationEntry = {
	/** Stable per entry: the wrap cache key. */
	id: string;
	kind: EntryKind;
	ts: number;
	/** Label and text, sanitised: what is wrapped. */
	body: string;
};

/** Columns of the time stamp ("10:02 ") before each entry; continuation lines are indented by as much. */
export const TIME_WIDTH = 6;

export const ENTRY_COLORS: Record<EntryKind, ThemeColor | undefined> = {
	customer: undefined,
	me: undefined,
	colleague: undefined,
	note: 'note',
	system: 'muted',
	pending: 'muted',
	failed: 'error',
};

export type EntryContext = {
	/** The customer's display name (E3 placeholder included), raw. */
	customerName: string;
	theme: Pick<Theme, 'ascii'>;
	/** Unsent messages say "(sending…)" while connected and "(queued)" while not. */
	connected: boolean;
};

function kindOf(message: Message, selfId: string | null): EntryKind {
	if (message.author.type === 'system') return 'system';
	if (message.visibility === 'internal') return 'note';
	if (message.author.type === 'customer') return 'customer';
	return message.author.id !== null && message.author.id === selfId ? 'me' : 'colleague';
}

function agentMark(ascii: boolean): string {
	return ascii ? '>>' : '»';
}

export function messageEntry(message: Message, selfId: string | null, context: EntryContext): ConversationEntry {
	const {ascii} = context.theme;
	const kind = kindOf(message, selfId);
	const text = remoteBody(message.text, ascii);
	const author =
		message.author.id !== null && message.author.id === selfId
			? 'You'
			: remoteName(message.author.name, ascii) ||
				(message.author.type === 'customer' ? remoteName(context.customerName, ascii) : 'Agent');
	const auto = message.auto ? ' (auto)' : '';
	let body: string;
	switch (kind) {
		case 'system':
			body = `*** ${text}`;
			break;
		case 'note':
			body = `[note] ${author}${auto}: ${text}`;
			break;
		case 'customer':
			body = `${author}: ${text}`;
			break;
		default:
			body = `${agentMark(ascii)} ${author}${auto}: ${text}`;
	}
	return {id: message.id, kind, ts: message.ts, body};
}

/** Entries in order, read lazily by index, so a long chat costs only what is on screen. */
export type EntrySource = {
	count: number;
	at(index: number): ConversationEntry;
	/** Index of the first unread message (the divider goes above it), if any. */
	unreadFrom: number | undefined;
	/** Entries before this are confirmed messages (they have an `n`); my unsent and refused sends follow. */
	confirmed: number;
	/** The `n` of confirmed message `index`. */
	nAt(index: number): number;
	/** Index of message `n`, or of the first loaded message after it (the last one if none). */
	indexOfN(n: number): number;
};

export function entrySource(conversation: Conversation, context: EntryContext): EntrySource {
	const {messages, pending, failed, selfId} = conversation;
	const confirmed = logSize(messages);
	const mark = agentMark(context.theme.ascii);
	const cache = new Map<number, ConversationEntry>();
	const build = (index: number): ConversationEntry => {
		if (index < confirmed) return messageEntry(messageAt(messages, index)!, selfId, context);
		const pendingIndex = index - confirmed;
		if (pendingIndex < pending.length) {
			const sent = pending[pendingIndex]!;
			const note = sent.visibility === 'internal' ? '[note] ' : `${mark} `;
			const state = context.connected ? `sending${context.theme.ascii ? '...' : '…'}` : 'queued';
			// Local text, but it may have been pasted from anywhere: it is cleaned like remote text.
			const text = remoteBody(sent.text, context.theme.ascii);
			// An automatic notice is marked as such from the moment it is queued, as it will be once stored.
			const auto = sent.auto ? ' (auto)' : '';
			return {
				id: `pending:${sent.client_msg_id}`,
				kind: 'pending',
				ts: sent.queued_at,
				body: `${note}You${auto}: ${text} (${state})`,
			};
		}
		const refused = failed[pendingIndex - pending.length]!;
		// In words from the error's code: the server's own text names internal ids (issue 9).
		const reason = refusalWords(refused.error);
		return {
			id: `failed:${refused.client_msg_id}`,
			kind: 'failed',
			ts: refused.failed_at,
			body: `! not sent (${reason}): ${remoteBody(refused.text, context.theme.ascii)}`,
		};
	};
	const dividerIndex = conversation.dividerN === null ? -1 : indexOfN(messages, conversation.dividerN);
	return {
		count: confirmed + pending.length + failed.length,
		at(index) {
			let entry = cache.get(index);
			if (!entry) {
				entry = build(index);
				cache.set(index, entry);
			}
			return entry;
		},
		unreadFrom: dividerIndex === -1 ? undefined : dividerIndex,
		confirmed,
		nAt: index => messageAt(messages, index)?.n ?? 0,
		indexOfN(n) {
			const exact = indexOfN(messages, n);
			return exact !== -1 ? exact : Math.min(lowerBound(messages, n), Math.max(0, confirmed - 1));
		},
	};
}

/** "10:02" in the agent's local time. */
export function clockTime(ts: number): string {
	const date = new Date(ts);
	return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** The lines of one entry at a pane's inner width: time on the first, continuation lines indented. */
export function entryLines(entry: ConversationEntry, width: number, wrapCache: WrapCache): readonly string[] {
	const textWidth = Math.max(1, width - TIME_WIDTH);
	return wrapCache.lines(entry.id, entry.body, textWidth);
}

export function entryHeight(entry: ConversationEntry, width: number, wrapCache: WrapCache): number {
	return entryLines(entry, width, wrapCache).length;
}
