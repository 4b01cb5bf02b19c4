// Table rows of the SQLite store to and from the store's records. Rows are read as arrays in the order of each
// table's column list (statement.setReturnArrays): a row as an object costs twice as much to build, on every message.
import type {ChatStatus, Followup, Hold, Message, TransferTarget} from '../../../protocol/index.js';
import type {ChatRecord, CustomerRecord} from '../contract.js';

/** One row as SQLite hands it over, values in the order of the SELECT's columns. */
export type Row = unknown[];

export type SqlValue = string | number | null;

const json = <T>(value: unknown): T | null => (value === null ? null : (JSON.parse(value as string) as T));

export const CHAT_COLUMNS =
	'id, status, customer_id, previous_chats, department_id, agent_id, created_at, ended_at, hold, transfer, rating, rating_comment, rated_at, resume_hash, customer_acked_n, customer_time_zone';

type ChatRow = [
	string,
	ChatStatus,
	string,
	number,
	string | null,
	string | null,
	number,
	number | null,
	string | null,
	string | null,
	number | null,
	string | null,
	number | null,
	string | null,
	number,
	string | null,
];

export function chatFromRow(row: Row): ChatRecord {
	const [
		id,
		status,
		customer_id,
		previous_chats,
		department_id,
		agent_id,
		created_at,
		ended_at,
		hold,
		transfer,
		rating,
		rating_comment,
		rated_at,
		resume_hash,
		customer_acked_n,
		customer_time_zone,
	] = row as ChatRow;
	return {
		id,
		status,
		customer_id,
		previous_chats,
		department_id,
		agent_id,
		created_at,
		ended_at,
		hold: json<Hold>(hold),
		transfer: json<TransferTarget>(transfer),
		rating,
		rating_comment,
		rated_at,
		resume_hash,
		customer_acked_n,
		customer_time_zone,
	};
}

/** The column values of a chat in CHAT_COLUMNS order. */
export function chatValues(chat: ChatRecord): SqlValue[] {
	return [
		chat.id,
		chat.status,
		chat.customer_id,
		chat.previous_chats,
		chat.department_id,
		chat.agent_id,
		chat.created_at,
		chat.ended_at,
		chat.hold === null ? null : JSON.stringify(chat.hold),
		chat.transfer === null ? null : JSON.stringify(chat.transfer),
		chat.rating,
		chat.rating_comment,
		chat.rated_at,
		chat.resume_hash,
		chat.customer_acked_n,
		chat.customer_time_zone,
	];
}

export const CUSTOMER_COLUMNS = 'id, name, email, locale, page, created_at';

export function customerFromRow(row: Row): CustomerRecord {
	const [id, name, email, locale, page, created_at] = row as [
		string,
		string | null,
		string | null,
		string,
		string | null,
		number,
	];
	return {id, name, email, locale, page, created_at};
}

export const MESSAGE_COLUMNS =
	'chat_id, n, id, client_msg_id, author_type, author_id, author_name, text, visibility, auto, ts';

export function messageFromRow(row: Row): Message {
	const [chat_id, n, id, client_msg_id, type, authorId, name, text, visibility, auto, ts] = row as [
		string,
		number,
		string,
		string | null,
		Message['author']['type'],
		string | null,
		string | null,
		string,
		Message['visibility'],
		number,
		number,
	];
	return {
		id,
		chat_id,
		n,
		client_msg_id,
		author: {type, id: authorId, name} as Message['author'],
		text,
		visibility,
		auto: auto === 1,
		ts,
	};
}

export const FOLLOWUP_COLUMNS = 'id, chat_id, agent_id, contact, due_at, note, created_at, time_zone';

export function followupFromRow(row: Row): Followup {
	const [id, chat_id, agent_id, contact, due_at, note, created_at, time_zone] = row as [
		string,
		string,
		string,
		string,
		number,
		string,
		number,
		string | null,
	];
	return {id, chat_id, agent_id, contact, due_at, note, created_at, time_zone};
}
