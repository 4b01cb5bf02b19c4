// Agent accounts kept in the database: tokens as salted scrypt hashes, checked off the event loop, effective for the
// running server at the next sign-in (added, rotated, removed); and the `switchboard accounts` command around them.
import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {MemoryStore} from '../../source/server/store/memory.js';
import {SqliteStore} from '../../source/server/store/sqlite/sqlite-store.js';
import type {AccountRecord} from '../../source/server/store/accounts-contract.js';
import {hashToken, tokenKey, tokenMatches, tokenProblem} from '../../source/server/token-hash.js';
import {runCli, startCli} from '../helpers/run-cli.js';
import {waitFor} from '../helpers/wait-for.js';
import {closeAll, connectAgent, joinCustomer, startTestServer, TestClient} from './helpers.js';
import type {RunningServer} from '../../source/server/server.js';

const dirs: string[] = [];
afterEach(async () => {
	await closeAll();
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

function tempDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'switchboard-accounts-'));
	dirs.push(dir);
	return dir;
}

function stored(id: string, token: string, extra: Partial<AccountRecord> = {}): AccountRecord {
	return {
		id,
		name: 'Kari Lund',
		company: 'Acme',
		departments: [],
		capacity: 3,
		token_key: tokenKey(token),
		token_hash: hashToken(token),
		created_at: 1,
		...extra,
	};
}

async function authCode(server: Pick<RunningServer, 'agentUrl'>, token: string): Promise<string> {
	const client = await TestClient.open(server.agentUrl);
	const res = await client.request('auth', {token, client: {name: 't', version: '1'}});
	await client.close();
	return res.ok ? 'ok' : res.error!.code;
}

describe('token hashes', () => {
	it('hash with a salt, match only the token, and refuse short tokens', async () => {
		const token = 'sbt_correct-horse-battery';
		const first = hashToken(token);
		expect(first).toMatch(/^scrypt\$16384\$8\$1\$[\w-]+\$[\w-]+$/);
		expect(first).not.toContain(token);
		expect(hashToken(token)).not.toBe(first); // salted
		expect(await tokenMatches(token, first)).toBe(true);
		expect(await tokenMatches(`${token}x`, first)).toBe(false);
		expect(await tokenMatches(token, 'plain-text')).toBe(false);
		expect(tokenProblem('short-token')).toMatch(/at least 16 characters/);
		expect(tokenProblem('a long enough token')).toMatch(/spaces/);
		expect(tokenProblem('sbt_long-enough-token')).toBeNull();
	});
});

describe('accounts in the database', () => {
	it('sign in with their token; agents.list has them before they sign in; a wrong token is refused', async () => {
		const store = new MemoryStore();
		store.accounts.saveDepartment({id: 'tech', name: 'Technical'});
		store.accounts.add(stored('kari', 'sbt_kari-secret-token-1', {departments: ['tech']}));
		const server = await startTestServer({store});
		const {client: alice} = await connectAgent(server, 'alice-token');
		const listed = await alice.call('agents.list');
		expect(listed.agents.map((agent: {id: string}) => agent.id)).toContain('kari');
		expect((await alice.call('departments.list')).departments.map((d: {id: string}) => d.id)).toContain('tech');
		const {auth} = await connectAgent(server, 'sbt_kari-secret-token-1');
		expect(auth.agent).toMatchObject({id: 'kari', name: 'Kari Lund', company: 'Acme', capacity: 3});
		expect(await authCode(server, 'sbt_kari-secret-token-2')).toBe('bad_token');
		// Once checked, the token signs in again without hashing (and still signs in).
		expect(await authCode(server, 'sbt_kari-secret-token-1')).toBe('ok');
	});

	it('see an account added, rotated or removed while the server runs at the next sign-in', async () => {
		const store = new MemoryStore();
		const server = await startTestServer({store});
		expect(await authCode(server, 'sbt_new-agent-token-1')).toBe('bad_token');
		store.accounts.add(stored('ola', 'sbt_new-agent-token-1'));
		expect(await authCode(server, 'sbt_new-agent-token-1')).toBe('ok');
		store.accounts.update('ola', {
			token_key: tokenKey('sbt_rotated-token-22'),
			token_hash: hashToken('sbt_rotated-token-22'),
		});
		expect(await authCode(server, 'sbt_new-agent-token-1')).toBe('bad_token');
		expect(await authCode(server, 'sbt_rotated-token-22')).toBe('ok');
		store.accounts.remove('ola');
		expect(await authCode(server, 'sbt_rotated-token-22')).toBe('bad_token');
	});

	it('close a signed-in agent with 4001 soon after their account is removed or their token rotated elsewhere', async () => {
		const store = new MemoryStore();
		store.accounts.add(stored('kari', 'sbt_kari-secret-token-1'));
		store.accounts.add(stored('ola', 'sbt_ola-secret-token-11'));
		const server = await startTestServer({store, accountCheckMs: 50});
		const {client: kari} = await connectAgent(server, 'sbt_kari-secret-token-1');
		const {client: ola} = await connectAgent(server, 'sbt_ola-secret-token-11');
		// Kari has a chat: when her account goes, it goes back to the queue and Ola is offered it.
		const {chatId} = await joinCustomer(server);
		const offered = await Promise.race([
			kari.waitForEvent('chat.offered').then(() => kari),
			ola.waitForEvent('chat.offered').then(() => ola),
		]);
		if (offered === ola) {
			await ola.call('offer.decline', {chat_id: chatId});
			await kari.waitForEvent('chat.offered', payload => payload.chat.id === chatId);
		}
		await kari.call('offer.accept', {chat_id: chatId});

		// Another process (the accounts command) rotates Ola's token: her link closes, Kari's stays.
		store.accounts.update('ola', {
			token_key: tokenKey('sbt_ola-rotated-token-2'),
			token_hash: hashToken('sbt_ola-rotated-token-2'),
		});
		expect(await ola.waitForClose()).toEqual({code: 4001, reason: 'the token was rotated'});
		expect(kari.closed).toBeNull();
		const {client: olaAgain} = await connectAgent(server, 'sbt_ola-rotated-token-2');

		store.accounts.remove('kari');
		expect(await kari.waitForClose()).toEqual({code: 4001, reason: 'the account was removed'});
		await olaAgain.waitForEvent('chat.offered', payload => payload.chat.id === chatId);
		expect(await authCode(server, 'sbt_kari-secret-token-1')).toBe('bad_token');
		const {agents} = await olaAgain.call('agents.list');
		expect(agents.map((agent: {id: string}) => agent.id)).not.toContain('kari');
	});

	it('answer requests sent right behind an auth being checked, in order, after it', async () => {
		const store = new MemoryStore();
		store.accounts.add(stored('kari', 'sbt_kari-secret-token-1'));
		const server = await startTestServer({store});
		const client = await TestClient.open(server.agentUrl);
		const auth = client.post('auth', {token: 'sbt_kari-secret-token-1', client: {name: 't', version: '1'}});
		const list = client.post('chats.list');
		await client.waitFor(frame => frame.type === 'res' && frame.id === list);
		const answers = client.frames.filter(frame => frame.type === 'res').map(frame => [frame.id, frame.ok]);
		expect(answers).toEqual([
			[auth, true],
			[list, true],
		]);
	});
});

describe('switchboard accounts', () => {
	it('adds an agent with a token shown once, lists without it, and serve signs it in; rotate and remove', async () => {
		const data = tempDir();
		const added = await runCli(['accounts', 'add', 'kari', '--name', 'Kari Lund', '--capacity', '2', '--data', data]);
		expect(added.code).toBe(0);
		const token = /token: (sbt_[\w-]+)/.exec(added.stdout)![1]!;
		expect(added.stdout).toContain('shown this once');
		const listed = await runCli(['accounts', 'list', '--data', data]);
		expect(listed.stdout).toMatch(
			/^id\s+name\s+company\s+departments\s+capacity\s+added\nkari\s+Kari Lund\s+-\s+all\s+2\s+\d{4}-/,
		);
		expect(listed.stdout).not.toContain(token);
		// The token is nowhere in the database files, not even in part.
		for (const file of readdirSync(data))
			expect(readFileSync(join(data, file)).includes(token.slice(4, 20)), file).toBe(false);
		const again = await runCli(['accounts', 'add', 'kari', '--name', 'Kari', '--data', data]);
		expect(again).toMatchObject({code: 2});
		expect(again.stderr).toContain('kari exists already');

		const {child, output} = startCli(['serve', '--port', '0', '--data', data]);
		try {
			await waitFor(() => output().includes('Press Ctrl+C to stop.'), {message: 'the serve banner', timeout: 20_000});
			expect(output()).toContain('with one of the 1 configured agent token(s)');
			const port = /listening on ws:\/\/127\.0\.0\.1:(\d+)/.exec(output())![1];
			const server = {agentUrl: `ws://127.0.0.1:${port}/agent`};
			expect(await authCode(server, token)).toBe('ok');
			// A desk signed in stays connected until the rotation, which another process writes: then it gets 4001.
			const live = await TestClient.open(server.agentUrl);
			await live.call('auth', {token, client: {name: 't', version: '1'}});
			const rotated = await runCli(['accounts', 'rotate', 'kari', '--data', data]);
			const newToken = /token: (sbt_[\w-]+)/.exec(rotated.stdout)![1]!;
			expect((await live.waitForClose()).code).toBe(4001);
			expect(await authCode(server, token)).toBe('bad_token');
			expect(await authCode(server, newToken)).toBe('ok');
			expect((await runCli(['accounts', 'remove', 'kari', '--data', data])).code).toBe(0);
			expect(await authCode(server, newToken)).toBe('bad_token');
			expect(output()).not.toContain(token);
		} finally {
			child.kill('SIGTERM');
		}
	}, 60_000);

	it("adds, lists and removes departments with their names in customers' languages", async () => {
		const data = tempDir();
		const added = await runCli([
			'accounts',
			'department',
			'add',
			'tech',
			'--name',
			'Technical',
			'--name-in',
			'nb=Teknisk støtte',
			'--name-in',
			'zh=技术支持',
			'--data',
			data,
		]);
		expect(added).toMatchObject({code: 0});
		const again = await runCli(['accounts', 'department', 'add', 'tech', '--name', 'Tech', '--data', data]);
		expect(again).toMatchObject({code: 2});
		expect(again.stderr).toContain('tech exists already (--replace overwrites it)');
		const bad = await runCli([
			'accounts',
			'department',
			'add',
			'sales',
			'--name',
			'Sales',
			'--name-in',
			'Salg',
			'--data',
			data,
		]);
		expect(bad).toMatchObject({code: 2});
		expect(bad.stderr).toContain('--name-in takes LANG=NAME');
		expect((await runCli(['accounts', 'department', 'add', 'sales', '--name', 'Sales', '--data', data])).code).toBe(0);
		const listed = await runCli(['accounts', 'department', 'list', '--data', data]);
		expect(listed.stdout).toBe('id     name\nsales  Sales\ntech   Technical (nb: Teknisk støtte; zh: 技术支持)\n');

		// An agent of the department keeps it from being removed; without one it goes.
		expect(
			(await runCli(['accounts', 'add', 'kari', '--name', 'Kari', '--department', 'tech', '--data', data])).code,
		).toBe(0);
		const refused = await runCli(['accounts', 'department', 'remove', 'tech', '--data', data]);
		expect(refused).toMatchObject({code: 2});
		expect(refused.stderr).toContain('tech is still one of the departments of kari');
		expect((await runCli(['accounts', 'department', 'remove', 'sales', '--data', data])).code).toBe(0);
		const missing = await runCli(['accounts', 'department', 'remove', 'sales', '--data', data]);
		expect(missing.stderr).toContain('no department sales in the database');

		// The server offers the stored department, with its names, to customers.
		const store = new SqliteStore(join(data, 'switchboard.db'));
		const server = await startTestServer({store, departments: []});
		const customer = await TestClient.open(server.customerUrl);
		const info = await customer.call('info');
		expect(info.departments).toEqual([
			expect.objectContaining({id: 'tech', name: 'Technical', names: {nb: 'Teknisk støtte', zh: '技术支持'}}),
		]);
	}, 60_000);

	it('imports an accounts file with its departments, refusing it whole when a token is short', async () => {
		const data = tempDir();
		const file = join(data, 'accounts.json');
		const team = {
			departments: [{id: 'tech', name: 'Technical'}],
			agents: [
				{id: 'alex', name: 'Alex', token: 'tok_alex_long_enough_1', departments: ['tech']},
				{id: 'kari', name: 'Kari', token: 'short'},
			],
		};
		writeFileSync(file, JSON.stringify(team));
		const refused = await runCli(['accounts', 'import', file, '--data', data]);
		expect(refused.code).toBe(2);
		expect(refused.stderr).toContain('agents.1.token (kari): a token needs at least 16 characters');
		expect((await runCli(['accounts', 'list', '--data', data])).stdout).toContain('no agent accounts');
		team.agents[1]!.token = 'tok_kari_long_enough_2';
		writeFileSync(file, JSON.stringify(team));
		expect((await runCli(['accounts', 'import', file, '--data', data])).stdout).toContain(
			'imported 2 agent(s) and 1 department(s)',
		);
		const listed = (await runCli(['accounts', 'list', '--data', data])).stdout;
		expect(listed).toMatch(/alex\s+Alex\s+-\s+tech\s+4/);
		const twice = await runCli(['accounts', 'import', file, '--data', data]);
		expect(twice.stderr).toContain('alex exists already in the database (--replace overwrites it)');
		expect((await runCli(['accounts', 'import', file, '--replace', '--data', data])).code).toBe(0);
		const unknown = await runCli(['accounts', 'add', 'ola', '--name', 'Ola', '--department', 'sales', '--data', data]);
		expect(unknown.stderr).toContain('no department "sales" in the database');
	}, 60_000);
});
