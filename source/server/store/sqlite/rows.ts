// Table rows of the SQLite store to and from the store's records: JSON columns, booleans, the message author.
import type {ChatStatus, Followup, Message} from '../../../protocol/index.js';
import type {ChatRecord, CustomerRecord} from '../contract.js';

type Row = Record<string, unknown>;

export const CHAT_COLUMNS =
	'id, status, customer_id, previous_chats, department_id, agent_id, created_at, ended_at, hold, transfer, rating, rating_comment, rated_at, resume_hash, customer_acked_n, customer_time_zone';

export function chatFromRow(row: Row): ChatRecord {
	return {
		id: row.id as string,
		status: row.status as ChatStatus,
		customer_id: row.customer_id as string,
		previous_chats: row.previous_chats as number,
		department_id: row.department_id as string | null,
		agent_id: row.agent_id as string | null,
		created_at: row.created_at as number,
		ended_at: row.ended_at as number | null,
		hold: row.hold === null ? null : JSON.parse(row.hold as string),
		transfer: row.transfer === null ? null : JSON.parse(row.transfer as string),
		rating: row.rating as number | null,
		rating_comment: row.rating_comment as string | null,
		rated_at: row.rated_at as number | null,
		resume_hash: row.resume_hash as string | null,
		customer_acked_n: row.customer_acked_n as number,
		customer_time_zone: (row.customer_time_zone ?? null) as string | null,
	};
}

/** The column values of a chat in CHAT_COLUMNS order. */
export function chatValues(chat: ChatRecord): Array<string | number | null> {
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

export function customerFromRow(row: Row): CustomerRecord {
	return {
		id: row.id as string,
		name: row.name as string | null,
		email: row.email as string | null,
		locale: row.locale as string,
		page: row.page as string | null,
		created_at: row.created_at as number,
	};
}

export const MESSAGE_COLUMNS =
	'chat_id, n, id, client_msg_id, author_type, author_id, author_name, text, visibility, auto, ts';

export function messageFromRow(row: Row): Message {
	return {
		id: row.id as string,
		chat_id: row.chat_id as string,
		n: row.n as number,
		client_msg_id: row.client_msg_id as string | null,
		author: {
			type: row.author_type as Message['author']['type'],
			id: row.author_id as string | null,
			name: row.author_name as string | null,
		} as Message['author'],
		text: row.text as string,
		visibility: row.visibility as Message['visibility'],
		auto: row.auto === 1,
		ts: row.ts as number,
	};
}

export function followupFromRow(row: Row): Followup {
	return {
		id: row.id as string,
		chat_id: row.chat_id as string,
		agent_id: row.agent_id as string,
		contact: row.contact as string,
		due_at: row.due_at as number,
		note: row.note as string,
		created_at: row.created_at as number,
		time_zone: (row.time_zone ?? null) as string | null,
	};
}
