// The outbox alone: ids, per-chat order, confirmation, retryable and final refusals, redelivery after a drop.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {DeskAction, PendingMessage} from '../../source/core/actions.js';
import {Outbox} from '../../source/client/outbox.js';
import {OUTBOX_FILE_VERSION, readOutboxFile, writeOutboxFile} from '../../source/client/outbox-file.js';
import {message as storedFixture} from '../protocol/fixtures.js';

function makeOutbox() {
	const actions: DeskAction[] = [];
	let counter = 0;
	const clock = {now: 0};
	const outbox = new Outbox({
		emit: action => actions.push(action),
		retryDelay: attempt => 100 * 2 ** attempt,
		newId: () => `c-${++counter}`,
		clock: () => clock.now,
	});
	const queue = (chat: string, text: string) =>
		outbox.enqueue({chat_id: chat, text, visibility: 'public', auto: false}, 1_000);
	return {outbox, actions, queue, clock};
}

/** These messages written to an outbox file and read back, as the keeper does across a restart. */
function throughFile(messages: PendingMessage[]): PendingMessage[] {
	const directory = mkdtempSync(join(tmpdir(), 'switchboard-outbox-'));
	try {
		const path = join(directory, 'outbox.json');
		writeOutboxFile(path, directory, {
			version: OUTBOX_FILE_VERSION,
			server: 'ws://x',
			agent: 'alex',
			saved_at: 0,
			messages,
		});
		return readOutboxFile(path)!.messages;
	} finally {
		rmSync(directory, {recursive: true, force: true});
	}
}

const stored = (clientMsgId: string) => ({...storedFixture, client_msg_id: clientMsgId});

describe('Outbox', () => {
	it('gives every message its own id and announces it as queued', () => {
		const {outbox, actions, queue} = makeOutbox();
		const first = queue('chat_1', 'Hello');
		const second = queue('chat_1', 'How can I help?');
		expect(first.client_msg_id).not.toBe(second.client_msg_id);
		expect(outbox.size).toBe(2);
		expect(actions).toEqual([
			{type: 'outbox.queued', message: first, at: 1_000},
			{type: 'outbox.queued', message: second, at: 1_000},
		]);
	});

	it('uses random UUIDs by default', () => {
		const outbox = new Outbox({emit: () => undefined, retryDelay: () => 0});
		const pending = outbox.enqueue({chat_id: 'chat_1', text: 'Hi', visibility: 'public', auto: false}, 0);
		expect(pending.client_msg_id).toMatch(/^[0-9a-f-]{36}$/);
	});

	it('keeps one message per chat on the wire, so a chat keeps its order; chats do not wait for each other', () => {
		const {outbox, queue} = makeOutbox();
		const a1 = queue('chat_a', 'one');
		const a2 = queue('chat_a', 'two');
		const b1 = queue('chat_b', 'other chat');
		expect(outbox.takeReady()).toEqual([a1, b1]);
		expect(outbox.takeReady()).toEqual([]);
		outbox.confirm(a1.client_msg_id, stored(a1.client_msg_id), 5);
		expect(outbox.takeReady()).toEqual([a2]);
	});

	it('confirms once: a second answer for the same id changes nothing', () => {
		const {outbox, actions, queue} = makeOutbox();
		const pending = queue('chat_1', 'Hello');
		outbox.takeReady();
		outbox.confirm(pending.client_msg_id, stored(pending.client_msg_id), 7);
		outbox.confirm(pending.client_msg_id, stored(pending.client_msg_id), 8);
		expect(actions.filter(a => a.type === 'outbox.sent')).toEqual([
			{type: 'outbox.sent', client_msg_id: pending.client_msg_id, message: stored(pending.client_msg_id), at: 7},
		]);
		expect(outbox.size).toBe(0);
	});

	it('holds a message back after a retryable refusal, and its chat with it, then retries with the same id', () => {
		const {outbox, actions, queue, clock} = makeOutbox();
		const first = queue('chat_1', 'one');
		queue('chat_1', 'two');
		outbox.takeReady();
		clock.now = 1_000;
		outbox.refuse(first.client_msg_id, {code: 'rate_limited', message: 'slow down', retryable: true}, 1_000);
		expect(outbox.msUntilRetry()).toBe(100);
		clock.now = 1_050;
		expect(outbox.msUntilRetry()).toBe(50);
		expect(outbox.takeReady()).toEqual([]);
		clock.now = 1_100;
		expect(outbox.takeReady()).toEqual([first]);
		clock.now = 2_000;
		outbox.refuse(first.client_msg_id, {code: 'internal', message: 'oops', retryable: true}, 2_000);
		expect(outbox.msUntilRetry()).toBe(200);
		expect(actions.some(a => a.type === 'outbox.failed')).toBe(false);
		expect(outbox.size).toBe(2);
	});

	it('drops a message refused for good and reports it failed; the next one of the chat goes on', () => {
		const {outbox, actions, queue} = makeOutbox();
		const first = queue('chat_1', 'one');
		const second = queue('chat_1', 'two');
		outbox.takeReady();
		const error = {code: 'conflict', message: 'the chat has ended', retryable: false} as const;
		outbox.refuse(first.client_msg_id, error, 3_000);
		expect(actions.at(-1)).toEqual({type: 'outbox.failed', client_msg_id: first.client_msg_id, error, at: 3_000});
		expect(outbox.pending).toEqual([second]);
		expect(outbox.takeReady()).toEqual([second]);
	});

	it('drops the later parts of a text with a part refused for good, also in the next run (from the file)', () => {
		const {outbox, queue} = makeOutbox();
		const part = (text: string) =>
			outbox.enqueue({chat_id: 'chat_1', text, visibility: 'public', auto: true, part_of: 'text-1'}, 1_000);
		part('Thank you for waiting.');
		part('I have checked the order.');
		part('It arrives tomorrow.');
		const other = queue('chat_1', 'a message of its own');
		// The desk quits; the next run restores what the file kept (part_of included) and goes on from there.
		const kept = throughFile(outbox.pending);
		const next = makeOutbox();
		next.outbox.restore(kept, 2_000);
		const [first, second, third] = next.outbox.takeReady().concat(next.outbox.pending.slice(1));
		const error = {code: 'bad_request', message: 'text: too long', retryable: false} as const;
		next.outbox.refuse(first!.client_msg_id, error, 3_000);
		const failed = next.actions.filter(action => action.type === 'outbox.failed');
		expect(failed.map(action => action.type === 'outbox.failed' && action.client_msg_id)).toEqual([
			first!.client_msg_id,
			second!.client_msg_id,
			third!.client_msg_id,
		]);
		expect(next.outbox.pending.map(message => message.text)).toEqual([other.text]);
	});

	it('puts everything on the wire back in line when the link drops, retry pauses included', () => {
		const {outbox, queue} = makeOutbox();
		const a = queue('chat_a', 'one');
		const b = queue('chat_b', 'two');
		outbox.takeReady();
		outbox.refuse(b.client_msg_id, {code: 'rate_limited', message: '', retryable: true}, 0);
		outbox.releaseInFlight();
		expect(outbox.msUntilRetry()).toBeNull();
		expect(outbox.takeReady()).toEqual([a, b]);
	});

	it('ignores answers for ids it does not hold', () => {
		const {outbox, actions} = makeOutbox();
		outbox.refuse('nope', {code: 'conflict', message: '', retryable: false}, 0);
		outbox.retryLater('nope');
		outbox.confirm('nope', stored('nope'), 0);
		expect(actions).toEqual([]);
	});
});
