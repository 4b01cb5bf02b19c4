// E8: earlier chats as screen text: a list row (when, department, who served it, how it ended) and a transcript's wrapped rows.
import type {Chat, Message} from '../../../protocol/index.js';
import {remoteLine} from '../../remote-text.js';
import {displayWidth, fitToWidth, truncateToWidth} from '../../text/width.js';
import {wrapText} from '../../text/wrap.js';
import {clockTime, messageEntry, TIME_WIDTH, type EntryKind} from '../conversation/conversation-entries.js';

/** Names the desk knows: departments and colleagues by id, and the agent's own id (their chats read "you"). */
export type EarlierNames = {
	selfId: string | null;
	department(id: string): string | null;
	agent(id: string): string | null;
};

/** "2026-12-07 14:02" in the agent's local time: an earlier chat may be from another day, month or year. */
export function earlierDate(ts: number): string {
	const date = new Date(ts);
	const two = (value: number) => String(value).padStart(2, '0');
	return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${clockTime(ts)}`;
}

const STATUS_WORDS: Record<Chat['status'], string> = {
	queued: 'still waiting in the queue',
	offered: 'still open, being offered',
	active: 'still open',
	on_hold: 'still open, on hold',
	transferring: 'still open, being transferred',
	ended: 'ended',
};

/** How the chat ended as far as a Chat tells it: unanswered (nobody took it), ended, still open; and its rating. */
export function earlierOutcome(chat: Chat): string {
	const word =
		chat.status === 'ended' && chat.agent_id === null ? 'ended before an agent took it' : STATUS_WORDS[chat.status];
	return chat.rating === null ? word : `${word}, rated ${chat.rating} of 3`;
}

/** Who served it: "you", a colleague's name, "a colleague" when the desk has no name for them (never an id), or "-". */
export function earlierAgent(chat: Chat, names: EarlierNames, ascii = false): string {
	if (chat.agent_id === null) return '-';
	if (chat.agent_id === names.selfId) return 'you';
	return remoteLine(names.agent(chat.agent_id), ascii) || 'a colleague';
}

const DATE_WIDTH = 16;
const DEPARTMENT_WIDTH = 12;
const AGENT_WIDTH = 12;

/** One row of the list in `width` columns: the chosen one marked, columns aligned, how it ended cut last. */
export function earlierRowText(
	chat: Chat,
	chosen: boolean,
	width: number,
	names: EarlierNames,
	{ascii = false, focus = '▶'}: {ascii?: boolean; focus?: string} = {},
): string {
	const ellipsis = ascii ? '...' : '…';
	const mark = chosen ? `${focus} ` : ' '.repeat(displayWidth(focus) + 1);
	const department = chat.department_id === null ? '-' : remoteLine(names.department(chat.department_id) ?? '-', ascii);
	const cells = [
		earlierDate(chat.created_at),
		fitToWidth(department, DEPARTMENT_WIDTH, {ellipsis}),
		fitToWidth(earlierAgent(chat, names, ascii), AGENT_WIDTH, {ellipsis}),
		earlierOutcome(chat),
	];
	return truncateToWidth(`${mark}${cells.join('  ')}`, width, {ellipsis});
}

/** The heading over the list's columns, lined up with the rows. */
export function earlierHeading(width: number, focus = '▶'): string {
	const indent = ' '.repeat(displayWidth(focus) + 1);
	const cells = [
		fitToWidth('started', DATE_WIDTH),
		fitToWidth('department', DEPARTMENT_WIDTH),
		fitToWidth('agent', AGENT_WIDTH),
		'how it ended',
	];
	return truncateToWidth(`${indent}${cells.join('  ')}`, width);
}

export type TranscriptRow = {key: string; time: string; text: string; kind: EntryKind};

/**
 * Every row of an earlier chat's messages at `width` columns: "10:02" beside each message's first row, the text
 * wrapped under itself, labelled as in a conversation (customer by name, agents after "»", notes, system lines).
 */
export function transcriptRows(
	messages: readonly Message[],
	width: number,
	{selfId, customerName, ascii = false}: {selfId: string | null; customerName: string; ascii?: boolean},
): TranscriptRow[] {
	const room = Math.max(1, width - TIME_WIDTH);
	const rows: TranscriptRow[] = [];
	for (const message of messages) {
		const entry = messageEntry(message, selfId, {customerName, theme: {ascii}, connected: true});
		wrapText(entry.body, room).forEach((text, index) =>
			rows.push({
				key: `${message.id}-${index}`,
				time: index === 0 ? clockTime(message.ts) : '',
				text,
				kind: entry.kind,
			}),
		);
	}
	return rows;
}
