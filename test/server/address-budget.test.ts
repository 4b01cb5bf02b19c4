// Issue 13, "limit per customer identity and per address across reconnects": the address half. Every customer link from
// one address draws on one frame budget, whatever chat it is in and however often it reconnects; another address has
// its own. Against the real server on 127.0.0.1, the second address being 127.0.0.2.
import {afterEach, describe, expect, it} from 'vitest';
import {closeAll, startTestServer, TestClient} from './helpers.js';

afterEach(closeAll);

const BURST = 30;
const PER_SECOND = 10;

/** A customer from `from` who joins a chat of their own, posts `count` messages at once and counts the ones stored (0: the join was refused). */
async function burstFrom(url: string, from: string, label: string, count: number): Promise<number> {
	const client = await TestClient.open(url, {localAddress: from});
	const joined = await client.request('join', {name: `Visitor ${label}`, locale: 'en'});
	// The join itself draws on the address's budget: once it is spent, even the join waits its turn.
	if (!joined.ok) {
		expect(joined.error?.code).toBe('rate_limited');
		client.drop();
		return 0;
	}
	let last = '';
	for (let i = 0; i < count; i++) last = client.post('message.send', {client_msg_id: `${label}-${i}`, text: 'spam'});
	await client.waitFor(frame => frame.type === 'res' && frame.id === last, 'the last answer');
	const stored = client.frames.filter(frame => frame.type === 'res' && frame.ok && frame.payload?.message).length;
	client.drop();
	return stored;
}

describe('the per-address frame budget', () => {
	it('is shared by every chat and link of one address, and leaves another address alone', async () => {
		// Links and chats get budgets far above the address's, so only the address's can bite.
		const server = await startTestServer({
			rateLimit: {perSecond: 1_000, burst: 1_000},
			limits: {addressRate: {perSecond: PER_SECOND, burst: BURST}, maxOpenChatsPerAddress: 100},
		});
		const started = performance.now();
		let stored = 0;
		// Six visitors in turn from one address, each in a chat of their own on a fresh link: no fresh budget each time.
		for (let visitor = 0; visitor < 6; visitor++)
			stored += await burstFrom(server.customerUrl, '127.0.0.2', `a${visitor}`, 20);
		const seconds = (performance.now() - started) / 1_000;
		// The join frames draw on the budget too: what is stored is at most the burst plus the refill meanwhile.
		expect(stored).toBeLessThanOrEqual(BURST + Math.ceil(PER_SECOND * seconds) + 2);
		expect(stored).toBeLessThan(6 * 20);

		// A visitor from another address is not held back by the first one's flood.
		expect(await burstFrom(server.customerUrl, '127.0.0.3', 'b', 20)).toBe(20);
	});
});
