// `switchboard accounts add|list|remove|rotate|import|department`: agent accounts (and departments, departments.ts)
// kept in the server's database. A token is made at random, printed once, and stored only as a salted scrypt hash.
import {loadAccountsFile} from '../server/accounts.js';
import type {AccountRecord, AccountStore} from '../server/store/accounts-contract.js';
import type {Store} from '../server/store/contract.js';
import {databasePath, defaultDataDir} from '../server/store/data-dir.js';
import {SqliteStore} from '../server/store/sqlite/sqlite-store.js';
import {SyncStoreAdapter} from '../server/store/sync-adapter.js';
import {openPostgres} from './serve.js';
import {hashToken, newAccountToken, tokenKey, tokenProblem} from '../server/token-hash.js';
import {id as idSchema} from '../protocol/index.js';
import {chosenDatabase} from './database-setting.js';
import {runDepartment} from './departments.js';
import {parseFlags} from './parse-flags.js';
import {integerFlag, UsageError} from './usage-error.js';

const DEFAULT_CAPACITY = 4;

/** The flags `accounts` takes; test/cli/help-text.test.ts keeps its help text in step with them. */
export const ACCOUNTS_FLAGS = {
	data: {type: 'string'},
	database: {type: 'string'},
	name: {type: 'string'},
	company: {type: 'string'},
	department: {type: 'string', isMultiple: true},
	capacity: {type: 'string'},
	replace: {type: 'boolean', default: false},
	nameIn: {type: 'string', isMultiple: true},
} as const;

export async function runAccounts(argv: string[], importMeta: ImportMeta): Promise<number> {
	const {input, flags} = parseFlags(argv, ACCOUNTS_FLAGS, importMeta);
	const [action, subject, ...extra] = input;
	// `accounts department ACTION ID`: one word more than the agents' commands take.
	const departmentId = action === 'department' ? extra.shift() : undefined;
	if (extra.length > 0) throw new UsageError(`accounts ${action}: unexpected "${extra[0]}"`);
	const actions = ['add', 'list', 'remove', 'rotate', 'import', 'department'];
	if (action === undefined || !actions.includes(action))
		throw new UsageError(`accounts: expected one of ${actions.join(', ')}${action ? `, not "${action}"` : ''}`);
	if (action !== 'list' && action !== 'department' && subject === undefined)
		throw new UsageError(`accounts ${action}: expected ${action === 'import' ? 'FILE' : 'an agent ID'}`);
	const database = chosenDatabase(flags.database, flags.data !== undefined);
	if (database && flags.data) throw new UsageError('--data and --database exclude each other: choose one');
	const store = database ? await openPostgres(database, false) : openDatabase(flags.data ?? defaultDataDir());
	const {accounts} = store;
	try {
		switch (action) {
			case 'list':
				return await list(accounts);
			case 'add':
				return await add(accounts, subject!, flags);
			case 'remove':
				return await remove(accounts, subject!);
			case 'rotate':
				return await rotate(accounts, subject!);
			case 'department':
				return await runDepartment(accounts, subject, departmentId, flags);
			default:
				return await importFile(accounts, subject!, flags.replace);
		}
	} finally {
		await store.close();
	}
}

function openDatabase(dataDir: string): Store {
	const path = databasePath(dataDir);
	try {
		return new SyncStoreAdapter(new SqliteStore(path));
	} catch (error) {
		throw new UsageError(`cannot open the database ${path}: ${(error as Error).message}`);
	}
}

const out = (line: string) => process.stdout.write(`${line}\n`);

function showToken(token: string): void {
	out(`  token: ${token}`);
	out('  (shown this once: hand it to the agent now; the database keeps only a hash of it)');
}

async function list(store: AccountStore): Promise<number> {
	const accounts = await store.list();
	if (accounts.length === 0) {
		out('no agent accounts in the database (add one with: switchboard accounts add ID --name NAME)');
		return 0;
	}
	const rows = accounts.map(account => [
		account.id,
		account.name,
		account.company ?? '-',
		account.departments.length > 0 ? account.departments.join(',') : 'all',
		String(account.capacity),
		new Date(account.created_at).toISOString().slice(0, 10),
	]);
	const header = ['id', 'name', 'company', 'departments', 'capacity', 'added'];
	const widths = header.map((title, column) => Math.max(title.length, ...rows.map(row => row[column]!.length)));
	for (const row of [header, ...rows])
		out(
			row
				.map((cell, column) => cell.padEnd(widths[column]!))
				.join('  ')
				.trimEnd(),
		);
	return 0;
}

type AddFlags = {name?: string; company?: string; department?: string[]; capacity?: string};

async function add(store: AccountStore, agentId: string, flags: AddFlags): Promise<number> {
	if (!idSchema.safeParse(agentId).success)
		throw new UsageError('accounts add: the agent id must be 1 to 64 characters');
	if (!flags.name?.trim()) throw new UsageError("accounts add: give the agent's name with --name NAME");
	if (await store.get(agentId))
		throw new UsageError(`accounts add: ${agentId} exists already (new token: switchboard accounts rotate ${agentId})`);
	const known = new Set((await store.listDepartments()).map(department => department.id));
	const departments = (flags.department ?? []).flatMap(value => value.split(',')).filter(Boolean);
	for (const department of departments) {
		if (!known.has(department))
			throw new UsageError(
				`accounts add: no department "${department}" in the database (add it with: switchboard accounts department add ${department} --name NAME)`,
			);
	}
	const token = newAccountToken();
	await store.add({
		id: agentId,
		name: flags.name.trim(),
		company: flags.company?.trim() || null,
		departments,
		capacity: flags.capacity === undefined ? DEFAULT_CAPACITY : integerFlag('capacity', flags.capacity, 1, 1_000),
		...hashed(token),
		created_at: Date.now(),
	});
	out(`added agent ${agentId} (${flags.name.trim()})`);
	showToken(token);
	return 0;
}

function hashed(token: string): Pick<AccountRecord, 'token_key' | 'token_hash'> {
	return {token_key: tokenKey(token), token_hash: hashToken(token)};
}

async function remove(store: AccountStore, agentId: string): Promise<number> {
	if (!(await store.remove(agentId))) throw new UsageError(`accounts remove: no agent ${agentId} in the database`);
	out(`removed agent ${agentId}: the token no longer signs in, and a running server closes a desk signed in with it`);
	return 0;
}

async function rotate(store: AccountStore, agentId: string): Promise<number> {
	if (!(await store.get(agentId))) throw new UsageError(`accounts rotate: no agent ${agentId} in the database`);
	const token = newAccountToken();
	await store.update(agentId, hashed(token));
	out(`new token for ${agentId}: the old one no longer signs in`);
	showToken(token);
	return 0;
}

/** The accounts file (docs/protocol.md, Appendix A) into the database: departments, then agents with hashed tokens. */
async function importFile(store: AccountStore, path: string, replace: boolean): Promise<number> {
	let file: ReturnType<typeof loadAccountsFile>;
	try {
		file = loadAccountsFile(path);
	} catch (error) {
		throw new UsageError((error as Error).message);
	}
	const problems: string[] = [];
	for (const [index, agent] of file.agents.entries()) {
		const problem = tokenProblem(agent.token);
		if (problem) problems.push(`agents.${index}.token (${agent.id}): ${problem}`);
		if (!replace && (await store.get(agent.id)))
			problems.push(`agents.${index}.id: ${agent.id} exists already in the database (--replace overwrites it)`);
	}
	// Nothing is written unless everything can be: a half-imported team is worse than none.
	if (problems.length > 0) throw new UsageError(`${path}: ${problems.join('; ')}`);
	for (const department of file.departments) await store.saveDepartment(department);
	for (const agent of file.agents) {
		const record = {
			name: agent.name,
			company: agent.company ?? null,
			departments: agent.departments,
			capacity: agent.capacity ?? DEFAULT_CAPACITY,
			...hashed(agent.token),
		};
		if (await store.get(agent.id)) await store.update(agent.id, record);
		else await store.add({id: agent.id, ...record, created_at: Date.now()});
	}
	out(
		`imported ${file.agents.length} agent(s) and ${file.departments.length} department(s) from ${path}; their tokens are stored only as hashes`,
	);
	return 0;
}
