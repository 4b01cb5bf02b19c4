// Checks of how chats end: customers leaving, the agent ending the chat, and what is refused afterwards.
import type {Chat, CustomerChatView, Message} from '../protocol/index.js';
import {expect, type CheckGroup} from './check.js';
import type {ConformanceContext} from './context.js';
import {show} from './describe.js';
import {clientMsgId} from './checks-chat.js';

export const lifecycleChecks: CheckGroup = {
	title: 'ending chats',
	checks: context => [
		{
			name: 'offer.accept of a chat not offered to you -> conflict; of an unknown chat -> not_found',
			async run(context) {
				const {chatId} = context.requireMainChat();
				const {probe} = await context.agent();
				await probe.expectError('offer.accept', {chat_id: `conformance-no-such-chat-${Date.now()}`}, 'not_found');
				// Also for a server that assigns without offering: no offer of that chat is pending.
				await probe.expectError('offer.accept', {chat_id: chatId}, 'conflict');
			},
		},
		{
			name: 'offer.decline -> agent offer.revoked {reason: declined}',
			async run(context) {
				const {agent, customer, since} = await context.offeredChat();
				try {
					await agent.probe.call('offer.decline', {chat_id: customer.chatId, reason: 'conformance check'});
					const {reason} = await agent.probe.waitEvent<{reason: string}>('offer.revoked', {
						chatId: customer.chatId,
						since,
					});
					expect(reason === 'declined', `expected offer.revoked with reason declined, got ${show(reason)}`);
				} finally {
					// The declined chat would go to another agent, if there is one: take it off the queue.
					await context.leave(customer);
				}
			},
		},
		{
			name: 'customer leaves a chat only offered -> agent offer.revoked {reason: customer_left}',
			async run(context) {
				const {agent, customer, since} = await context.offeredChat();
				await customer.probe.call('leave', {});
				customer.ended = true;
				const {reason} = await agent.probe.waitEvent<{reason: string}>('offer.revoked', {
					chatId: customer.chatId,
					since,
				});
				expect(reason === 'customer_left', `expected offer.revoked with reason customer_left, got ${show(reason)}`);
			},
		},
		{
			name: 'customer leaves an active chat -> agent chat.ended {by: customer}',
			async run(context) {
				const {customer} = await context.acceptedChat();
				const {probe} = await context.agent();
				const since = probe.mark();
				await customer.probe.call('leave', {});
				customer.ended = true;
				const payload = await probe.waitEvent<{by: string; chat: Chat}>('chat.ended', {chatId: customer.chatId, since});
				expect(payload.by === 'customer', `expected chat.ended with by:customer, got ${show(payload.by)}`);
				expect(payload.chat.status === 'ended', `expected the chat in status ended, got ${payload.chat.status}`);
			},
		},
		{
			name: 'chat.end -> agent chat.ended {by: agent}, customer chat.ended',
			async run(context) {
				const {chatId, customer} = context.requireMainChat();
				const {probe} = await context.agent();
				const agentSince = probe.mark();
				const customerSince = customer.probe.mark();
				const chat = (await probe.call('chat.end', {chat_id: chatId}))['chat'] as Chat;
				customer.ended = true;
				expect(chat.status === 'ended', `expected chat.end to answer status ended, got ${chat.status}`);
				const {by} = await probe.waitEvent<{by: string}>('chat.ended', {
					chatId,
					since: agentSince,
					what: `chat.ended for chat ${chatId} at the agent`,
				});
				expect(by === 'agent', `expected chat.ended with by:agent, got ${show(by)}`);
				const {chat: view} = await customer.probe.waitEvent<{chat: CustomerChatView}>('chat.ended', {
					since: customerSince,
					what: 'chat.ended at the customer',
				});
				expect(view.status === 'ended', `expected the customer's chat.ended with status ended, got ${view.status}`);
			},
		},
		...(context.capabilities()?.has('rating')
			? [
					{
						name: 'rating claimed: rating.request on an ended chat -> customer rating.requested',
						async run(context: ConformanceContext) {
							const chat = context.mainChat;
							expect(
								chat?.customer.ended && chat.customer.probe.isOpen,
								'not run: needs the chat ended by the chat.end check, its customer still connected',
							);
							const {probe} = await context.agent();
							const since = chat.customer.probe.mark();
							await probe.call('rating.request', {chat_id: chat.chatId});
							await chat.customer.probe.waitEvent('rating.requested', {
								since,
								what: 'rating.requested at the customer',
							});
						},
					},
				]
			: []),
		{
			name: 'message.send on an ended chat -> conflict (agent and customer)',
			async run(context) {
				const chat = context.mainChat;
				expect(chat?.customer.ended, 'not run: needs the chat ended by the chat.end check');
				const {probe} = await context.agent();
				await probe.expectError(
					'message.send',
					{chat_id: chat.chatId, client_msg_id: clientMsgId(), text: 'Too late.', visibility: 'public'},
					'conflict',
				);
				if (chat.customer.probe.isOpen) {
					await chat.customer.probe.expectError(
						'message.send',
						{client_msg_id: clientMsgId(), text: 'Too late.'},
						'conflict',
					);
				}
			},
		},
		{
			name: 'an ended chat: typing.set succeeds and does nothing, chat.history still reads it (§14.10, §14.3)',
			async run(context) {
				const chat = context.mainChat;
				expect(chat?.customer.ended, 'not run: needs the chat ended by the chat.end check');
				const {probe} = await context.agent();
				await probe.call('typing.set', {chat_id: chat.chatId, typing: false});
				const {messages} = (await probe.call('chat.history', {chat_id: chat.chatId, limit: 10})) as {
					messages: Message[];
				};
				expect(messages.length > 0, `expected the ended chat's messages from chat.history, got none`);
			},
		},
	],
};
