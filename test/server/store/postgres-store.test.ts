// The store contract against the PostgreSQL store on a throwaway cluster of the test's own, plus what only a shared
// database shows: several processes migrating at once, numbering and dedup under concurrent writers.
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {dedupScope} from '../../../source/server/store/contract.js';
import {PG_MIGRATIONS} from '../../../source/server/store/postgres/migrations.js';
import {PostgresStore} from '../../../source/server/store/postgres/postgres-store.js';
import {startPgCluster, type PgCluster} from '../../helpers/pg-cluster.js';
import {chat, storeContract} from './contract-suite.js';

let cluster: PgCluster;
let databases = 0;
const freshDatabase = () => cluster.createSchema(`contract_${++databases}`);

beforeAll(async () => {
	cluster = await startPgCluster();
}, 60_000);
afterAll(async () => {
	await cluster?.stop();
});

storeContract('PostgresStore', async () => PostgresStore.open(await freshDatabase()));

describe('PostgresStore on a shared database', () => {
	it('migrates once when several processes start at the same moment, and refuses a newer schema', async () => {
		const url = await freshDatabase();
		const stores = await Promise.all(Array.from({length: 4}, () => PostgresStore.open(url, {poolSize: 2})));
		const client = new pg.Client({connectionString: url});
		await client.connect();
		try {
			const {rows} = await client.query<{version: number}>('SELECT version FROM schema_version');
			expect(rows).toEqual([{version: PG_MIGRATIONS.length}]);
			await client.query('UPDATE schema_version SET version = $1', [PG_MIGRATIONS.length + 1]);
			await expect(PostgresStore.open(url)).rejects.toThrow(/newer than this switchboard knows/);
		} finally {
			await client.end();
			for (const store of stores) await store.close();
		}
	});

	it('numbers messages without gap or double, and keeps one message per client_msg_id, under concurrent writers', async () => {
		const url = await freshDatabase();
		const [a, b] = await Promise.all([PostgresStore.open(url), PostgresStore.open(url)]);
		try {
			await a!.addChat(chat('c1'));
			const message = (i: number, key: string) => ({
				id: `m${i}`,
				chat_id: 'c1',
				client_msg_id: key,
				author: {type: 'customer' as const, id: 'cu1', name: null},
				text: `t${i}`,
				visibility: 'public' as const,
				auto: false,
				ts: i,
			});
			// 40 distinct sends from two "processes" at once, and every one of them sent twice.
			const sends = Array.from({length: 40}, (_, i) => [
				(i % 2 ? a! : b!).addMessage(message(i, `k${i}`), dedupScope.chat('c1')),
				(i % 2 ? b! : a!).addMessage(message(1_000 + i, `k${i}`), dedupScope.chat('c1')),
			]).flat();
			const stored = await Promise.all(sends);
			const page = await a!.listMessages('c1', {limit: 100});
			expect(page.messages.map(m => m.n)).toEqual(Array.from({length: 40}, (_, i) => i + 1));
			expect(new Set(page.messages.map(m => m.client_msg_id)).size).toBe(40);
			// Both sends of one key got the same stored message back.
			for (let i = 0; i < 40; i++) expect(stored[2 * i]).toEqual(stored[2 * i + 1]);
		} finally {
			await a!.close();
			await b!.close();
		}
	});
});
