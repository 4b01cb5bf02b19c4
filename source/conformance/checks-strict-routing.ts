// Strict checks of routing and ratings: no offers to an away agent, queued chats offered at login, ratings kept, n per chat.
import type {Chat, Message} from '../protocol/index.js';
import {CheckFailure, CheckSkipped, expect, type CheckGroup} from './check.js';
import type {ConformanceContext} from './context.js';
import {show} from './describe.js';
import {bringsChat, customerSend, isEvent} from './checks-chat.js';

/** How long "no offer came" is watched for: long enough for any routing the join set off, bounded. */
const QUIET_MS = 1_500;

/** Runs `work` with the shared agent away (no new offers), and sets it online again afterwards. */
async function whileAway(context: ConformanceContext, work: () => Promise<void>): Promise<void> {
	const {probe} = await context.agent();
	await probe.call('presence.set', {presence: 'away'});
	try {
		await work();
	} finally {
		// The later checks need the agent online to be offered chats.
		const {probe: current} = await context.agent();
		await current.call('presence.set', {presence: 'online'});
	}
}

export const strictRoutingChecks: CheckGroup = {
	title: 'routing and ratings, strictly',
	checks: context => [
		{
			name: 'an away agent is offered no new chat (§13.4 presence)',
			async run(context) {
				await whileAway(context, async () => {
					const {probe} = await context.agent();
					const since = probe.mark();
					const customer = await context.joinCustomer();
					try {
						await probe.barrier();
						const offered = await probe
							.waitFor(frame => bringsChat(frame, customer.chatId), 'no offer', {since, timeoutMs: QUIET_MS})
							.then(
								() => true,
								() => false,
							);
						expect(!offered, `chat ${customer.chatId} reached the agent while it was away`);
					} finally {
						await context.leave(customer);
					}
				});
			},
		},
		...(context.capabilities()?.has('rating')
			? [
					{
						name: 'rating claimed: rating.submit before any agent had the chat -> conflict (§17.4)',
						async run(context: ConformanceContext) {
							await whileAway(context, async () => {
								const customer = await context.joinCustomer();
								try {
									await customer.probe.expectError('rating.submit', {score: 3}, 'conflict');
								} finally {
									await context.leave(customer);
								}
							});
						},
					},
					{
						name: 'rating claimed: an accepted rating is stored in chat.rating (chats.list) (§14.15)',
						async run(context: ConformanceContext) {
							const {chatId, customer} = context.requireMainChat();
							const {probe} = await context.agent();
							const since = probe.mark();
							await customer.probe.call('rating.submit', {score: 2, comment: 'conformance rating'});
							await probe.waitEvent('rating.received', {chatId, since});
							const chats = (await probe.call('chats.list', {}))['chats'] as Chat[];
							const chat = chats.find(candidate => candidate.id === chatId);
							expect(chat, `chats.list does not hold chat ${chatId}`);
							expect(chat.rating === 2, `expected chat.rating 2 after the customer rated 2, got ${show(chat.rating)}`);
						},
					},
				]
			: []),
		{
			name: 'message numbers count per chat: the first message of a new chat has n = 1 (§13.3)',
			async run(context) {
				const {agent, customer, offer} = await context.arrivedChat();
				try {
					if (offer) await agent.probe.call('offer.accept', {chat_id: customer.chatId});
					const message: Message = await customerSend(customer.probe, 'Hello, a new question.');
					expect(message.n === 1, `expected n 1 for the first message of chat ${customer.chatId}, got ${message.n}`);
				} finally {
					await context.leave(customer);
				}
			},
		},
		{
			name: 'two agents: a chat queued while nobody could take it reaches an agent at its login (§4.1)',
			async run(context) {
				const token = context.secondToken;
				if (!token) throw new CheckSkipped('needs a second agent (--second-token)');
				await whileAway(context, async () => {
					const customer = await context.joinCustomer();
					try {
						const second = await context.login('second agent', undefined, token);
						try {
							// Away from an earlier run's session (§4.1: a fresh login keeps away): online makes it eligible too.
							if (second.agent.presence === 'away') await second.probe.call('presence.set', {presence: 'online'});
							await second.probe.waitFor(
								frame => bringsChat(frame, customer.chatId),
								`chat.offered (or chat.assigned) for the queued chat ${customer.chatId} after the second agent's login`,
							);
						} finally {
							// Away, so the checks after this one still reach the first agent.
							await second.probe.call('presence.set', {presence: 'away'}).catch(() => undefined);
						}
					} finally {
						await context.leave(customer);
					}
				});
			},
		},
		{
			name: 'two agents: presence.changed goes to the other agents, never to the agent itself (§15)',
			async run(context) {
				const token = context.secondToken;
				if (!token) throw new CheckSkipped('needs a second agent (--second-token)');
				const {probe, agent} = await context.agent();
				const second = await context.login('second agent (presence)', undefined, token);
				const since = probe.mark();
				const secondSince = second.probe.mark();
				await second.probe.call('presence.set', {presence: 'online'});
				await second.probe.call('presence.set', {presence: 'away'});
				await probe.waitEvent<{agent_id: string; presence: string}>('presence.changed', {
					since,
					match: payload => payload.agent_id === second.agent.id && payload.presence === 'away',
					what: `presence.changed {agent_id: ${second.agent.id}, presence: away} at the first agent`,
				});
				await second.probe.barrier();
				const toSelf = second.probe
					.framesSince(secondSince)
					.find(frame => isEvent(frame, 'presence.changed') && frame.payload['agent_id'] === second.agent.id);
				if (toSelf) throw new CheckFailure(`the second agent got presence.changed about itself`);
				expect(agent.id !== second.agent.id, 'the two tokens are the same agent');
			},
		},
	],
};
