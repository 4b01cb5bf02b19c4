// The outbox on disk (issue 9): a 0600 file per server and agent, atomic writes, unusable files set aside, and a disk
// that refuses writes reported without losing a message.
import {chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {Outbox} from '../../source/client/outbox.js';
import {OutboxKeeper, type OutboxReport} from '../../source/client/outbox-keeper.js';
import {outboxFileName, readOutboxFile} from '../../source/client/outbox-file.js';
import {outboxDirectory, stateDirectory} from '../../source/config/state-paths.js';
import type {PendingMessage} from '../../source/core/actions.js';
import {undeliveredExit, UNDELIVERED_EXIT_CODE} from '../../source/ui/runtime/undelivered.js';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

function tempDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'switchboard-keeper-'));
	dirs.push(dir);
	return dir;
}

const SERVER = 'ws://127.0.0.1:7420';

function keeperIn(directory: string, names: Record<string, string> = {c1: 'Sarah Jones'}) {
	const reports: OutboxReport[] = [];
	const keeper = new OutboxKeeper({
		directory,
		server: SERVER,
		customerOf: chatId => names[chatId] ?? null,
		report: report => reports.push(report),
		now: () => 1_000,
	});
	let counter = 0;
	const outbox = new Outbox({
		emit: () => undefined,
		retryDelay: () => 0,
		newId: () => `id-${++counter}`,
		onChange: pending => keeper.save(pending),
	});
	const queue = (chatId: string, text: string) =>
		outbox.enqueue({chat_id: chatId, text, visibility: 'public', auto: false}, 5);
	return {keeper, outbox, reports, queue};
}

describe('where the desk keeps state', () => {
	it('honours XDG_STATE_HOME, and ignores an empty or relative one as the XDG spec says', () => {
		expect(stateDirectory({XDG_STATE_HOME: '/srv/state'}, '/home/a')).toBe('/srv/state/switchboard');
		expect(stateDirectory({}, '/home/a')).toBe('/home/a/.local/state/switchboard');
		expect(stateDirectory({XDG_STATE_HOME: ''}, '/home/a')).toBe('/home/a/.local/state/switchboard');
		expect(stateDirectory({XDG_STATE_HOME: 'state'}, '/home/a')).toBe('/home/a/.local/state/switchboard');
		expect(outboxDirectory({XDG_STATE_HOME: '/s'}, '/h')).toBe('/s/switchboard/outbox');
	});

	it('names a file per server and agent, readable and never shared', () => {
		expect(outboxFileName(SERVER, 'alice')).toMatch(/^127\.0\.0\.1_7420-alice-[0-9a-f]{8}\.json$/);
		expect(outboxFileName(SERVER, 'alice')).not.toBe(outboxFileName(SERVER, 'bob'));
		expect(outboxFileName(SERVER, 'alice')).not.toBe(outboxFileName('ws://127.0.0.1:7421', 'alice'));
		expect(outboxFileName(SERVER, '../../etc/passwd')).not.toContain('/');
	});
});

describe('OutboxKeeper', () => {
	it('writes nothing before the first login says whose outbox it is (a save then would wipe the file)', () => {
		const directory = tempDir();
		const {queue} = keeperIn(directory);
		queue('c1', 'Hello');
		expect(readdirSync(directory)).toEqual([]);
	});

	it('saves every change in a 0600 file with the customer name, and removes the file once all is delivered', () => {
		const directory = join(tempDir(), 'outbox');
		const {keeper, outbox, queue} = keeperIn(directory);
		expect(keeper.load('alice')).toEqual([]);
		const first = queue('c1', 'Hello Sarah');
		queue('c9', 'For a chat the desk does not know');
		const path = keeper.path!;
		expect(statSync(path).mode & 0o777).toBe(0o600);
		expect(statSync(directory).mode & 0o777).toBe(0o700);
		const content = readOutboxFile(path)!;
		expect(content).toMatchObject({version: 1, server: SERVER, agent: 'alice'});
		expect(content.messages.map(message => [message.text, message.customer])).toEqual([
			['Hello Sarah', 'Sarah Jones'],
			['For a chat the desk does not know', undefined],
		]);
		// No temp file is left beside it.
		expect(readdirSync(directory)).toHaveLength(1);

		outbox.takeReady();
		outbox.confirm(first.client_msg_id, {} as never, 6);
		expect(readOutboxFile(path)!.messages).toHaveLength(1);
		outbox.refuse('id-2', {code: 'not_found', message: 'gone', retryable: false}, 7);
		expect(existsSync(path)).toBe(false);
	});

	it('gives the next run the same messages, client_msg_ids and customer names, and says so', () => {
		const directory = tempDir();
		const before = keeperIn(directory);
		before.keeper.load('alice');
		const queued = before.queue('c1', 'Hello Sarah');

		const after = keeperIn(directory, {});
		const restored = after.keeper.load('alice');
		expect(restored).toEqual([{...queued, customer: 'Sarah Jones'}]);
		expect(after.reports).toEqual([
			{level: 'info', text: '1 message from your last session not yet delivered: sending it now.'},
		]);
		// Restored into the outbox, it keeps its id (the server deduplicates by it) and its name across saves.
		after.outbox.restore(restored, 10);
		expect(after.outbox.pending.map(message => message.client_msg_id)).toEqual([queued.client_msg_id]);
		expect(readOutboxFile(after.keeper.path!)!.messages[0]!.customer).toBe('Sarah Jones');
		// Another agent on the same server has an outbox of its own.
		expect(keeperIn(directory).keeper.load('bob')).toEqual([]);
	});

	it('moves a file it cannot use aside, never deleting it, and says where it went', () => {
		const directory = tempDir();
		const {keeper, reports} = keeperIn(directory);
		writeFileSync(join(directory, outboxFileName(SERVER, 'alice')), '{not json', {mode: 0o600});
		expect(keeper.load('alice')).toEqual([]);
		expect(reports).toHaveLength(1);
		expect(reports[0]!.level).toBe('urgent');
		expect(reports[0]!.text).toMatch(/could not be used .*not valid JSON.*moved to .*unreadable-/);
		expect(readdirSync(directory).some(name => name.includes('.unreadable-'))).toBe(true);
	});

	it('reports a directory it cannot write to once, keeps every message in memory, and says when saving works again', () => {
		const parent = tempDir();
		const directory = join(parent, 'outbox');
		// A file where the directory should be: mkdir fails whoever runs the test (root ignores permission bits).
		writeFileSync(directory, 'in the way');
		const {keeper, outbox, reports, queue} = keeperIn(directory);
		keeper.load('alice');
		queue('c1', 'first');
		queue('c1', 'second');
		expect(outbox.size).toBe(2);
		expect(keeper.unsaved).toBe(true);
		expect(reports).toHaveLength(1);
		expect(reports[0]).toMatchObject({level: 'urgent'});
		expect(reports[0]!.text).toMatch(
			/cannot be saved to disk: .*kept in memory and still go out; quitting now would lose them/,
		);

		rmSync(directory);
		mkdirSync(directory);
		chmodSync(directory, 0o700);
		queue('c1', 'third');
		expect(keeper.unsaved).toBe(false);
		expect(reports.at(-1)).toEqual({level: 'info', text: 'Queued messages are saved to disk again.'});
		expect(readOutboxFile(keeper.path!)!.messages.map(message => message.text)).toEqual(['first', 'second', 'third']);
	});
});

describe('undelivered messages on the way out', () => {
	const pending: PendingMessage[] = [
		{chat_id: 'c1', client_msg_id: 'x', text: 'Hello Sarah', visibility: 'public', auto: false, queued_at: 0},
	];
	const customerOf = () => 'Sarah Jones';

	it('a quit with nothing pending stays 0 and says nothing', () => {
		expect(undeliveredExit({code: 0, pending: [], file: null, customerOf})).toEqual({code: 0, text: null});
	});

	it('a quit with saved messages exits 3 and says where they are', () => {
		const result = undeliveredExit({code: 0, pending, file: {path: '/s/o.json', unsaved: false}, customerOf});
		expect(result.code).toBe(UNDELIVERED_EXIT_CODE);
		expect(result.text).toBe(
			'switchboard: 1 message not delivered yet: saved in /s/o.json, it goes out when you start the desk again.\n',
		);
	});

	it('messages that could not be saved are printed, by customer name, so nothing is lost', () => {
		const result = undeliveredExit({code: 0, pending, file: {path: '/s/o.json', unsaved: true}, customerOf});
		expect(result.code).toBe(UNDELIVERED_EXIT_CODE);
		expect(result.text).toContain('to Sarah Jones: Hello Sarah');
		expect(result.text).not.toContain('c1');
	});

	it('a signal keeps its own exit code', () => {
		expect(undeliveredExit({code: 129, pending, file: null, customerOf}).code).toBe(129);
	});
});
