// Checks that malformed frames get an error answer and leave the connection open, and that frames are rate limited.
import {CloseCode, LIMITS, type ResFrame, type ServerFrame} from '../protocol/index.js';
import {expect, type CheckGroup} from './check.js';
import type {ConformanceContext} from './context.js';
import {oneLine, show} from './describe.js';
import type {Probe} from './probe.js';

/** The burst the rate-limit check sends; §19 asks a server to limit before it (the reference server's burst is 1,000). */
const RATE_BURST = 10_000;

/** Sends something broken and waits for the failed res it must cause (id null, or `id` when the frame had a readable one). */
async function answerTo(
	probe: Probe,
	send: () => void,
	what: string,
	id: string | null = null,
): Promise<ResFrame & {ok: false}> {
	const since = probe.mark();
	send();
	const received = await probe.waitFor(
		frame => frame.type === 'res' && !frame.ok && (frame.id === null || frame.id === id),
		`an error res to ${what}`,
		{since},
	);
	return received.frame as ResFrame & {ok: false};
}

async function expectCode(res: ResFrame & {ok: false}, code: string, what: string): Promise<void> {
	expect(
		res.error.code === code,
		`expected error ${code} for ${what}, got ${res.error.code} (${oneLine(res.error.message)})`,
	);
}

/** The connection must survive a bad frame: a ping still gets its pong. */
async function stillOpen(probe: Probe, what: string): Promise<void> {
	await probe.barrier(`the connection to stay open after ${what}`);
}

async function agentProbe(context: ConformanceContext): Promise<Probe> {
	return (await context.agent()).probe;
}

export const badFrameChecks: CheckGroup = {
	title: 'bad frames',
	checks: () => [
		{
			name: 'not JSON -> bad_frame (id null), connection stays open',
			async run(context) {
				const probe = await agentProbe(context);
				const res = await answerTo(probe, () => probe.sendRaw('this is not JSON {'), 'a frame that is not JSON');
				await expectCode(res, 'bad_frame', 'a frame that is not JSON');
				expect(res.id === null, `expected id null in the answer to a frame that is not JSON, got ${show(res.id)}`);
				await stillOpen(probe, 'a frame that is not JSON');
			},
		},
		{
			name: 'binary frame -> bad_frame, connection stays open',
			async run(context) {
				const probe = await agentProbe(context);
				const res = await answerTo(
					probe,
					() => probe.sendRaw(Buffer.from('{"type":"ping","id":"binary"}'), {binary: true}),
					'a binary frame',
				);
				await expectCode(res, 'bad_frame', 'a binary frame');
				await stillOpen(probe, 'a binary frame');
			},
		},
		{
			name: 'unknown op -> unknown_op with the request id, connection stays open',
			async run(context) {
				const probe = await agentProbe(context);
				const res = (await probe.request('conformance.no_such_op', {})).frame;
				expect(!res.ok, 'expected error unknown_op for an unknown op, got ok');
				await expectCode(res, 'unknown_op', 'an unknown op');
				await stillOpen(probe, 'an unknown op');
			},
		},
		{
			name: 'invalid payload -> bad_request naming the field, connection stays open',
			async run(context) {
				const probe = await agentProbe(context);
				const received = await probe.request('message.send', {
					chat_id: 'conformance-chat',
					client_msg_id: `conformance-bad-${Date.now()}`,
					text: 42,
					visibility: 'public',
				});
				const res = received.frame;
				expect(!res.ok, 'expected error bad_request for message.send with text:42, got ok');
				await expectCode(res, 'bad_request', 'message.send with text:42');
				expect(
					/\btext\b/.test(res.error.message),
					`expected the bad_request message to name the field "text", got ${show(res.error.message)}`,
				);
				// Too long a text is invalid too, though the frame is well under the size limit.
				const maxText = context.hello?.limits.max_text_chars ?? LIMITS.maxTextChars;
				const long = (
					await probe.request('message.send', {
						chat_id: 'conformance-chat',
						client_msg_id: `conformance-long-${Date.now()}`,
						text: 'x'.repeat(maxText + 1),
						visibility: 'public',
					})
				).frame;
				expect(!long.ok, `expected error bad_request for a text of ${maxText + 1} characters, got ok`);
				await expectCode(long, 'bad_request', `a text of ${maxText + 1} characters`);
				expect(
					/\btext\b/.test(long.error.message),
					`expected the bad_request message to name the field "text", got ${show(long.error.message)}`,
				);
				await stillOpen(probe, 'an invalid payload');
			},
		},
		{
			name: 'unknown fields in a request are ignored',
			async run(context) {
				const probe = await agentProbe(context);
				const res = (await probe.request('chats.list', {conformance_extra: true}, undefined, {conformance_extra: 1}))
					.frame;
				expect(
					res.ok,
					() =>
						`expected chats.list with unknown fields to answer ok, got error ${(res as ResFrame & {ok: false}).error.code}`,
				);
			},
		},
		{
			name: 'oversized frame -> too_large, connection stays open',
			async run(context) {
				const probe = await agentProbe(context);
				const limit = context.hello?.limits.max_frame_bytes ?? LIMITS.maxFrameBytes;
				// Over the limit the hello announces, far below the 1 MiB hard cap that closes the socket.
				const size = Math.min(Math.max(limit, LIMITS.maxFrameBytes) + 4_096, 900_000);
				const id = probe.newId();
				probe.expectAnswer(id, 'message.send');
				const frame = JSON.stringify({
					type: 'req',
					id,
					op: 'message.send',
					payload: {chat_id: 'conformance-chat', client_msg_id: id, text: 'x'.repeat(size), visibility: 'internal'},
				});
				const res = await answerTo(probe, () => probe.sendRaw(frame), `a frame of ${frame.length} bytes`, id);
				await expectCode(res, 'too_large', `a frame of ${frame.length} bytes`);
				await stillOpen(probe, 'an oversized frame');
			},
		},
		{
			name: `a rate limit exists: ${RATE_BURST} pings sent at once meet rate_limited or 4429 (§12.2)`,
			async run(context) {
				// Its own connection: the burst spends this link's budget, not the shared agent's.
				const probe = await context.openProbe('agent', 'agent (burst)');
				await context.waitHello(probe);
				const since = probe.mark();
				const lastId = `burst-${RATE_BURST}`;
				for (let index = 1; index <= RATE_BURST; index++) probe.send({type: 'ping', id: `burst-${index}`});
				const limited = (frame: ServerFrame) =>
					frame.type === 'res' && !frame.ok && frame.error.code === 'rate_limited';
				const received = await probe
					.waitFor(frame => limited(frame) || (frame.type === 'pong' && frame.id === lastId), 'rate_limited', {
						since,
						timeoutMs: Math.max(context.timeoutMs, 10_000),
					})
					.catch((error: unknown) => {
						if (probe.closed?.code === CloseCode.rateLimited) return null;
						throw error;
					});
				expect(
					received === null || (received.frame && limited(received.frame)),
					`the server answered all ${RATE_BURST} pings sent at once: it has no rate limit (a server MUST have one)`,
				);
				await probe.close();
			},
			deadlineMs: context => Math.max(context.timeoutMs, 10_000) + 5_000,
		},
	],
};
