// Checks of connecting and signing in: hello, subprotocols, refused upgrades, auth errors, the snapshot, ping.
import {AGENT_SUBPROTOCOL, CloseCode, CUSTOMER_SUBPROTOCOL, PROTOCOL_VERSION} from '../protocol/index.js';
import {CheckFailure, CheckSkipped, expect, type CheckGroup} from './check.js';
import {CLIENT_NAME} from './context.js';
import {describeFrame, show} from './describe.js';
import {describeClose, Probe} from './probe.js';

export const handshakeChecks: CheckGroup = {
	title: 'handshake',
	checks: () => [
		{
			name: 'hello: first frame, protocol, heartbeat_ms, capabilities',
			async run(context) {
				const probe = await context.openProbe('agent', 'agent (hello)');
				const hello = await context.waitHello(probe);
				expect(
					hello.protocol === PROTOCOL_VERSION,
					`expected protocol "${PROTOCOL_VERSION}", got ${show(hello.protocol)}`,
				);
				expect(hello.heartbeat_ms > 0, `expected a positive heartbeat_ms, got ${hello.heartbeat_ms}`);
				// Names this checker does not know are allowed (a newer server); the schema has checked they are strings.
				expect(Array.isArray(hello.capabilities), 'expected a capabilities array in the hello');
				await probe.close();
			},
		},
		{
			name: 'subprotocol switchboard.v1 negotiated on /agent',
			async run(context) {
				const probe = await context.openProbe('agent', 'agent (subprotocol)');
				expect(
					probe.protocol === AGENT_SUBPROTOCOL,
					`expected the server to pick subprotocol "${AGENT_SUBPROTOCOL}", got ${show(probe.protocol || null)}`,
				);
				await probe.close();
			},
		},
		{
			name: 'customer endpoint: subprotocol switchboard.customer.v1 and hello',
			async run(context) {
				const probe = await context.openProbe('customer', 'customer (hello)');
				expect(
					probe.protocol === CUSTOMER_SUBPROTOCOL,
					`expected the server to pick subprotocol "${CUSTOMER_SUBPROTOCOL}", got ${show(probe.protocol || null)}`,
				);
				const hello = await context.waitHello(probe);
				expect(
					hello.protocol === PROTOCOL_VERSION,
					`expected protocol "${PROTOCOL_VERSION}", got ${show(hello.protocol)}`,
				);
				await probe.close();
			},
		},
		{
			name: 'no subprotocol offered -> close 4400 (agent and customer endpoint)',
			async run(context) {
				for (const endpoint of ['agent', 'customer'] as const) {
					const probe = await context.openProbe(endpoint, `${endpoint} (no subprotocol)`, []);
					const close = await probe.waitClose(`close ${CloseCode.badFrame}`);
					expect(
						close.code === CloseCode.badFrame,
						`${endpoint}: expected close ${CloseCode.badFrame}, got ${describeClose(close)}`,
					);
				}
			},
		},
		{
			name: 'unknown path refused with HTTP 404',
			async run(context) {
				const url = new URL(context.agentUrl);
				url.pathname = url.pathname.replace(/\/agent$/, '/conformance-no-such-path');
				const status = await Probe.refusedStatus(url.toString(), [AGENT_SUBPROTOCOL], context.timeoutMs);
				expect(
					status !== null,
					`expected the upgrade to ${url.pathname} to be refused with HTTP 404, but it was accepted`,
				);
				expect(status === 404, `expected HTTP 404 for ${url.pathname}, got HTTP ${status}`);
			},
		},
		{
			name: 'op before auth -> unauthenticated, connection stays open',
			async run(context) {
				const probe = await context.openProbe('agent', 'agent (before auth)');
				await context.waitHello(probe);
				await probe.expectError('chats.list', {}, 'unauthenticated');
				await probe.barrier('a pong after the unauthenticated answer');
				await probe.close();
			},
		},
		{
			name: 'customer op before join -> unauthenticated, connection stays open',
			async run(context) {
				const probe = await context.openProbe('customer', 'customer (before join)');
				await context.waitHello(probe);
				await probe.expectError(
					'message.send',
					{client_msg_id: `conformance-early-${Date.now()}`, text: 'Hello?'},
					'unauthenticated',
				);
				await probe.barrier('a pong after the unauthenticated answer');
				await probe.close();
			},
		},
		{
			name: 'more than 10 bad frames within 60 s -> close 4400',
			async run(context) {
				// Not signed in, so that the shared agent connection is not disturbed.
				const probe = await context.openProbe('agent', 'agent (many bad frames)');
				await context.waitHello(probe);
				for (let count = 0; count < 11 && probe.isOpen; count++) probe.sendRaw(`not JSON #${count}`);
				const close = await probe.waitClose(`close ${CloseCode.badFrame} after 11 bad frames`);
				expect(
					close.code === CloseCode.badFrame,
					`expected close ${CloseCode.badFrame} after 11 bad frames, got ${describeClose(close)}`,
				);
			},
		},
		{
			name: 'bad token -> bad_token, then close 4001',
			async run(context) {
				const probe = await context.openProbe('agent', 'agent (bad token)');
				await context.waitHello(probe);
				await probe.expectError(
					'auth',
					{
						token: `conformance-no-such-token-${Date.now()}`,
						client: {name: CLIENT_NAME, version: context.clientVersion},
					},
					'bad_token',
				);
				const close = await probe.waitClose(`close ${CloseCode.badToken}`);
				expect(
					close.code === CloseCode.badToken,
					`expected close ${CloseCode.badToken} after bad_token, got ${describeClose(close)}`,
				);
			},
		},
		{
			name: 'heartbeat: the server pings within heartbeat_ms; no auth within 2 x heartbeat_ms -> close 4008',
			// It waits out the server's own heartbeat, however long (up to --max-wait-ms), not the usual deadline.
			deadlineMs: context => 2 * (context.hello?.heartbeat_ms ?? 0) + 3 * context.timeoutMs + 2_000,
			async run(context) {
				const probe = await context.openProbe('agent', 'agent (never signs in)');
				const opened = Date.now();
				const {heartbeat_ms: heartbeat} = await context.waitHello(probe);
				const need = 2 * heartbeat + context.timeoutMs;
				if (need > context.maxWaitMs) {
					await probe.close();
					throw new CheckSkipped(
						`waiting out heartbeat_ms ${heartbeat} takes up to ${need} ms, over --max-wait-ms ${context.maxWaitMs}: the ping and close 4008 are not checked`,
						true,
					);
				}
				await probe.waitFor(frame => frame.type === 'ping', `a ping within heartbeat_ms (${heartbeat} ms)`, {
					timeoutMs: heartbeat + context.timeoutMs,
				});
				const close = await probe.waitClose(
					`close ${CloseCode.heartbeatTimeout} within 2 x heartbeat_ms without auth`,
					2 * heartbeat + context.timeoutMs - (Date.now() - opened),
				);
				expect(
					close.code === CloseCode.heartbeatTimeout,
					`expected close ${CloseCode.heartbeatTimeout} without auth, got ${describeClose(close)}`,
				);
			},
		},
		{
			name: 'fresh auth -> resumed:false with a valid snapshot',
			async run(context) {
				const session = await context.login('agent');
				expect(!session.resumed, 'expected resumed:false for an auth without resume, got resumed:true');
				expect(session.snapshot, 'expected a snapshot in the auth result of a fresh login, got none');
				const {seq, chats} = session.snapshot;
				expect(seq === 0, `expected a new session to start at seq 0 (snapshot.seq), got ${seq}`);
				// Events sent with the snapshot must continue from its seq.
				const early = session.probe.seqs.find(
					entry => entry.seq <= seq && entry.index > (session.probe.seqStart?.index ?? 0),
				);
				expect(!early, () => `expected events after the snapshot to have seq > ${seq}, got seq ${early!.seq}`);
				for (const chat of chats) {
					expect(
						chat.agent_id === session.agent.id || chat.status === 'ended',
						`snapshot chat ${chat.id} belongs to agent ${show(chat.agent_id)}, not ${session.agent.id}`,
					);
				}
				context.adoptAgent(session);
			},
		},
		{
			name: 'ping -> pong with the same id',
			async run(context) {
				const {probe} = await context.agent();
				const id = `conformance-ping-${Date.now()}`;
				const since = probe.mark();
				probe.send({type: 'ping', id});
				const received = await probe.waitFor(frame => frame.type === 'pong', `a pong with id ${id}`, {since});
				const pong = received.frame!;
				if (pong.type !== 'pong' || pong.id !== id)
					throw new CheckFailure(`expected pong with id ${id}, got ${describeFrame(pong)}`);
			},
		},
	],
};
