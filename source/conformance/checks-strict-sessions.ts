// Strict checks of connections and sessions: one auth or join per connection, replay as it was, no resume past an ack, offers in the snapshot.
import type {Message} from '../protocol/index.js';
import {CheckSkipped, expect, type CheckGroup} from './check.js';
import {CLIENT_NAME, type ConformanceContext} from './context.js';
import {show} from './describe.js';
import {customerSend, isEvent} from './checks-chat.js';

/** Resume checks need a resumable session; a server announcing resume_window_ms 0 has none (checked elsewhere). */
function requireResume(context: ConformanceContext): void {
	if (context.hello?.resume_window_ms === 0)
		throw new CheckSkipped('the hello announces resume_window_ms 0: sessions are not resumable');
}

export const strictSessionChecks: CheckGroup = {
	title: 'sessions, strictly',
	checks: () => [
		{
			name: 'a second auth on one connection -> conflict, and the connection stays the first login (§4.1)',
			async run(context) {
				const {probe} = await context.agent();
				const auth = {token: context.token, client: {name: CLIENT_NAME, version: context.clientVersion}};
				await probe.expectError('auth', auth, 'conflict');
				await probe.call('chats.list', {});
			},
		},
		{
			name: 'a second join on one customer connection -> conflict (§17.4)',
			async run(context) {
				const customer = await context.joinCustomer();
				try {
					await customer.probe.expectError('join', {locale: 'en', name: 'Second Join'}, 'conflict');
				} finally {
					await context.leave(customer);
				}
			},
		},
		{
			name: 'replayed events keep their original seq, ts and payload (§5.4)',
			async run(context) {
				requireResume(context);
				const {customer} = context.requireMainChat();
				const old = await context.agent();
				await old.probe.barrier();
				const lastSeq = old.probe.lastSeq;
				const since = old.probe.mark();
				const sent = await customerSend(customer.probe, 'One more question, sorry.');
				context.mainChatMessages.push(sent.id);
				const first = await old.probe.waitFor(
					frame => isEvent(frame, 'message.created') && (frame.payload['message'] as Message).id === sent.id,
					`message.created for message ${sent.id}`,
					{since},
				);
				// Not acknowledged: the same event must come again, as it was, after the resume.
				old.probe.drop();
				await old.probe.waitClose('the dropped socket to close');
				const resumed = await context.login('agent (resumed to replay)', {
					session_id: old.sessionId,
					last_seq: lastSeq,
				});
				context.adoptAgent(resumed);
				expect(resumed.resumed, `expected resumed:true, got ${show(resumed.resumed)}`);
				const again = await resumed.probe.waitFor(
					frame => isEvent(frame, 'message.created') && (frame.payload['message'] as Message).id === sent.id,
					`the replayed message.created for message ${sent.id}`,
				);
				const [before, after] = [first.frame, again.frame] as const;
				if (before?.type !== 'evt' || after?.type !== 'evt') return;
				expect(before.seq === after.seq, `replayed with seq ${show(after.seq)}, first sent with ${show(before.seq)}`);
				expect(before.ts === after.ts, `replayed with ts ${after.ts}, first sent with ts ${before.ts} (a new ts)`);
			},
		},
		{
			name: 'resume from below an acknowledged seq -> resume_expired, never a shorter replay (§5.4)',
			async run(context) {
				requireResume(context);
				const {probe, sessionId} = await context.agent();
				await probe.barrier();
				const acked = probe.lastSeq;
				expect(acked >= 1, 'not run: the agent has had no sequenced event to acknowledge');
				probe.send({type: 'ack', seq: acked});
				await probe.barrier();
				const other = await context.openProbe('agent', 'agent (resume below the ack)');
				await context.waitHello(other);
				await other.expectError(
					'auth',
					{
						token: context.token,
						client: {name: CLIENT_NAME, version: context.clientVersion},
						resume: {session_id: sessionId, last_seq: acked - 1},
					},
					'resume_expired',
				);
			},
		},
		{
			name: 'a pending offer is in the snapshot of a fresh login (§4.2)',
			async run(context) {
				const {customer} = await context.offeredChat();
				try {
					const fresh = await context.login('agent (fresh login with an offer pending)');
					context.adoptAgent(fresh);
					const offers = fresh.snapshot?.offers ?? [];
					expect(
						offers.some(offer => offer.chat.id === customer.chatId),
						`expected the snapshot's offers to hold chat ${customer.chatId}, got ${show(offers.map(offer => offer.chat.id))}`,
					);
				} finally {
					await context.leave(customer);
				}
			},
		},
	],
};
