// A throwaway PostgreSQL cluster for tests and benchmarks: initdb in a temporary directory, one postgres process on a
// free loopback port (and a socket in that directory), stopped by its pid and removed at the end.
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import pg from 'pg';

export type PgCluster = {
	/** postgres://switchboard@127.0.0.1:PORT/switchboard */
	url: string;
	port: number;
	/** The temporary directory: data, socket and log; removed by stop(). */
	dir: string;
	/** The postgres process; tests end it by this pid and no other way. */
	pid: number;
	/** A fresh, empty database in this cluster (for a test that must not see another's rows). */
	createDatabase(name: string): Promise<string>;
	/**
	 * A fresh, empty schema in the cluster's database, and a URL whose connections use it: as separate as a database
	 * for a store, and much cheaper to make (CREATE DATABASE takes a second on a loaded machine).
	 */
	createSchema(name: string): Promise<string>;
	stop(): Promise<void>;
};

export type PgClusterOptions = {
	/**
	 * Tests: false (fsync, synchronous_commit and full_page_writes off: a crash of the cluster may lose data, which a
	 * throwaway cluster does not mind, and the tests run faster). Benchmarks: true (every commit waits for the disk).
	 */
	durable?: boolean;
	/** More settings, `name=value`, passed as -c. */
	settings?: string[];
};

const USER = 'switchboard';

/** Where Debian keeps the server's programs (not on PATH there): the newest version wins; else whatever PATH has. */
export function postgresBinDir(): string | null {
	const root = '/usr/lib/postgresql';
	if (existsSync(root)) {
		const versions = readdirSync(root)
			.filter(name => existsSync(join(root, name, 'bin', 'initdb')))
			.sort((a, b) => Number(b) - Number(a));
		if (versions[0]) return join(root, versions[0], 'bin');
	}
	const found = spawnSync('sh', ['-c', 'command -v initdb'], {encoding: 'utf8'});
	const path = found.status === 0 ? found.stdout.trim() : '';
	return path ? path.slice(0, path.lastIndexOf('/')) : null;
}

/** PostgreSQL refuses to run as root: as root, the cluster runs as the `postgres` user (or nobody). */
function runAs(): {uid: number; gid: number} | null {
	if (process.getuid?.() !== 0) return null;
	for (const name of ['postgres', 'nobody']) {
		const uid = spawnSync('id', ['-u', name], {encoding: 'utf8'});
		const gid = spawnSync('id', ['-g', name], {encoding: 'utf8'});
		if (uid.status === 0 && gid.status === 0) return {uid: Number(uid.stdout), gid: Number(gid.stdout)};
	}
	throw new Error('running as root, and neither a postgres nor a nobody user exists to run PostgreSQL as');
}

/** A loopback port nothing listens on now (the caller binds it soon after). */
export async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	await new Promise(resolve => server.close(resolve));
	if (!address || typeof address !== 'object') throw new Error('no free port');
	return address.port;
}

export async function startPgCluster(options: PgClusterOptions = {}): Promise<PgCluster> {
	const bin = postgresBinDir();
	if (!bin) throw new Error("PostgreSQL is not installed (initdb not found); .ci/run installs Debian's postgresql");
	const owner = runAs();
	const dir = mkdtempSync(join(tmpdir(), 'switchboard-pg-'));
	const data = join(dir, 'data');
	mkdirSync(data, {mode: 0o700});
	if (owner) {
		chownSync(dir, owner.uid, owner.gid);
		chownSync(data, owner.uid, owner.gid);
	}
	const asOwner = owner ? {uid: owner.uid, gid: owner.gid} : {};
	const init = spawnSync(
		join(bin, 'initdb'),
		['-D', data, '-U', USER, '--auth=trust', '-E', 'UTF8', '--locale=C', ...(options.durable ? [] : ['--no-sync'])],
		{encoding: 'utf8', cwd: dir, ...asOwner},
	);
	if (init.status !== 0) {
		rmSync(dir, {recursive: true, force: true});
		throw new Error(`initdb failed (${init.status}):\n${init.stderr}${init.stdout}`);
	}
	const port = await freePort();
	const durability = options.durable
		? ['fsync=on', 'synchronous_commit=on', 'full_page_writes=on']
		: ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off'];
	const settings = [
		`port=${port}`,
		'listen_addresses=127.0.0.1',
		`unix_socket_directories=${dir}`,
		'max_connections=200',
		'shared_buffers=64MB',
		...durability,
		...(options.settings ?? []),
	];
	const child: ChildProcess = spawn(join(bin, 'postgres'), ['-D', data, ...settings.flatMap(s => ['-c', s])], {
		cwd: dir,
		stdio: ['ignore', 'ignore', 'pipe'],
		...asOwner,
	});
	let log = '';
	child.stderr!.on('data', chunk => {
		log = (log + String(chunk)).slice(-8_000);
	});
	const exited = new Promise<void>(resolve => child.once('exit', () => resolve()));
	const url = `postgres://${USER}@127.0.0.1:${port}/postgres`;
	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) {
			// SIGINT is PostgreSQL's fast shutdown: sessions are cut, nothing waits for clients.
			process.kill(child.pid!, 'SIGINT');
			await exited;
		}
		rmSync(dir, {recursive: true, force: true});
	};
	try {
		await waitForConnection(url, child, () => log);
		const admin = new pg.Client({connectionString: url});
		await admin.connect();
		await admin.query(`CREATE DATABASE ${USER}`);
		await admin.end();
	} catch (error) {
		await stop();
		throw error;
	}
	return {
		url: `postgres://${USER}@127.0.0.1:${port}/${USER}`,
		port,
		dir,
		pid: child.pid!,
		async createDatabase(name) {
			if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
			const admin = new pg.Client({connectionString: url});
			await admin.connect();
			try {
				await admin.query(`CREATE DATABASE ${name}`);
			} finally {
				await admin.end();
			}
			return `postgres://${USER}@127.0.0.1:${port}/${name}`;
		},
		async createSchema(name) {
			if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain schema name: ${name}`);
			const own = `postgres://${USER}@127.0.0.1:${port}/${USER}`;
			const admin = new pg.Client({connectionString: own});
			await admin.connect();
			try {
				await admin.query(`CREATE SCHEMA ${name}`);
			} finally {
				await admin.end();
			}
			return `${own}?options=${encodeURIComponent(`-c search_path=${name}`)}`;
		},
		stop,
	};
}

async function waitForConnection(url: string, child: ChildProcess, log: () => string): Promise<void> {
	const deadline = Date.now() + 60_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`postgres exited with ${child.exitCode}:\n${log()}`);
		const client = new pg.Client({connectionString: url});
		try {
			await client.connect();
			await client.end();
			return;
		} catch (error) {
			await client.end().catch(() => {});
			if (Date.now() > deadline) throw new Error(`postgres did not accept connections in 60 s: ${error}\n${log()}`);
		}
		await new Promise(resolve => setTimeout(resolve, 50));
	}
}
