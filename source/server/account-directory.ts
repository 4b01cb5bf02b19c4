// Finds the database account a token belongs to: the bucket its key names, then scrypt off the event loop. A token
// checked once is remembered (as SHA-256, in memory) against the hash it matched, so a reconnecting desk costs no
// scrypt, and a rotated or removed account stops matching at once.
import {createHash} from 'node:crypto';
import type {AccountRecord, AccountStore} from './store/accounts-contract.js';
import {tokenKey, tokenMatches} from './token-hash.js';

/** Verified tokens remembered at most; a small team has a few dozen. */
const MAX_REMEMBERED = 10_000;

export class AccountDirectory {
	/** SHA-256 of a token -> the token_hash it was found to match. */
	private readonly verified = new Map<string, string>();

	constructor(private readonly accounts: AccountStore) {}

	/**
	 * The account whose token this is: without hashing when the token was checked before, or when no account can have
	 * it (no account in its bucket).
	 */
	async find(token: string): Promise<Readonly<AccountRecord> | undefined> {
		const candidates = await this.accounts.findByTokenKey(tokenKey(token));
		if (candidates.length === 0) return undefined;
		const digest = createHash('sha256').update(token).digest('base64url');
		const known = this.verified.get(digest);
		const remembered = candidates.find(account => account.token_hash === known);
		if (remembered) return remembered;
		return this.check(token, digest, candidates);
	}

	private async check(
		token: string,
		digest: string,
		candidates: ReadonlyArray<Readonly<AccountRecord>>,
	): Promise<Readonly<AccountRecord> | undefined> {
		for (const account of candidates) {
			if (!(await tokenMatches(token, account.token_hash))) continue;
			if (this.verified.size >= MAX_REMEMBERED) this.verified.clear();
			this.verified.set(digest, account.token_hash);
			return account;
		}
		return undefined;
	}
}
