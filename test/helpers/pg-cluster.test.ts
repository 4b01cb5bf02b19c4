// The throwaway PostgreSQL cluster tests start for themselves: it starts, takes queries, and leaves nothing behind.
import {existsSync} from 'node:fs';
import pg from 'pg';
import {describe, expect, it} from 'vitest';
import {startPgCluster} from './pg-cluster.js';

describe('throwaway PostgreSQL cluster', () => {
	it('starts on a loopback port, answers queries, and is gone (process and directory) after stop', async () => {
		const cluster = await startPgCluster();
		const client = new pg.Client({connectionString: cluster.url});
		try {
			await client.connect();
			const {rows} = await client.query<{fsync: string}>('SHOW fsync');
			expect(rows[0]!.fsync).toBe('off');
			const other = await cluster.createDatabase('other_db');
			expect(other).toMatch(/\/other_db$/);
		} finally {
			await client.end();
		}
		expect(existsSync(cluster.dir)).toBe(true);
		await cluster.stop();
		expect(existsSync(`/proc/${cluster.pid}`)).toBe(false);
		expect(existsSync(cluster.dir)).toBe(false);
	});
});
