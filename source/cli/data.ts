// `switchboard data erase|export|backup`: what the server keeps, handled from the command line, in SQLite (--data) or
// PostgreSQL (--database). Works beside running servers (both databases let another process read and write), except
// erasing a customer whose chat is still open. A PostgreSQL database is backed up with PostgreSQL's own pg_dump.
import {createWriteStream, existsSync, type WriteStream} from 'node:fs';
import {once} from 'node:events';
import {databasePath, defaultDataDir} from '../server/store/data-dir.js';
import type {CustomerRecord, Store} from '../server/store/contract.js';
import {SqliteStore} from '../server/store/sqlite/sqlite-store.js';
import {SyncStoreAdapter} from '../server/store/sync-adapter.js';
import {chosenDatabase} from './database-setting.js';
import {parseFlags} from './parse-flags.js';
import {openPostgres} from './serve.js';
import {transcriptJson, transcripts, transcriptText} from './transcripts.js';
import {UsageError} from './usage-error.js';

/** The flags `data` takes; test/cli/help-text.test.ts keeps its help text in step with them. */
export const DATA_FLAGS = {
	data: {type: 'string'},
	database: {type: 'string'},
	customer: {type: 'string'},
	format: {type: 'string', default: 'json'},
	out: {type: 'string'},
} as const;

export async function runData(argv: string[], importMeta: ImportMeta): Promise<number> {
	const {input, flags} = parseFlags(argv, DATA_FLAGS, importMeta);
	const [action, target, ...extra] = input;
	const actions = ['erase', 'export', 'backup'];
	if (action === undefined || !actions.includes(action))
		throw new UsageError(`data: expected one of ${actions.join(', ')}${action ? `, not "${action}"` : ''}`);
	if (extra.length > 0 || (action !== 'backup' && target !== undefined))
		throw new UsageError(`data ${action}: unexpected "${extra[0] ?? target}"`);
	const database = chosenDatabase(flags.database, flags.data !== undefined);
	if (database && flags.data) throw new UsageError('--data and --database exclude each other: choose one');
	if (database && action === 'backup') throw new UsageError(PG_DUMP_HINT);
	const sqlite = database ? null : openSqlite(flags.data ?? defaultDataDir());
	const store = sqlite ? new SyncStoreAdapter(sqlite) : await openPostgres(database!, false);
	try {
		if (action === 'erase') return await erase(store, flags.customer);
		if (action === 'export') return await exportTranscripts(store, flags.customer, flags.format, flags.out);
		return await backup(sqlite!, target);
	} finally {
		await store.close();
	}
}

/** PostgreSQL has its own online backup, consistent while the servers write; switchboard does not wrap it. */
const PG_DUMP_HINT =
	"data backup: the database is PostgreSQL; back it up with PostgreSQL's own tools, e.g. " +
	'pg_dump --format=custom --file FILE "$SWITCHBOARD_DATABASE" (a consistent copy while the servers run; ' +
	'restore with pg_restore, see docs/deploying.md)';

function openSqlite(dataDir: string): SqliteStore {
	const path = databasePath(dataDir);
	if (!existsSync(path))
		throw new UsageError(`no database at ${path} (give the server's --data DIR or --database URL)`);
	try {
		return new SqliteStore(path);
	} catch (error) {
		throw new UsageError(`cannot open the database ${path}: ${(error as Error).message}`);
	}
}

const say = (line: string) => process.stderr.write(`${line}\n`);

/** The customer record the value names: an id, else an e-mail (case-insensitive; the newest record with it). */
async function customersNamed(store: Store, value: string): Promise<Array<Readonly<CustomerRecord>>> {
	const found =
		(await store.getCustomer(value)) ?? (value.includes('@') ? await store.findCustomerByEmail(value) : undefined);
	return found ? [found] : [];
}

async function erase(store: Store, value: string | undefined): Promise<number> {
	if (!value) throw new UsageError('data erase: name the customer with --customer EMAIL or --customer ID');
	const customers = await customersNamed(store, value);
	if (customers.length === 0) throw new UsageError(`data erase: no customer ${JSON.stringify(value)} in the database`);
	for (const customer of customers) {
		const {chats} = await store.listChatsOfCustomer(customer.id, {limit: 1_000});
		const open = chats.filter(chat => chat.status !== 'ended');
		// The running server holds an open chat live; erasing under it would leave it serving a chat that is gone.
		if (open.length > 0)
			throw new UsageError(
				`data erase: customer ${customer.id} has a chat still open (${open[0]!.id}); end it first, then erase`,
			);
	}
	const total = {customers: 0, chats: 0, messages: 0};
	// One e-mail may have several records; each goes, and so does any later one the address still finds.
	for (let round = customers; round.length > 0; round = await customersNamed(store, value)) {
		for (const customer of round) {
			const erased = await store.eraseCustomer(customer.id);
			total.customers += erased.customers;
			total.chats += erased.chats;
			total.messages += erased.messages;
		}
		if (!value.includes('@')) break;
	}
	process.stdout.write(
		`erased ${total.customers} customer record(s), ${total.chats} chat(s) and ${total.messages} message(s), with their follow-ups and read markers\n`,
	);
	return 0;
}

async function exportTranscripts(
	store: Store,
	customer: string | undefined,
	format: string,
	outPath: string | undefined,
): Promise<number> {
	if (format !== 'json' && format !== 'text') throw new UsageError(`--format must be json or text, not "${format}"`);
	let customerId: string | null = null;
	if (customer !== undefined) {
		const named = await customersNamed(store, customer);
		if (named.length === 0)
			throw new UsageError(`data export: no customer ${JSON.stringify(customer)} in the database`);
		customerId = named[0]!.id;
	}
	if (outPath !== undefined && existsSync(outPath)) throw new UsageError(`--out: ${outPath} exists; choose a new file`);
	const out: NodeJS.WritableStream | WriteStream = outPath === undefined ? process.stdout : createWriteStream(outPath);
	const write = async (text: string) => {
		if (!out.write(text)) await once(out, 'drain');
	};
	let count = 0;
	if (format === 'json') await write('[');
	for await (const transcript of transcripts(store, customerId)) {
		if (format === 'json') await write(`${count === 0 ? '\n' : ',\n'}${transcriptJson(transcript)}`);
		else await write(`${count === 0 ? '' : '\n'}${transcriptText(transcript)}`);
		count++;
	}
	if (format === 'json') await write(count === 0 ? ']\n' : '\n]\n');
	if (out !== process.stdout) {
		(out as WriteStream).end();
		await once(out, 'finish');
		say(`exported ${count} chat(s) to ${outPath}`);
	}
	return 0;
}

async function backup(store: SqliteStore, target: string | undefined): Promise<number> {
	if (!target)
		throw new UsageError('data backup: name the file to write, e.g. switchboard data backup /var/backups/sb.db');
	if (existsSync(target)) throw new UsageError(`data backup: ${target} exists; choose a new file`);
	await store.backup(target);
	process.stdout.write(`backed up ${store.path} to ${target} (a consistent copy, taken while the server may run)\n`);
	return 0;
}
