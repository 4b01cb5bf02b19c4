// Checks between two agents (--second-token): another agent's chat is closed to you, declines and transfers move chats.
import type {Chat} from '../protocol/index.js';
import {CheckFailure, CheckSkipped, expect, type CheckGroup} from './check.js';
import type {AgentSession, ConformanceContext, CustomerSession} from './context.js';
import {show} from './describe.js';
import {bringsChat, clientMsgId, isEvent} from './checks-chat.js';

/** The second agent signed in and online; it is set away again by `release`, so later checks reach the first. */
async function secondAgent(context: ConformanceContext, label: string): Promise<AgentSession> {
	if (!context.secondToken) throw new CheckSkipped('needs a second agent (--second-token)');
	const second = await context.login(label, undefined, context.secondToken);
	if (second.agent.presence !== 'online') await second.probe.call('presence.set', {presence: 'online'});
	return second;
}

async function release(context: ConformanceContext, second: AgentSession, customer?: CustomerSession): Promise<void> {
	if (customer) await context.leave(customer);
	await second.probe.call('presence.set', {presence: 'away'}).catch(() => undefined);
}

export const colleagueChecks: CheckGroup = {
	title: 'two agents',
	checks: context => [
		{
			name: "two agents: another agent's chat -> forbidden for message.send and chat.history (§14)",
			async run(context) {
				const {chatId} = context.requireMainChat();
				const second = await secondAgent(context, 'second agent (forbidden)');
				try {
					const send = {chat_id: chatId, client_msg_id: clientMsgId(), text: 'Not mine.', visibility: 'public'};
					await second.probe.expectError('message.send', send, 'forbidden');
					await second.probe.expectError('chat.history', {chat_id: chatId, limit: 10}, 'forbidden');
				} finally {
					await release(context, second);
				}
			},
		},
		{
			name: 'two agents: a declined chat reaches an agent again (§16)',
			async run(context) {
				const first = await context.agent();
				const second = await secondAgent(context, 'second agent (decline)');
				const since = [first.probe.mark(), second.probe.mark()] as const;
				const customer = await context.joinCustomer();
				try {
					const both = [first, second];
					const arrived = await Promise.any(
						both.map((session, index) =>
							session.probe
								.waitFor(frame => bringsChat(frame, customer.chatId), `an offer of chat ${customer.chatId}`, {
									since: since[index],
								})
								.then(received => ({session, frame: received.frame!})),
						),
					).catch(() => {
						throw new CheckFailure(`chat ${customer.chatId} reached neither agent within ${context.timeoutMs} ms`);
					});
					if (!isEvent(arrived.frame, 'chat.offered'))
						throw new CheckSkipped('the server assigns chats without offering them: nothing to decline');
					const after = both.map(session => session.probe.mark());
					await arrived.session.probe.call('offer.decline', {chat_id: customer.chatId});
					await Promise.any(
						both.map((session, index) =>
							session.probe.waitFor(
								frame => bringsChat(frame, customer.chatId),
								`chat ${customer.chatId} offered again`,
								{since: after[index]},
							),
						),
					).catch(() => {
						throw new CheckFailure(
							`after the decline, chat ${customer.chatId} was offered to neither agent within ${context.timeoutMs} ms`,
						);
					});
				} finally {
					await release(context, second, customer);
				}
			},
		},
		...(context.capabilities()?.has('transfer')
			? [
					{
						name: 'transfer claimed: chat.transfer to yourself -> bad_request (§14.13)',
						async run(context: ConformanceContext) {
							const {chatId} = context.requireMainChat();
							const {probe, agent} = await context.agent();
							const target = {type: 'agent', id: agent.id};
							await probe.expectError('chat.transfer', {chat_id: chatId, target, note: ''}, 'bad_request');
						},
					},
					{
						name: 'two agents, transfer claimed: the other agent is offered the chat with {from, note}, the customer never sees the note, accepting sends chat.transferred (§14.13)',
						async run(context: ConformanceContext) {
							const first = await context.agent();
							const second = await secondAgent(context, 'second agent (transfer)');
							let customer: CustomerSession | undefined;
							try {
								// The chat goes to the first agent: the second is away until the transfer.
								await second.probe.call('presence.set', {presence: 'away'});
								const arrived = await context.arrivedChat();
								customer = arrived.customer;
								if (arrived.offer) await first.probe.call('offer.accept', {chat_id: customer.chatId});
								await second.probe.call('presence.set', {presence: 'online'});
								const note = `conformance brief ${Date.now().toString(36)}`;
								const secondSince = second.probe.mark();
								const firstSince = first.probe.mark();
								const customerSince = customer.probe.mark();
								const target = {type: 'agent', id: second.agent.id};
								await first.probe.call('chat.transfer', {chat_id: customer.chatId, target, note});
								type TransferOffer = {chat: Chat; transfer: {from: {id: string}; note: string} | null};
								const offer = await second.probe.waitEvent<TransferOffer>('chat.offered', {
									chatId: customer.chatId,
									since: secondSince,
								});
								expect(
									offer.transfer?.from.id === first.agent.id && offer.transfer.note === note,
									`expected transfer {from: ${first.agent.id}, note} in the offer, got ${show(offer.transfer)}`,
								);
								await customer.probe.barrier();
								const leaked = customer.probe
									.framesSince(customerSince)
									.some(frame => JSON.stringify(frame).includes(note));
								expect(!leaked, "the customer was sent the transfer note (the brief is the agents')");
								await second.probe.call('offer.accept', {chat_id: customer.chatId});
								await first.probe.waitEvent('chat.transferred', {chatId: customer.chatId, since: firstSince});
							} finally {
								await release(context, second, customer);
							}
						},
					},
				]
			: []),
	],
};
