// What the server keeps, handled from outside: --retain-days, and `switchboard data erase|export|backup` on a real file.
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {ChatRecord} from '../../source/server/store/contract.js';
import {MemoryStore} from '../../source/server/store/memory.js';
import {SqliteStore} from '../../source/server/store/sqlite/sqlite-store.js';
import {SyncStoreAdapter} from '../../source/server/store/sync-adapter.js';
import {endedChat as chat, NOW, say, seedTwoCustomers} from './data-fixture.js';
import {runCli} from '../helpers/run-cli.js';
import {closeAll, startTestServer} from './helpers.js';
import type {LogFields} from '../../source/server/server-log.js';

const DAY = 86_400_000;
const dirs: string[] = [];
afterEach(async () => {
	await closeAll();
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

/** A database file with the two customers of data-fixture.ts. */
async function database(): Promise<{data: string}> {
	const data = mkdtempSync(join(tmpdir(), 'switchboard-data-'));
	dirs.push(data);
	const store = new SqliteStore(join(data, 'switchboard.db'));
	await seedTwoCustomers(new SyncStoreAdapter(store));
	store.close();
	return {data};
}

/** A message straight into a synchronous store. */
const sayNow = (store: MemoryStore, chatId: string, text: string, ts: number) =>
	void say(new SyncStoreAdapter(store), chatId, 'customer', text, ts);

describe('serve --retain-days', () => {
	it('removes ended chats older than the limit at start, and logs it; open and recent chats stay', async () => {
		const store = new MemoryStore();
		store.addCustomer({id: 'cu1', name: null, email: null, locale: 'en', page: null, created_at: 0});
		store.addChat(chat('gone', 'cu1', {created_at: NOW - 40 * DAY, ended_at: NOW - 31 * DAY}));
		store.addChat(chat('kept', 'cu1', {created_at: NOW - 40 * DAY, ended_at: NOW - 29 * DAY}));
		sayNow(store, 'gone', 'old', NOW - 40 * DAY);
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
		const {data} = await database();
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
		const {data} = await database();
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
		const {data} = await database();
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
		const {data} = await database();
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
