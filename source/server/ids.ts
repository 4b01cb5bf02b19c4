// Ids the server hands out: short (they travel in every frame) and unique across restarts of a persistent store.
import {randomBytes} from 'node:crypto';

/** 72 random bits in 12 characters: for chats, customers, sessions and follow-ups. */
export function newId(): string {
	return randomBytes(9).toString('base64url');
}

/** Random per process, so message ids from an earlier run (kept in a database) never collide with new ones. */
const boot = randomBytes(6).toString('base64url');
let messages = 0;

/** A counter rather than a random draw per message: messages are the hot path. */
export function newMessageId(): string {
	return `m${boot}${(++messages).toString(36)}`;
}
