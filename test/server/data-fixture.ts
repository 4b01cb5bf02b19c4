// The database `switchboard data` is tested on, the same in SQLite and PostgreSQL: two customers, Sarah (two ended
// chats, one rated, a message with a terminal escape in it) and Ola (one open chat).
import {NEW_CHAT_DEFAULTS, dedupScope, type ChatRecord, type Store} from '../../source/server/store/contract.js';

const DAY = 86_400_000;
export const NOW = Date.UTC(2026, 11, 7, 12, 0, 0);

export function endedChat(id: string, customerId: string, extra: Partial<ChatRecord> = {}): ChatRecord {
	return {
		id,
		status: 'ended',
		customer_id: customerId,
		previous_chats: 0,
		department_id: null,
		agent_id: 'alice',
		created_at: NOW - DAY,
		...NEW_CHAT_DEFAULTS,
		ended_at: NOW - DAY + 60_000,
		resume_hash: `hash-${id}`,
		...extra,
	};
}

export async function say(store: Store, chatId: string, who: 'customer' | 'agent', text: string, ts: number) {
	await store.addMessage(
		{
			id: `${chatId}-${ts}`,
			chat_id: chatId,
			client_msg_id: `k-${ts}`,
			author:
				who === 'agent' ? {type: 'agent', id: 'alice', name: 'Alice'} : {type: 'customer', id: 'x', name: 'Sarah'},
			text,
			visibility: 'public',
			auto: false,
			ts,
		},
		dedupScope.chat(chatId),
	);
}

export async function seedTwoCustomers(store: Store): Promise<void> {
	await store.addCustomer({
		id: 'cu-sarah',
		name: 'Sarah Jones',
		email: 'Sarah@Example.com',
		locale: 'en',
		page: null,
		created_at: 1,
	});
	await store.addCustomer({
		id: 'cu-ola',
		name: 'Ola',
		email: 'ola@example.com',
		locale: 'nb',
		page: null,
		created_at: 2,
	});
	await store.addChat(
		endedChat('c-old', 'cu-sarah', {created_at: NOW - 3 * DAY, ended_at: NOW - 3 * DAY + 1, rating: 3}),
	);
	await say(store, 'c-old', 'customer', 'My blender\u001B]0;pwned\u0007 stopped', NOW - 3 * DAY);
	await say(store, 'c-old', 'agent', 'Sorry to hear that!\nLet me check.', NOW - 3 * DAY + 500);
	await store.addChat(endedChat('c-new', 'cu-sarah'));
	await say(store, 'c-new', 'customer', 'Hi again', NOW - DAY);
	await store.addChat(endedChat('c-open', 'cu-ola', {status: 'active', ended_at: null, created_at: NOW}));
}
