// The store contract against the SQLite store (a real file in a temp directory), plus what only a file can show.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {DatabaseSync} from 'node:sqlite';
import {afterAll, describe, expect, it} from 'vitest';
import {SqliteStore} from '../../../source/server/store/sqlite/sqlite-store.js';
import {SyncStoreAdapter} from '../../../source/server/store/sync-adapter.js';
import {MIGRATIONS} from '../../../source/server/store/sqlite/migrations.js';
import {dedupScope} from '../../../source/server/store/contract.js';
import {chat, customer, storeContract} from './contract-suite.js';

const dir = mkdtempSync(join(tmpdir(), 'switchboard-sqlite-'));
let files = 0;
const newFile = () => join(dir, `store-${++files}.db`);
afterAll(() => rmSync(dir, {recursive: true, force: true}));

storeContract('SqliteStore', () => new SyncStoreAdapter(new SqliteStore(newFile())));
storeContract(
	'SqliteStore (group commit)',
	() => new SyncStoreAdapter(new SqliteStore(newFile(), {groupCommit: true})),
);

describe('SqliteStore on disk', () => {
	it('keeps everything across close and reopen, in WAL mode at the newest schema', () => {
		const file = newFile();
		const first = new SqliteStore(file);
		first.addCustomer(customer('cu1', {email: 'a@b.c'}));
		first.addChat(chat('c1', {resume_hash: 'h'}));
		first.addMessage(
			{
				id: 'm1',
				chat_id: 'c1',
				client_msg_id: 'k1',
				author: {type: 'customer', id: 'cu1', name: 'Ola'},
				text: 'hello',
				visibility: 'public',
				auto: false,
				ts: 5,
			},
			dedupScope.chat('c1'),
		);
		first.markRead('alice', 'c1', 1);
		first.close();
		const second = new SqliteStore(file);
		expect(second.findCustomerByEmail('A@B.C')?.id).toBe('cu1');
		expect(second.findChatByResumeHash('h')?.id).toBe('c1');
		expect(second.findMessage(dedupScope.chat('c1'), 'k1')?.text).toBe('hello');
		expect(second.readMarker('alice', 'c1')).toBe(1);
		second.close();
		const raw = new DatabaseSync(file);
		expect(raw.prepare('PRAGMA journal_mode').get()).toMatchObject({journal_mode: 'wal'});
		expect(raw.prepare('PRAGMA user_version').get()).toMatchObject({user_version: MIGRATIONS.length});
		raw.close();
	});

	it('refuses a database from a newer switchboard without touching it', () => {
		const file = newFile();
		const raw = new DatabaseSync(file);
		raw.exec(`PRAGMA user_version = ${MIGRATIONS.length + 1}`);
		raw.close();
		expect(() => new SqliteStore(file)).toThrow(/newer than this switchboard knows/);
	});

	it('numbers messages right when two connections to one file write in turn', () => {
		const file = newFile();
		const a = new SqliteStore(file);
		const b = new SqliteStore(file);
		a.addChat(chat('c1'));
		const message = (id: string) => ({
			id,
			chat_id: 'c1',
			client_msg_id: id,
			author: {type: 'customer' as const, id: 'cu1', name: null},
			text: id,
			visibility: 'public' as const,
			auto: false,
			ts: 1,
		});
		expect(a.addMessage(message('x'), 'chat:c1').n).toBe(1);
		expect(b.addMessage(message('y'), 'chat:c1').n).toBe(2);
		expect(a.addMessage(message('z'), 'chat:c1').n).toBe(3);
		a.close();
		b.close();
	});

	it('takes an online backup that opens as a store of its own', async () => {
		const store = new SqliteStore(newFile());
		store.addChat(chat('c1'));
		const copy = join(dir, 'backup.db');
		await store.backup(copy);
		store.close();
		const restored = new SqliteStore(copy);
		expect(restored.getChat('c1')?.id).toBe('c1');
		restored.close();
	});
});

describe('SqliteStore with group commit', () => {
	it('commits the writes of one turn together: another reader sees them only after flushWrites', async () => {
		const file = newFile();
		const store = new SqliteStore(file, {groupCommit: true});
		const reader = new DatabaseSync(file, {readOnly: true});
		const count = () => (reader.prepare('SELECT count(*) AS n FROM chats').get() as {n: number}).n;
		store.addCustomer(customer('cu1'));
		store.addChat(chat('c1'));
		store.addChat(chat('c2'));
		expect(store.getChat('c2')).toBeDefined(); // the writer reads its own writes at once
		expect(count()).toBe(0);
		store.flushWrites();
		expect(count()).toBe(2);
		// Without a flush, the end of the turn commits anyway.
		store.addChat(chat('c3'));
		await new Promise(resolve => setImmediate(resolve));
		expect(count()).toBe(3);
		reader.close();
		store.close();
	});

	it('undoes only the write that failed, not the others of its turn', () => {
		const file = newFile();
		const store = new SqliteStore(file, {groupCommit: true});
		store.addChat(chat('c1'));
		expect(() => store.addChat(chat('c1'))).toThrow(); // duplicate id
		expect(() => store.updateChat('missing', {status: 'ended'})).toThrow(/missing/);
		store.addChat(chat('c2'));
		store.close(); // close commits what is pending
		const again = new SqliteStore(file);
		expect(again.listOpenChats().map(item => item.id)).toEqual(['c1', 'c2']);
		again.close();
	});
});
