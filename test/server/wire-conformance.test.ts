// Everything a client receives in a full scenario validates against source/protocol: results, events, errors, seqs.
import {afterEach, describe, expect, it} from 'vitest';
import {WebSocketServer} from 'ws';
import {waitFor} from '../helpers/wait-for.js';
import {account, closeAll, connectAgent, joinCustomer, startTestServer, TestClient} from './helpers.js';

afterEach(closeAll);

describe('wire conformance', () => {
	it('sends only frames that decode with decodeServerFrame / decodeResult, over a full scenario', async () => {
		const server = await startTestServer({
			agents: [account('alice'), account('bob', {departments: ['billing']}), account('carol', {capacity: 1})],
			canned: [{id: 'greet', title: 'Greeting', shortcut: 'hi', category: null, tags: ['start'], text: {en: 'Hello!'}}],
		});
		const {client: alice} = await connectAgent(server, 'alice-token');
		const {client: bob} = await connectAgent(server, 'bob-token');
		const clients: TestClient[] = [alice, bob];

		// Join, offer, decline, re-offer, accept.
		const sarah = await joinCustomer(server, {
			name: 'Sarah',
			email: 'sarah@example.com',
			page: '/p',
			department_id: 'billing',
		});
		clients.push(sarah.client);
		const firstOffered = await waitFor(() => [alice, bob].find(agent => agent.events('chat.offered').length > 0));
		const other = firstOffered === alice ? bob : alice;
		await firstOffered.call('offer.decline', {chat_id: sarah.chatId});
		await other.waitForEvent('chat.offered');
		await other.call('offer.accept', {chat_id: sarah.chatId});
		const owner = other;
		const colleague = firstOffered;

		// Messages, notes, typing, sneak peek, history, read marker.
		await sarah.client.call('typing.set', {typing: true, text: 'my invoice'});
		await sarah.client.call('message.send', {client_msg_id: 's1', text: 'My invoice is wrong'});
		await owner.call('typing.set', {chat_id: sarah.chatId, typing: true});
		await owner.call('message.send', {
			chat_id: sarah.chatId,
			client_msg_id: 'o1',
			text: 'Let me look',
			visibility: 'public',
			auto: true,
		});
		await owner.call('message.send', {
			chat_id: sarah.chatId,
			client_msg_id: 'o2',
			text: 'refund?',
			visibility: 'internal',
		});
		await owner.call('message.send', {
			chat_id: sarah.chatId,
			client_msg_id: 'o1',
			text: 'Let me look',
			visibility: 'public',
		});
		await owner.call('chat.history', {chat_id: sarah.chatId, limit: 2});
		await owner.call('chat.history', {chat_id: sarah.chatId, after: 1, limit: 5});
		await owner.call('read.mark', {chat_id: sarah.chatId, n: 3});

		// Hold, unhold, customer details, lists, presence.
		await owner.call('chat.hold', {chat_id: sarah.chatId, minutes: 2, reason: 'checking'});
		await owner.call('chat.unhold', {chat_id: sarah.chatId});
		await owner.call('customer.update', {
			chat_id: sarah.chatId,
			name: 'Sarah Jones',
			email: 'sj@example.com',
			locale: 'en-GB',
		});
		await owner.call('chats.list');
		await owner.call('agents.list');
		await owner.call('departments.list');
		await owner.call('canned.list');
		await colleague.call('presence.set', {presence: 'away'});
		await colleague.call('presence.set', {presence: 'online'});

		// Transfer that fails, transfer that succeeds.
		await owner.call('chat.transfer', {
			chat_id: sarah.chatId,
			target: {type: 'agent', id: colleague === alice ? 'alice' : 'bob'},
			note: 'yours?',
		});
		await colleague.waitForEvent('chat.offered', payload => payload.transfer !== null);
		await colleague.call('offer.decline', {chat_id: sarah.chatId});
		await owner.waitForEvent('transfer.failed');
		const {client: carol} = await connectAgent(server, 'carol-token');
		clients.push(carol);
		await owner.call('chat.transfer', {
			chat_id: sarah.chatId,
			target: {type: 'agent', id: 'carol'},
			note: 'please take over',
		});
		await carol.waitForEvent('chat.offered');
		await carol.call('offer.accept', {chat_id: sarah.chatId});
		await owner.waitForEvent('chat.transferred');
		await owner
			.call('chat.transfer', {chat_id: sarah.chatId, target: {type: 'agent', id: 'carol'}, note: ''})
			.catch(() => null);

		// Follow-up, end, rating.
		await carol.call('followup.create', {
			chat_id: sarah.chatId,
			contact: 'sj@example.com',
			due_at: Date.now() + 60_000,
			note: 'check refund',
		});
		await carol.call('followups.list');
		await carol.call('chat.end', {chat_id: sarah.chatId});
		await carol.call('rating.request', {chat_id: sarah.chatId});
		await sarah.client.waitForEvent('rating.requested');
		await sarah.client.call('rating.submit', {score: 2, comment: 'ok'});
		await carol.waitForEvent('rating.received');

		// A customer who leaves while only offered; one who leaves while queued.
		const ola = await joinCustomer(server, {name: 'Ola', locale: 'nb'});
		clients.push(ola.client);
		await waitFor(() =>
			[alice, bob].some(agent => agent.events('chat.offered').some(event => event.payload.chat.id === ola.chatId)),
		);
		await ola.client.call('leave');
		await ola.client.call('leave');

		// Errors are frames too.
		await carol.request('offer.accept', {chat_id: 'nope'});
		await carol.request('message.send', {
			chat_id: sarah.chatId,
			client_msg_id: 'late',
			text: 'x',
			visibility: 'public',
		});
		carol.send('garbage');

		// A resumed session replays valid frames as well.
		const sessionId = owner.frames.find(frame => frame.type === 'res' && frame.payload?.session_id)!.payload.session_id;
		const seen = owner.lastSeq;
		owner.drop();
		const again = await connectAgent(server, owner === alice ? 'alice-token' : 'bob-token', {
			resume: {session_id: sessionId, last_seq: seen},
		});
		clients.push(again.client);
		await again.client.call('chats.list');

		await carol.waitFor(frame => frame.type === 'res' && frame.id === null);
		for (const client of clients)
			expect({endpoint: client.endpoint, problems: client.problems}).toEqual({endpoint: client.endpoint, problems: []});
		const names = new Set(clients.flatMap(client => client.events().map(event => `${client.endpoint}:${event.event}`)));
		expect([...names].sort()).toEqual(
			expect.arrayContaining([
				'agent:chat.assigned',
				'agent:chat.ended',
				'agent:chat.offered',
				'agent:chat.transferred',
				'agent:chat.updated',
				'agent:customer.updated',
				'agent:message.created',
				'agent:offer.revoked',
				'agent:presence.changed',
				'agent:rating.received',
				'agent:sneak_peek',
				'agent:transfer.failed',
				'agent:typing',
				'customer:chat.ended',
				'customer:chat.updated',
				'customer:message.created',
				'customer:rating.requested',
				'customer:typing',
			]),
		);
	});

	it('catches what it is meant to catch: the checks in TestClient are not vacuous', async () => {
		const wss = new WebSocketServer({port: 0, host: '127.0.0.1', handleProtocols: () => 'switchboard.v1'});
		await new Promise(resolve => wss.once('listening', resolve));
		wss.on('connection', socket => {
			socket.send(JSON.stringify({type: 'evt', seq: 1, event: 'chat.offered', ts: 1, payload: {chat: {id: 'c'}}}));
			socket.send(
				JSON.stringify({
					type: 'evt',
					seq: 3,
					event: 'offer.revoked',
					ts: 1,
					payload: {chat_id: 'c', reason: 'timeout'},
				}),
			);
			socket.send(JSON.stringify({type: 'evt', seq: 4, event: 'typing', ts: 1, payload: {chat_id: 'c', typing: true}}));
		});
		const {port} = wss.address() as {port: number};
		const client = await TestClient.open(`ws://127.0.0.1:${port}/agent`);
		await waitFor(() => client.frames.length === 3);
		expect(client.problems).toEqual([
			expect.stringContaining('payload (chat.offered)'),
			'seq 3 after 1',
			'typing: seq 4 on a transient event',
		]);
		await client.close();
		await new Promise(resolve => wss.close(resolve));
	});
});
