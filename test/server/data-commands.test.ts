// What the server keeps, handled from outside: --retain-days, and `switchboard data erase|export|backup` on a real file.
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {NEW_CHAT_DEFAULTS, dedupScope, type ChatRecord, type SyncStore} from '../../source/server/store/contract.js';
import {MemoryStore} from '../../source/server/store/memory.js';
import {SqliteStore} from '../../source/server/store/sqlite/sqlite-store.js';
import {runCli} from '../helpers/run-cli.js';
import {closeAll, startTestServer} from './helpers.js';
import type {LogFields} from '../../source/server/server-log.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 7, 12, 0, 0);
const dirs: string[] = [];
afterEach(async () => {
	await closeAll();
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

function chat(id: string, customerId: string, extra: Partial<ChatRecord> = {}): ChatRecord {
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

function say(store: SyncStore, chatId: string, who: 'customer' | 'agent', text: string, ts: number): void {
	store.addMessage(
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

/** A database file with two customers: Sarah (two ended chats) and Ola (one open chat). */
function database(): {data: string} {
	const data = mkdtempSync(join(tmpdir(), 'switchboard-data-'));
	dirs.push(data);
	const store = new SqliteStore(join(data, 'switchboard.db'));
	store.addCustomer({
		id: 'cu-sarah',
		name: 'Sarah Jones',
		email: 'Sarah@Example.com',
		locale: 'en',
		page: null,
		created_at: 1,
	});
	store.addCustomer({id: 'cu-ola', name: 'Ola', email: 'ola@example.com', locale: 'nb', page: null, created_at: 2});
	store.addChat(chat('c-old', 'cu-sarah', {created_at: NOW - 3 * DAY, ended_at: NOW - 3 * DAY + 1, rating: 3}));
	say(store, 'c-old', 'customer', 'My blender\u001B]0;pwned\u0007 stopped', NOW - 3 * DAY);
	say(store, 'c-old', 'agent', 'Sorry to hear that!\nLet me check.', NOW - 3 * DAY + 500);
	store.addChat(chat('c-new', 'cu-sarah'));
	say(store, 'c-new', 'customer', 'Hi again', NOW - DAY);
	store.addChat(chat('c-open', 'cu-ola', {status: 'active', ended_at: null, created_at: NOW}));
	store.close();
	return {data};
}

describe('serve --retain-days', () => {
	it('removes ended chats older than the limit at start, and logs it; open and recent chats stay', async () => {
		const store = new MemoryStore();
		store.addCustomer({id: 'cu1', name: null, email: null, locale: 'en', page: null, created_at: 0});
		store.addChat(chat('gone', 'cu1', {created_at: NOW - 40 * DAY, ended_at: NOW - 31 * DAY}));
		store.addChat(chat('kept', 'cu1', {created_at: NOW - 40 * DAY, ended_at: NOW - 29 * DAY}));
		say(store, 'gone', 'customer', 'old', NOW - 40 * DAY);
		const lines: Array<{event: string} & LogFields> = [];
		await startTestServer({
			store,
			now: () => NOW,
			retainDays: 30,
			eventLog: (event, fields = {}) => lines.push({event, ...fields}),
		});
		expect(store.getChat('gone')).toBeUndefined();
		expect(store.listMessages('gone', {limit: 5}).messages).toEqual([]);
		expect(store.getChat('kept')).toBeDefined();
		expect(lines).toContainEqual({
			event: 'retention.removed',
			chats: 1,
			ended_before: new Date(NOW - 30 * DAY).toISOString(),
		});
	});
});

describe('switchboard data', () => {
	it('exports every transcript as one JSON array, newest first, without resume hashes', async () => {
		const {data} = database();
		const result = await runCli(['data', 'export', '--data', data]);
		expect(result.code).toBe(0);
		const exported = JSON.parse(result.stdout) as Array<{
			chat: ChatRecord;
			customer: {id: string};
			messages: unknown[];
		}>;
		expect(exported.map(item => item.chat.id)).toEqual(['c-open', 'c-new', 'c-old']);
		expect(exported[2]!.messages).toHaveLength(2);
		expect(exported[2]!.customer.id).toBe('cu-sarah');
		expect(result.stdout).not.toContain('hash-c-old');
	});

	it('exports one customer as text for people, with remote text made harmless', async () => {
		const {data} = database();
		const out = join(data, 'sarah.txt');
		const result = await runCli([
			'data',
			'export',
			'--customer',
			'sarah@example.com',
			'--format',
			'text',
			'--out',
			out,
			'--data',
			data,
		]);
		expect(result.code).toBe(0);
		expect(result.stderr).toContain(`exported 2 chat(s) to ${out}`);
		const text = readFileSync(out, 'utf8');
		expect(text).toContain('chat c-old · Sarah Jones <Sarah@Example.com> (en) · 2026-12-04 12:00:00 UTC to');
		expect(text).toContain('rated 3');
		expect(text).toContain('12:00:00 Sarah: My blender stopped');
		expect(text).toContain('12:00:00 Alice (agent): Sorry to hear that!\n    Let me check.');
		expect(text).not.toContain('\u001B');
		expect(text).not.toContain('c-open');
		expect((await runCli(['data', 'export', '--out', out, '--data', data])).stderr).toContain(
			'exists; choose a new file',
		);
	});

	it('erases a customer by e-mail with everything of theirs, and refuses one whose chat is open', async () => {
		const {data} = database();
		const erased = await runCli(['data', 'erase', '--customer', 'SARAH@example.com', '--data', data]);
		expect(erased).toMatchObject({code: 0});
		expect(erased.stdout).toContain('erased 1 customer record(s), 2 chat(s) and 3 message(s)');
		const open = await runCli(['data', 'erase', '--customer', 'cu-ola', '--data', data]);
		expect(open.code).toBe(2);
		expect(open.stderr).toContain('has a chat still open (c-open); end it first');
		const store = new SqliteStore(join(data, 'switchboard.db'));
		expect(store.getCustomer('cu-sarah')).toBeUndefined();
		expect(store.getChat('c-old')).toBeUndefined();
		expect(store.listMessages('c-old', {limit: 10}).messages).toEqual([]);
		expect(store.getCustomer('cu-ola')).toBeDefined();
		store.close();
		expect((await runCli(['data', 'erase', '--customer', 'nobody@example.com', '--data', data])).stderr).toContain(
			'no customer "nobody@example.com"',
		);
	});

	it('backs up the database into a new file that opens with everything in it', async () => {
		const {data} = database();
		const copy = join(data, 'copy.db');
		const result = await runCli(['data', 'backup', copy, '--data', data]);
		expect(result).toMatchObject({code: 0});
		const store = new SqliteStore(copy);
		expect(store.listChats({limit: 10}).chats.map(item => item.id)).toEqual(['c-open', 'c-new', 'c-old']);
		expect(store.listMessages('c-old', {limit: 10}).messages).toHaveLength(2);
		store.close();
		expect((await runCli(['data', 'backup', copy, '--data', data])).stderr).toContain('exists; choose a new file');
		expect((await runCli(['data', 'export', '--data', join(data, 'nowhere')])).stderr).toContain('no database at');
	});
});
