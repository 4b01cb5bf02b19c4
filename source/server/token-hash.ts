// Agent tokens kept in the database: made at random, stored only as a salted scrypt hash, checked in constant time.
// A short key (a few characters of SHA-256) picks which accounts to check a token against: it narrows the search
// without being enough to test guesses against, so the slow hash is what a stolen database must be attacked through.
import {createHash, randomBytes, scrypt, scryptSync, timingSafeEqual} from 'node:crypto';

/** Tokens shorter than this are refused for database accounts: they could be guessed. */
export const MIN_TOKEN_LENGTH = 16;

/** scrypt cost: 2^14 x 8 (16 MiB, some tens of ms), the figure RFC 7914 gives for interactive sign-ins. */
const COST = {N: 16_384, r: 8, p: 1};
const KEY_BYTES = 32;
/** 4 hex characters: 65,536 buckets, so a team's accounts rarely share one, and a guess learns almost nothing. */
const TOKEN_KEY_CHARS = 4;

export function newAccountToken(): string {
	return `sbt_${randomBytes(24).toString('base64url')}`;
}

export function tokenKey(token: string): string {
	return createHash('sha256').update(token).digest('hex').slice(0, TOKEN_KEY_CHARS);
}

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64url. */
export function hashToken(token: string): string {
	const salt = randomBytes(16);
	const hash = scryptSync(token, salt, KEY_BYTES, {...COST, maxmem: 64 * 1024 * 1024});
	return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

/** Off the event loop (libuv's thread pool): a sign-in being checked holds up no other client. */
export function tokenMatches(token: string, stored: string): Promise<boolean> {
	const [scheme, n, r, p, salt, hash] = stored.split('$');
	if (scheme !== 'scrypt' || !salt || !hash) return Promise.resolve(false);
	const expected = Buffer.from(hash, 'base64url');
	const cost = {N: Number(n), r: Number(r), p: Number(p), maxmem: 64 * 1024 * 1024};
	return new Promise(resolve =>
		scrypt(token, Buffer.from(salt, 'base64url'), expected.length, cost, (error, actual) =>
			resolve(!error && timingSafeEqual(actual, expected)),
		),
	);
}

/** Why a token may not be stored, or null. */
export function tokenProblem(token: string): string | null {
	if (token.length < MIN_TOKEN_LENGTH) return `a token needs at least ${MIN_TOKEN_LENGTH} characters`;
	if (/\s/.test(token)) return 'a token may not contain spaces';
	return null;
}
