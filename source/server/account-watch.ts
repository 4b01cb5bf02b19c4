// Accounts changed outside this server process (`switchboard accounts remove|rotate`, or another server on the same
// database): every few seconds the accounts are read again, and a signed-in agent whose account went, or whose token
// was rotated, is closed with 4001 instead of keeping its live link until it drops.
import type {ContactCentre} from './contact-centre.js';

/** How often the accounts are read again: one small query (a team has a few dozen accounts). */
export const ACCOUNT_CHECK_MS = 2_000;

/** Starts the checks; returns the stop. */
export function watchAccounts(centre: ContactCentre, everyMs: number): () => void {
	let running = false;
	const timer = setInterval(() => {
		// A slow store (PostgreSQL under load) never has two checks in flight.
		if (running) return;
		running = true;
		centre.guard(async () => {
			try {
				await checkAccounts(centre);
			} finally {
				running = false;
			}
		});
	}, everyMs);
	timer.unref();
	return () => clearInterval(timer);
}

/** Signs out every database agent whose account is gone or whose token no longer matches the one they signed in with. */
export async function checkAccounts(centre: ContactCentre): Promise<void> {
	const hashes = new Map((await centre.store.accounts.list()).map(account => [account.id, account.token_hash]));
	for (const agent of [...centre.agents.values()]) {
		// Configured agents (--token, --accounts) have no stored hash; a rotated agent not signed in signs in anew.
		if (agent.tokenHash === null) continue;
		const now = hashes.get(agent.id);
		if (now === agent.tokenHash || (now !== undefined && !agent.session)) continue;
		const removed = now === undefined;
		centre.settings.log('agent.revoked', {agent: agent.id, reason: removed ? 'removed' : 'rotated'});
		await centre.revokeAgent(agent, removed);
	}
}
