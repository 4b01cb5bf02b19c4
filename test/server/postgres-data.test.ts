// `switchboard data` on PostgreSQL (erase, export; backup points to pg_dump), and the database named in the config
// file: flag > SWITCHBOARD_DATABASE > config file, through the built command against a throwaway cluster.
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {PostgresStore} from '../../source/server/store/postgres/postgres-store.js';
import {startPgCluster, type PgCluster} from '../helpers/pg-cluster.js';
import {runCli, startCli} from '../helpers/run-cli.js';
import {waitFor} from '../helpers/wait-for.js';
import {seedTwoCustomers} from './data-fixture.js';

let cluster: PgCluster;
let schemas = 0;
const dirs: string[] = [];

beforeAll(async () => {
	cluster = await startPgCluster();
}, 60_000);
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});
afterAll(async () => {
	await cluster?.stop();
});

/** A fresh schema holding the customers of data-fixture.ts, and its URL. */
async function seeded(): Promise<string> {
	const url = await cluster.createSchema(`data_${++schemas}`);
	const store = await PostgresStore.open(url);
	try {
		await seedTwoCustomers(store);
	} finally {
		await store.close();
	}
	return url;
}

/** A config directory (XDG_CONFIG_HOME) whose switchboard/config.json holds these settings. */
function configHome(settings: Record<string, unknown>): string {
	const home = mkdtempSync(join(tmpdir(), 'switchboard-config-'));
	dirs.push(home);
	mkdirSync(join(home, 'switchboard'));
	writeFileSync(join(home, 'switchboard', 'config.json'), JSON.stringify(settings));
	return home;
}

const pg = {timeout: 30_000};

describe('switchboard data --database', () => {
	it('exports every transcript as JSON and one customer as text, as it does from SQLite', async () => {
		const url = await seeded();
		const all = await runCli(['data', 'export', '--database', url], pg);
		expect(all.code).toBe(0);
		const exported = JSON.parse(all.stdout) as Array<{chat: {id: string}; messages: unknown[]}>;
		expect(exported.map(item => item.chat.id)).toEqual(['c-open', 'c-new', 'c-old']);
		expect(exported[2]!.messages).toHaveLength(2);
		expect(all.stdout).not.toContain('hash-c-old');

		const home = mkdtempSync(join(tmpdir(), 'switchboard-export-'));
		dirs.push(home);
		const out = join(home, 'sarah.txt');
		const sarah = await runCli(
			['data', 'export', '--customer', 'sarah@example.com', '--format', 'text', '--out', out],
			{
				...pg,
				env: {SWITCHBOARD_DATABASE: url},
			},
		);
		expect(sarah.code).toBe(0);
		const text = readFileSync(out, 'utf8');
		expect(text).toContain('chat c-old · Sarah Jones <Sarah@Example.com> (en) · 2026-12-04 12:00:00 UTC to');
		expect(text).toContain('12:00:00 Alice (agent): Sorry to hear that!\n    Let me check.');
		expect(text).not.toContain('\u001B');
		expect(text).not.toContain('c-open');
	}, 60_000);

	it('erases a customer by e-mail with everything of theirs, and refuses one whose chat is open', async () => {
		const url = await seeded();
		const erased = await runCli(['data', 'erase', '--customer', 'SARAH@example.com', '--database', url], pg);
		expect(erased.stdout).toContain('erased 1 customer record(s), 2 chat(s) and 3 message(s)');
		expect(erased.code).toBe(0);
		const open = await runCli(['data', 'erase', '--customer', 'cu-ola', '--database', url], pg);
		expect(open.code).toBe(2);
		expect(open.stderr).toContain('has a chat still open (c-open); end it first');
		const store = await PostgresStore.open(url);
		try {
			expect(await store.getCustomer('cu-sarah')).toBeUndefined();
			expect(await store.getChat('c-old')).toBeUndefined();
			expect((await store.listMessages('c-old', {limit: 10})).messages).toEqual([]);
			expect(await store.getCustomer('cu-ola')).toBeDefined();
		} finally {
			await store.close();
		}
	}, 60_000);

	it("points a backup to PostgreSQL's own pg_dump, and refuses --data beside --database", async () => {
		const backup = await runCli(['data', 'backup', '/tmp/never-written.db', '--database', cluster.url], pg);
		expect(backup.code).toBe(2);
		expect(backup.stderr).toMatch(/the database is PostgreSQL; back it up with .*pg_dump --format=custom/);
		const both = await runCli(['data', 'export', '--data', '/tmp', '--database', cluster.url]);
		expect(both.code).toBe(2);
		expect(both.stderr).toContain('--data and --database exclude each other');
	}, 60_000);
});

describe('the database in the config file', () => {
	/** Three schemas, each with one agent account named after where its URL is given. */
	async function threeDatabases() {
		const named = async (agent: string) => {
			const url = await cluster.createSchema(`config_${++schemas}`);
			const added = await runCli(['accounts', 'add', agent, '--name', agent, '--database', url], pg);
			expect(added.code).toBe(0);
			return url;
		};
		return {file: await named('ag_file'), env: await named('ag_env'), flag: await named('ag_flag')};
	}

	it('is used when neither --database nor SWITCHBOARD_DATABASE gives one: the flag wins, then the environment', async () => {
		const urls = await threeDatabases();
		const home = configHome({server: 'wss://chat.example.com', database: urls.file});
		const listed = async (args: string[], env: Record<string, string>) =>
			(await runCli(['accounts', 'list', ...args], {...pg, env: {XDG_CONFIG_HOME: home, ...env}})).stdout;
		expect(await listed([], {SWITCHBOARD_DATABASE: ''})).toMatch(/ag_file/);
		expect(await listed([], {SWITCHBOARD_DATABASE: urls.env})).toMatch(/ag_env/);
		expect(await listed(['--database', urls.flag], {SWITCHBOARD_DATABASE: urls.env})).toMatch(/ag_flag/);
		const exported = await runCli(['data', 'export'], {...pg, env: {XDG_CONFIG_HOME: home, SWITCHBOARD_DATABASE: ''}});
		expect(exported).toMatchObject({code: 0, stdout: '[]\n'});

		// serve, with no store on its command line, serves from the file's database.
		const {child, output} = startCli(['serve', '--port', '0', '--token', 'alex:Alex:s3cret-token-1'], {
			XDG_CONFIG_HOME: home,
			SWITCHBOARD_DATABASE: '',
		});
		try {
			await waitFor(() => output().includes('Press Ctrl+C to stop.'), {message: 'the banner', timeout: 30_000});
			expect(output()).toContain(`data:      ${new URL(urls.file).toString()}\n`);
		} finally {
			child.kill('SIGTERM');
		}
		expect(await new Promise(resolve => child.once('exit', resolve))).toBe(0);
	}, 90_000);

	it('gives way to --data, and a wrong one stops serve in one line naming the file', async () => {
		const home = configHome({database: 'mysql://kari:hunter2@db.example.com/switchboard'});
		const data = mkdtempSync(join(tmpdir(), 'switchboard-data-'));
		dirs.push(data);
		// --data names the store on the command line: the file's database is not read, so its mistake stops nothing.
		const sqlite = await runCli(['accounts', 'list', '--data', data], {env: {XDG_CONFIG_HOME: home}});
		expect(sqlite.code).toBe(0);
		const wrong = await runCli(['serve', '--port', '0'], {env: {XDG_CONFIG_HOME: home, SWITCHBOARD_DATABASE: ''}});
		expect(wrong.code).toBe(2);
		expect(wrong.stderr).toContain(
			`${join(home, 'switchboard', 'config.json')}: database must be a postgres://USER@HOST:PORT/DATABASE URL`,
		);
		expect(wrong.stderr).not.toContain('hunter2');
	}, 60_000);
});
