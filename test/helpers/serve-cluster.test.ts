// The serve-process cluster the several-process tests use: a real `serve` on PostgreSQL behind the front, killed with
// SIGKILL and started again on its port, the front refusing while nothing lives and handing connections over again.
import {existsSync} from 'node:fs';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {closeAll, TestClient} from '../server/helpers.js';
import {startPgCluster, type PgCluster} from './pg-cluster.js';
import {startServeCluster} from './serve-cluster.js';
import {waitFor} from './wait-for.js';

let pgCluster: PgCluster;
beforeAll(async () => {
	pgCluster = await startPgCluster();
}, 60_000);
afterEach(closeAll);
afterAll(async () => {
	await pgCluster?.stop();
});

const signIn = async (url: string) => {
	const agent = await TestClient.open(`${url}/agent`);
	await agent.call('auth', {token: 's3cret-token-1', client: {name: 't', version: '1'}});
	return agent;
};

describe('a cluster of serve processes', () => {
	it('serves through the front, dies with kill -9, refuses while down, and comes back on its port', async () => {
		const cluster = await startServeCluster({
			database: await pgCluster.createSchema('serve_cluster'),
			count: 1,
			args: ['--token', 'alex:Alex:s3cret-token-1'],
		});
		try {
			const [serve] = cluster.processes;
			const first = serve!.pid()!;
			const agent = await signIn(cluster.front.url);
			expect(cluster.front.handedTo()).toEqual([1]);

			await serve!.kill();
			await waitFor(() => agent.closed, {message: "the agent's link to drop"});
			expect(serve!.running()).toBe(false);
			expect(existsSync(`/proc/${first}`)).toBe(false);
			// Nothing lives behind the front: a new connection is cut at once, as a balancer with no backend does.
			await expect(signIn(cluster.front.url)).rejects.toThrow();

			await serve!.start();
			expect(serve!.pid()).not.toBe(first);
			const again = await signIn(cluster.front.url);
			expect(cluster.front.handedTo()).toEqual([2]);
			again.drop();
			expect(await serve!.stop()).toBe(0);
		} finally {
			await cluster.stop();
		}
	}, 90_000);
});
