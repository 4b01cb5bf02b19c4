// The outbox on disk: one JSON file per server and agent, mode 0600, replaced atomically (temp file + rename).
import {createHash} from 'node:crypto';
import {chmodSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {z} from 'zod';
import type {PendingMessage} from '../core/actions.js';

export const OUTBOX_FILE_VERSION = 1;

/** What a file holds: whose messages they are, and the messages oldest first. */
export type OutboxFileContent = {
	version: typeof OUTBOX_FILE_VERSION;
	server: string;
	agent: string;
	saved_at: number;
	messages: PendingMessage[];
};

const pendingSchema = z.object({
	chat_id: z.string().min(1),
	client_msg_id: z.string().min(1),
	text: z.string(),
	visibility: z.enum(['public', 'internal']),
	auto: z.boolean(),
	queued_at: z.number(),
	answers: z.literal(false).optional(),
	customer: z.string().optional(),
	part_of: z.string().optional(),
});

const fileSchema = z.object({
	version: z.literal(OUTBOX_FILE_VERSION),
	server: z.string(),
	agent: z.string(),
	saved_at: z.number(),
	messages: z.array(pendingSchema),
});

/** A file that is there but cannot be used; the caller moves it aside and says so. */
export class OutboxFileError extends Error {
	override readonly name = 'OutboxFileError';
}

/** Characters safe in a file name on every platform, so the name says whose outbox it is at a glance. */
const readable = (text: string) => text.replaceAll(/[^A-Za-z0-9.-]+/g, '_').slice(0, 40);

/**
 * `127.0.0.1_7420-alice-1a2b3c4d.json`: host, port and agent id for the eye, and a hash of the full server URL and
 * agent id so two that read alike never share a file.
 */
export function outboxFileName(server: string, agentId: string): string {
	let host = server;
	try {
		const url = new URL(server);
		host = url.port ? `${url.hostname}_${url.port}` : url.hostname;
	} catch {
		// Not a URL (a test's label): the hash still tells servers apart.
	}
	const hash = createHash('sha256').update(`${server}\n${agentId}`).digest('hex').slice(0, 8);
	return `${readable(host)}-${readable(agentId)}-${hash}.json`;
}

export function outboxFilePath(directory: string, server: string, agentId: string): string {
	return join(directory, outboxFileName(server, agentId));
}

/** The saved messages, or null when there is no file. Throws OutboxFileError for a file that cannot be read or used. */
export function readOutboxFile(path: string): OutboxFileContent | null {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		// No file, or no directory to hold one (something else is in its place: the first save will say so).
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT' || code === 'ENOTDIR') return null;
		throw new OutboxFileError(`cannot read ${path}: ${(error as Error).message}`);
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		throw new OutboxFileError(`${path} is not valid JSON`);
	}
	const parsed = fileSchema.safeParse(json);
	if (!parsed.success) throw new OutboxFileError(`${path} is not an outbox file this version understands`);
	return parsed.data as OutboxFileContent;
}

/**
 * Replaces the file in one step: written whole to a temp file beside it, then renamed over it, so a crash or a full
 * disk mid-write leaves the old file, never half a new one. No messages: the file is removed. Throws on failure.
 */
export function writeOutboxFile(path: string, directory: string, content: OutboxFileContent): void {
	if (content.messages.length === 0) {
		rmSync(path, {force: true});
		return;
	}
	mkdirSync(directory, {recursive: true, mode: 0o700});
	const temp = `${path}.${process.pid}.tmp`;
	try {
		writeFileSync(temp, `${JSON.stringify(content, null, '\t')}\n`, {mode: 0o600});
		// mode applies only to a new file; a temp left by a crash keeps whatever it had.
		chmodSync(temp, 0o600);
		renameSync(temp, path);
	} catch (error) {
		try {
			rmSync(temp, {force: true});
		} catch {
			// The directory refuses even that; the error that matters is the one below.
		}
		throw error;
	}
}

/** Moves a file that cannot be used out of the way (never deletes it: it may hold the only copy of a message). */
export function setAsideOutboxFile(path: string): string {
	const aside = `${path}.unreadable-${Date.now()}`;
	renameSync(path, aside);
	return aside;
}
