// Checks of the agent session across connections: resume with replay, an expired resume, replacement by a newer connection.
import {CloseCode, type Message} from '../protocol/index.js';
import {carriesMessage} from './frame-search.js';
import {CheckFailure, CheckSkipped, expect, type CheckGroup} from './check.js';
import {CLIENT_NAME, type AgentSession} from './context.js';
import {oneLine, show} from './describe.js';
import {describeClose} from './probe.js';
import {agentSend, customerSend, waitMessage} from './checks-chat.js';

const MISSED_MESSAGES = 3;

/** Ids of the messages a connection got message.created for, in arrival order. */
function messageIds(session: AgentSession): string[] {
	return session.probe
		.framesSince(0)
		.flatMap(frame =>
			frame.type === 'evt' && frame.event === 'message.created' ? [(frame.payload['message'] as Message).id] : [],
		);
}

export const sessionChecks: CheckGroup = {
	title: 'sessions',
	checks: () => {
		let replacement: AgentSession | null = null;
		return [
			{
				name: 'resume after a dropped link -> resumed:true, exactly the missed events replayed in order',
				async run(context) {
					const {customer} = context.requireMainChat();
					const old = await context.agent();
					// Everything the server sent before this point has arrived.
					await old.probe.barrier();
					const lastSeq = old.probe.lastSeq;
					old.probe.drop();
					await old.probe.waitClose('the dropped socket to close');
					const missed: Message[] = [];
					for (let index = 1; index <= MISSED_MESSAGES; index++) {
						const message = await customerSend(customer.probe, `Are you still there? (${index})`);
						missed.push(message);
						context.mainChatMessages.push(message.id);
					}
					const windowMs = context.hello?.resume_window_ms;
					if (windowMs === 0) {
						// A server without resume: the answer must say so.
						const probe = await context.openProbe('agent', 'agent (resume)');
						await context.waitHello(probe);
						await probe.expectError(
							'auth',
							{
								token: context.token,
								client: {name: CLIENT_NAME, version: context.clientVersion},
								resume: {session_id: old.sessionId, last_seq: lastSeq},
							},
							'resume_expired',
						);
						throw new CheckSkipped(
							'the hello announces resume_window_ms 0: sessions are not resumable (resume_expired was answered)',
						);
					}
					const resumed = await context.login('agent (resumed)', {session_id: old.sessionId, last_seq: lastSeq});
					context.adoptAgent(resumed);
					expect(
						resumed.resumed,
						`expected resumed:true when resuming session ${old.sessionId} at seq ${lastSeq}, got resumed:false`,
					);
					expect(
						resumed.sessionId === old.sessionId,
						`expected session_id ${old.sessionId} after resume, got ${resumed.sessionId}`,
					);
					for (const message of missed) await waitMessage(resumed.probe, message.id, 0, 'replayed after resume');
					await resumed.probe.barrier();
					const replayed = resumed.probe.seqs;
					expect(replayed.length > 0, 'expected replayed events after resume, got none');
					expect(
						replayed[0]!.seq === lastSeq + 1,
						`expected the replay to start at seq ${lastSeq + 1} (last_seq + 1), got seq ${replayed[0]!.seq} (${replayed[0]!.event})`,
					);
					const broken = replayed.findIndex((entry, index) => index > 0 && entry.seq !== replayed[index - 1]!.seq + 1);
					expect(
						broken === -1,
						() => `expected replayed seqs to rise by 1, got ${show(replayed.map(entry => entry.seq))}`,
					);
					// The missed messages, in the order the customer sent them, each exactly once.
					const replayedIds = messageIds(resumed);
					const wanted = missed.map(message => message.id);
					expect(
						JSON.stringify(replayedIds.filter(id => wanted.includes(id))) === JSON.stringify(wanted),
						`expected message.created for ${show(wanted)} once each in that order, got ${show(replayedIds)}`,
					);
					const before = messageIds(old);
					const again = replayedIds.filter(id => before.includes(id));
					expect(
						again.length === 0,
						`expected no replay of events received before the drop, got message.created for ${show(again)} again`,
					);
				},
			},
			{
				name: 'resume with an unknown session -> resume_expired, then close 4009',
				async run(context) {
					const probe = await context.openProbe('agent', 'agent (unknown session)');
					await context.waitHello(probe);
					await probe.expectError(
						'auth',
						{
							token: context.token,
							client: {name: CLIENT_NAME, version: context.clientVersion},
							resume: {session_id: `conformance-no-such-session-${Date.now()}`, last_seq: 0},
						},
						'resume_expired',
					);
					const close = await probe.waitClose(`close ${CloseCode.resumeWindowOver}`);
					expect(
						close.code === CloseCode.resumeWindowOver,
						`expected close ${CloseCode.resumeWindowOver} after resume_expired, got ${describeClose(close)}`,
					);
				},
			},
			{
				name: 'customer resume after a dropped link -> the missed public messages replayed in order, no internal note',
				async run(context) {
					const {chatId, customer} = context.requireMainChat();
					const old = customer.probe;
					const hello = old.frames[0]?.frame;
					if (hello?.type === 'hello' && hello.resume_window_ms === 0) {
						// Dropping the customer would end the chat at once, and the checks after this one need it.
						throw new CheckSkipped(
							'the customer hello announces resume_window_ms 0: customer sessions are not resumable',
						);
					}
					await old.barrier();
					const lastSeq = old.lastSeq;
					old.drop();
					await old.waitClose('the dropped socket to close');
					const first = await agentSend(context, chatId, 'Sorry for the wait, I am checking.', 'public');
					const note = await agentSend(
						context,
						chatId,
						'Conformance note written while the customer was away.',
						'internal',
					);
					const second = await agentSend(context, chatId, 'Thanks for waiting.', 'public');
					context.mainChatMessages.push(first.id, note.id, second.id);
					const probe = await context.openProbe('customer', `${old.label} (resumed)`);
					await context.waitHello(probe);
					const received = await probe.request('resume', {resume_token: customer.resumeToken, last_seq: lastSeq});
					const res = received.frame;
					if (!res.ok)
						throw new CheckFailure(
							`${probe.label}: resume answered error ${res.error.code} (${oneLine(res.error.message)})`,
						);
					expect(received.result, `${probe.label}: the resume result is not valid`);
					probe.seqStart = {index: received.index, base: lastSeq};
					customer.probe = probe;
					const view = received.result['chat'] as {chat_id: string};
					expect(view.chat_id === chatId, `expected the resume result for chat ${chatId}, got ${view.chat_id}`);
					customer.resumeToken = received.result['resume_token'] as string;
					await waitMessage(probe, first.id, 0, 'replayed to the customer');
					await waitMessage(probe, second.id, 0, 'replayed to the customer');
					await probe.barrier();
					const replayed = probe.seqs;
					expect(replayed.length > 0, 'expected replayed events with seq after resume, got none');
					expect(
						replayed[0]!.seq === lastSeq + 1,
						`expected the replay to start at seq ${lastSeq + 1} (last_seq + 1), got seq ${replayed[0]!.seq} (${replayed[0]!.event})`,
					);
					const broken = replayed.findIndex((entry, index) => index > 0 && entry.seq !== replayed[index - 1]!.seq + 1);
					expect(
						broken === -1,
						() => `expected replayed seqs to rise by 1, got ${show(replayed.map(entry => entry.seq))}`,
					);
					const order = [first.id, second.id].map(id => probe.frames.findIndex(frame => carriesMessage(frame, id)));
					expect(order[0]! < order[1]!, 'expected the missed messages replayed in the order sent');
					const leaked = probe.frames.find(frame => carriesMessage(frame, note.id));
					expect(!leaked, 'the internal note written while the customer was away was replayed to the customer');
				},
			},
			{
				name: 'customer resume with an unknown token -> resume_expired, then close 4009',
				async run(context) {
					const probe = await context.openProbe('customer', 'customer (unknown resume token)');
					await context.waitHello(probe);
					await probe.expectError(
						'resume',
						{resume_token: `conformance-no-such-token-${Date.now()}`, last_seq: 0},
						'resume_expired',
					);
					const close = await probe.waitClose(`close ${CloseCode.resumeWindowOver}`);
					expect(
						close.code === CloseCode.resumeWindowOver,
						`expected close ${CloseCode.resumeWindowOver} after resume_expired, got ${describeClose(close)}`,
					);
				},
			},
			{
				name: 'a second connection of the same agent closes the first with 4003',
				async run(context) {
					const old = await context.agent();
					replacement = await context.login('agent (new connection)');
					context.adoptAgent(replacement);
					expect(!replacement.resumed, 'expected resumed:false for an auth without resume, got resumed:true');
					expect(
						replacement.sessionId !== old.sessionId,
						`expected a new session_id for a fresh login, got the old one (${old.sessionId})`,
					);
					const close = await old.probe.waitClose(`close ${CloseCode.replaced} of the older connection`);
					expect(
						close.code === CloseCode.replaced,
						`expected the older connection closed with ${CloseCode.replaced}, got ${describeClose(close)}`,
					);
					await replacement.probe.barrier('the new connection to stay open');
				},
			},
			{
				name: "fresh login snapshot lists the agent's open chat",
				async run(context) {
					const {chatId} = context.requireMainChat();
					if (!replacement) throw new CheckFailure('not run: needs the login of the 4003 check, which failed');
					const chats = replacement.snapshot?.chats ?? [];
					const chat = chats.find(candidate => candidate.id === chatId);
					expect(
						chat,
						`expected chat ${chatId} in the snapshot, got chats ${show(chats.map(candidate => candidate.id))}`,
					);
					expect(chat.status === 'active', `expected chat ${chatId} active in the snapshot, got ${chat.status}`);
				},
			},
			{
				name: 'resume while the old connection is still open -> resumed:true, the old one closed with 4003',
				async run(context) {
					const old = await context.agent();
					await old.probe.barrier();
					const resumed = await context.login('agent (resumed over a live one)', {
						session_id: old.sessionId,
						last_seq: old.probe.lastSeq,
					});
					context.adoptAgent(resumed);
					expect(
						resumed.resumed,
						`expected resumed:true when resuming the live session ${old.sessionId}, got resumed:false`,
					);
					const close = await old.probe.waitClose(`close ${CloseCode.replaced} of the older connection`);
					expect(
						close.code === CloseCode.replaced,
						`expected the older connection closed with ${CloseCode.replaced}, got ${describeClose(close)}`,
					);
					await resumed.probe.barrier('the resumed connection to stay open');
				},
			},
		];
	},
};
