// Checks of one chat's life with the agent: the offer, accepting it, messages both ways, notes, dedup, history, acks.
import type {Agent, Chat, Customer, CustomerChatView, Message, ServerFrame} from '../protocol/index.js';
import {CheckFailure, expect, type CheckGroup} from './check.js';
import type {ConformanceContext, CustomerSession} from './context.js';
import {oneLine, show} from './describe.js';
import {carriesMessage, carriesText} from './frame-search.js';
import {chatIdOf, type Probe} from './probe.js';

type Evt = ServerFrame & {type: 'evt'};

export function isEvent(frame: ServerFrame, event: string, chatId?: string): frame is Evt {
	return frame.type === 'evt' && frame.event === event && (chatId === undefined || chatIdOf(frame.payload) === chatId);
}

/** True when the frame brings this chat to an agent, by offer or by assignment (§15 allows either). */
export function bringsChat(frame: ServerFrame, chatId: string): boolean {
	return isEvent(frame, 'chat.offered', chatId) || isEvent(frame, 'chat.assigned', chatId);
}

function messageOf(frame: ServerFrame): Message | undefined {
	return frame.type === 'evt' && frame.event === 'message.created' ? (frame.payload['message'] as Message) : undefined;
}

/** Waits for message.created carrying this message id. */
export async function waitMessage(probe: Probe, messageId: string, since: number, who: string): Promise<Message> {
	const received = await probe.waitFor(
		frame => messageOf(frame)?.id === messageId,
		`message.created for message ${messageId} (${who})`,
		{since},
	);
	return messageOf(received.frame!)!;
}

/** How many message.created events for this message id the probe has had. */
export function countMessage(probe: Probe, messageId: string): number {
	return probe.framesSince(0).filter(frame => messageOf(frame)?.id === messageId).length;
}

let messageCounter = 0;
export function clientMsgId(): string {
	return `conformance-${Date.now().toString(36)}-${++messageCounter}`;
}

export async function agentSend(
	context: ConformanceContext,
	chatId: string,
	text: string,
	visibility: 'public' | 'internal',
	id = clientMsgId(),
): Promise<Message> {
	const {probe} = await context.agent();
	const result = await probe.call('message.send', {chat_id: chatId, client_msg_id: id, text, visibility});
	return result['message'] as Message;
}

export async function customerSend(probe: Probe, text: string, id = clientMsgId()): Promise<Message> {
	const result = await probe.call('message.send', {client_msg_id: id, text});
	return result['message'] as Message;
}

export const chatChecks: CheckGroup = {
	title: 'chat',
	checks: () => {
		let offered: CustomerSession | null = null;
		return [
			{
				name: 'customer join -> agent gets chat.offered (or chat.assigned: a server may assign without offering)',
				async run(context) {
					const {agent, customer, offer, assigned, sentAt} = await context.arrivedChat();
					offered = customer;
					if (!offer) {
						expect(
							assigned?.status === 'active' && assigned.agent_id === agent.agent.id,
							`expected a chat assigned without an offer to be active and the agent's, got ${show(assigned)}`,
						);
						return;
					}
					expect(
						offer.chat.status === 'offered',
						`expected the offered chat in status offered, got ${offer.chat.status}`,
					);
					expect(offer.transfer === null, `expected transfer:null in a first offer, got ${show(offer.transfer)}`);
					// §6.1: a deadline already past when it is sent can never be met (both times are the server's own).
					expect(
						offer.expires_at > sentAt,
						`expected the offer to expire after it was sent, got expires_at ${offer.expires_at} and evt.ts ${sentAt}`,
					);
				},
			},
			{
				name: 'offer.accept -> chat.assigned to the agent, chat.updated to the customer',
				async run(context) {
					if (!offered) throw new CheckFailure('not run: needs the offer from the previous check, which failed');
					const customer: CustomerSession = offered;
					const agent = await context.agent();
					if (context.assignsWithoutOffer) {
						// Nothing to accept; the customer still learns who has the chat.
						context.mainChat = {chatId: customer.chatId, customer};
						const {chat: view} = await customer.probe.waitEvent<{chat: CustomerChatView}>('chat.updated', {
							since: 0,
							match: payload => payload.chat.status === 'active',
							what: 'chat.updated with status active at the customer',
						});
						expect(
							view.agent_name,
							`expected the customer's chat.updated to carry agent_name, got ${show(view.agent_name)}`,
						);
						return;
					}
					const agentSince = agent.probe.mark();
					const customerSince = customer.probe.mark();
					const result = await agent.probe.call('offer.accept', {chat_id: customer.chatId});
					const chat = result['chat'] as Chat;
					context.mainChat = {chatId: customer.chatId, customer};
					expect(chat.status === 'active', `expected the accepted chat in status active, got ${chat.status}`);
					expect(
						chat.agent_id === agent.agent.id,
						`expected agent_id ${agent.agent.id} on the accepted chat, got ${show(chat.agent_id)}`,
					);
					const assigned = await agent.probe.waitEvent<{chat: Chat}>('chat.assigned', {
						chatId: customer.chatId,
						since: agentSince,
					});
					expect(
						assigned.chat.status === 'active',
						`expected chat.assigned with status active, got ${assigned.chat.status}`,
					);
					const {chat: view} = await customer.probe.waitEvent<{chat: CustomerChatView}>('chat.updated', {
						since: customerSince,
						match: payload => payload.chat.status === 'active',
						what: 'chat.updated with status active at the customer',
					});
					expect(
						view.agent_name,
						`expected the customer's chat.updated to carry agent_name, got ${show(view.agent_name)}`,
					);
				},
			},
			{
				name: 'chats.list, agents.list, departments.list: valid lists holding the open chat and the agent',
				async run(context) {
					const {chatId} = context.requireMainChat();
					const {probe, agent} = await context.agent();
					const chats = (await probe.call('chats.list', {}))['chats'] as Chat[];
					const chat = chats.find(candidate => candidate.id === chatId);
					expect(
						chat?.status === 'active',
						`expected chats.list to hold chat ${chatId} active, got ${show(chat?.status ?? chats.map(candidate => candidate.id))}`,
					);
					const agents = (await probe.call('agents.list', {}))['agents'] as Agent[];
					const me = agents.find(candidate => candidate.id === agent.id);
					expect(
						me,
						`expected agents.list to hold agent ${agent.id}, got ${show(agents.map(candidate => candidate.id))}`,
					);
					expect(me.presence === 'online', `expected agent ${agent.id} online in agents.list, got ${me.presence}`);
					// The result is validated against the schema by the probe.
					await probe.call('departments.list', {});
				},
			},
			{
				name: 'customer message -> agent gets message.created',
				async run(context) {
					const {chatId, customer} = context.requireMainChat();
					const {probe} = await context.agent();
					const since = probe.mark();
					const text = 'Hello, this is the conformance customer.';
					const message = await customerSend(customer.probe, text);
					context.mainChatMessages.push(message.id);
					expect(message.chat_id === chatId, `expected the message in chat ${chatId}, got ${message.chat_id}`);
					expect(message.author.type === 'customer', `expected author.type customer, got ${message.author.type}`);
					const seen = await waitMessage(probe, message.id, since, 'to the agent');
					expect(seen.text === text, `expected text ${show(text)}, got ${show(seen.text)}`);
					expect(seen.visibility === 'public', `expected visibility public, got ${seen.visibility}`);
				},
			},
			{
				name: 'customer gets its own message back as message.created',
				async run(context) {
					const {customer} = context.requireMainChat();
					const since = customer.probe.mark();
					const message = await customerSend(customer.probe, 'One more line from the customer.');
					context.mainChatMessages.push(message.id);
					await waitMessage(customer.probe, message.id, since, 'echoed to the customer');
				},
			},
			{
				name: 'agent public message -> customer gets message.created',
				async run(context) {
					const {chatId, customer} = context.requireMainChat();
					const {probe} = await context.agent();
					const agentSince = probe.mark();
					const customerSince = customer.probe.mark();
					const text = 'Hello, this is the conformance agent.';
					const message = await agentSend(context, chatId, text, 'public');
					context.mainChatMessages.push(message.id);
					expect(message.visibility === 'public', `expected visibility public, got ${message.visibility}`);
					expect(message.author.type === 'agent', `expected author.type agent, got ${message.author.type}`);
					const seen = await waitMessage(customer.probe, message.id, customerSince, 'to the customer');
					expect(seen.text === text, `expected text ${show(text)}, got ${show(seen.text)}`);
					await waitMessage(probe, message.id, agentSince, 'to the agent who sent it');
				},
			},
			{
				name: 'internal note never reaches the customer',
				async run(context) {
					const {chatId, customer} = context.requireMainChat();
					const {probe} = await context.agent();
					const agentSince = probe.mark();
					const customerSince = customer.probe.mark();
					const noteText = 'Conformance internal note: the customer must never see this.';
					const note = await agentSend(context, chatId, noteText, 'internal');
					context.mainChatMessages.push(note.id);
					expect(note.visibility === 'internal', `expected visibility internal, got ${note.visibility}`);
					await waitMessage(probe, note.id, agentSince, 'to the agent');
					// A public message sent after the note: once the customer has it, the note would have come before it.
					const after = await agentSend(context, chatId, 'A public line after the note.', 'public');
					context.mainChatMessages.push(after.id);
					await waitMessage(customer.probe, after.id, customerSince, 'to the customer');
					await customer.probe.barrier();
					const leaked = customer.probe.frames.find(
						received => carriesMessage(received, note.id) || carriesText(received, noteText),
					);
					expect(!leaked, () => `the customer received the internal note: ${oneLine(leaked!.raw, 120)}`);
				},
			},
			{
				name: 'agent message.send dedup: same client_msg_id -> same message, one message.created',
				async run(context) {
					const {chatId, customer} = context.requireMainChat();
					const {probe} = await context.agent();
					const customerSince = customer.probe.mark();
					const id = clientMsgId();
					const first = await agentSend(
						context,
						chatId,
						'This line is sent twice with one client_msg_id.',
						'public',
						id,
					);
					context.mainChatMessages.push(first.id);
					await waitMessage(probe, first.id, 0, 'to the agent');
					const second = await agentSend(
						context,
						chatId,
						'This line is sent twice with one client_msg_id.',
						'public',
						id,
					);
					expect(second.id === first.id, `expected the repeated send to return message ${first.id}, got ${second.id}`);
					await waitMessage(customer.probe, first.id, customerSince, 'to the customer');
					await probe.barrier();
					await customer.probe.barrier();
					const toAgent = countMessage(probe, first.id);
					const toCustomer = countMessage(customer.probe, first.id);
					expect(toAgent === 1, `expected one message.created for ${first.id} at the agent, got ${toAgent}`);
					expect(toCustomer === 1, `expected one message.created for ${first.id} at the customer, got ${toCustomer}`);
				},
			},
			{
				name: 'customer message.send dedup: same client_msg_id -> same message, one message.created',
				async run(context) {
					const {customer} = context.requireMainChat();
					const {probe} = await context.agent();
					const id = clientMsgId();
					const since = probe.mark();
					const first = await customerSend(customer.probe, 'A customer line sent twice.', id);
					context.mainChatMessages.push(first.id);
					await waitMessage(probe, first.id, since, 'to the agent');
					const second = await customerSend(customer.probe, 'A customer line sent twice.', id);
					expect(second.id === first.id, `expected the repeated send to return message ${first.id}, got ${second.id}`);
					await customer.probe.barrier();
					await probe.barrier();
					const toAgent = countMessage(probe, first.id);
					expect(toAgent === 1, `expected one message.created for ${first.id} at the agent, got ${toAgent}`);
				},
			},
			{
				name: 'typing both ways: agent typing.set -> customer typing, customer typing.set -> agent typing',
				async run(context) {
					const {chatId, customer} = context.requireMainChat();
					const {probe} = await context.agent();
					const customerSince = customer.probe.mark();
					await probe.call('typing.set', {chat_id: chatId, typing: true});
					await customer.probe.waitFor(
						frame => isEvent(frame, 'typing') && frame.payload['typing'] === true,
						'typing {typing:true} at the customer',
						{
							since: customerSince,
						},
					);
					await probe.call('typing.set', {chat_id: chatId, typing: false});
					const agentSince = probe.mark();
					await customer.probe.call('typing.set', {typing: true});
					await probe.waitFor(
						frame => isEvent(frame, 'typing', chatId) && frame.payload['typing'] === true,
						`typing {chat_id:${chatId}, typing:true} at the agent`,
						{
							since: agentSince,
						},
					);
					await customer.probe.call('typing.set', {typing: false});
				},
			},
			{
				name: 'chat.history: the messages in order, n = 1..k',
				async run(context) {
					const {chatId} = context.requireMainChat();
					const {probe} = await context.agent();
					// A server may answer with short pages (protocol §14.3): page back with `before` until has_more is false.
					const messages: Message[] = [];
					let before: number | null = null;
					for (let pages = 0; ; pages++) {
						expect(pages < 1_000, 'chat.history kept answering has_more:true for a short chat');
						const request = {chat_id: chatId, limit: 500, ...(before === null ? {} : {before})};
						const page = await probe.call('chat.history', request);
						const got = page['messages'] as Message[];
						messages.unshift(...got);
						if (page['has_more'] !== true) break;
						expect(
							got.length > 0 && (before === null || got[0]!.n < before),
							`chat.history answered has_more:true with a page that does not reach further back: ${show(got.map(message => message.n))}`,
						);
						before = got[0]!.n;
					}
					const numbers = messages.map(message => message.n);
					const gap = numbers.findIndex((n, index) => n !== index + 1);
					expect(gap === -1, `expected n = 1..${numbers.length} in order over all pages, got ${show(numbers)}`);
					const wrongChat = messages.find(message => message.chat_id !== chatId);
					expect(
						!wrongChat,
						() => `history of chat ${chatId} holds message ${wrongChat!.id} of chat ${wrongChat!.chat_id}`,
					);
					const ids = messages.map(message => message.id);
					const missing = context.mainChatMessages.filter(id => !ids.includes(id));
					expect(missing.length === 0, `expected the history to hold the messages sent, missing ${show(missing)}`);
					const order = context.mainChatMessages.map(id => ids.indexOf(id));
					const unordered = order.findIndex((position, index) => index > 0 && position <= order[index - 1]!);
					expect(unordered === -1, `expected the sent messages in the order sent, got positions ${show(order)}`);
					// `after` pages forward from a message number (a page of at least one message; short pages are legal).
					if (messages.length >= 2) {
						const after = messages.length - 2;
						const page = await probe.call('chat.history', {chat_id: chatId, after, limit: 2});
						const pageNumbers = (page['messages'] as Message[]).map(message => message.n);
						const whole = pageNumbers.length === 2 && pageNumbers[1] === after + 2;
						const short = pageNumbers.length === 1 && page['has_more'] === true;
						expect(
							pageNumbers[0] === after + 1 && (whole || short),
							`expected chat.history after:${after} to return n ${after + 1} and ${after + 2} (or n ${after + 1} with has_more:true), got ${show(pageNumbers)}`,
						);
					}
				},
			},
			{
				name: 'read.mark accepted',
				async run(context) {
					const {chatId} = context.requireMainChat();
					const {probe} = await context.agent();
					await probe.call('read.mark', {chat_id: chatId, n: 1});
				},
			},
			{
				name: 'customer.update -> result with the change, agent customer.updated',
				async run(context) {
					const {chatId} = context.requireMainChat();
					const {probe} = await context.agent();
					const since = probe.mark();
					const name = 'Conformance Customer (renamed)';
					const customer = (await probe.call('customer.update', {chat_id: chatId, name}))['customer'] as Customer;
					expect(customer.name === name, `expected the result to carry name ${show(name)}, got ${show(customer.name)}`);
					const event = await probe.waitEvent<{customer: Customer}>('customer.updated', {chatId, since});
					expect(
						event.customer.name === name,
						`expected customer.updated with name ${show(name)}, got ${show(event.customer.name)}`,
					);
				},
			},
			{
				name: 'presence.set away, then online -> result with that presence, no presence.changed about itself',
				async run(context) {
					const {probe, agent} = await context.agent();
					const since = probe.mark();
					try {
						const away = (await probe.call('presence.set', {presence: 'away'}))['agent'] as Agent;
						expect(away.presence === 'away', `expected presence away in the result, got ${away.presence}`);
					} finally {
						// Away agents get no offers; the later checks need this one online.
						const online = (await probe.call('presence.set', {presence: 'online'}))['agent'] as Agent;
						expect(online.presence === 'online', `expected presence online in the result, got ${online.presence}`);
					}
					// §15: presence.changed is about other agents; anything it sent for these changes has come by the pong.
					await probe.barrier();
					const toSelf = probe
						.framesSince(since)
						.some(frame => isEvent(frame, 'presence.changed') && frame.payload['agent_id'] === agent.id);
					expect(!toSelf, 'the agent got presence.changed about its own presence');
				},
			},
			{
				name: 'ack of the last seq accepted (no error, connection stays open)',
				async run(context) {
					const {probe} = await context.agent();
					const seq = probe.lastSeq;
					expect(seq > 0, 'not run: the agent has had no sequenced event to ack');
					const since = probe.mark();
					probe.send({type: 'ack', seq});
					await probe.barrier('the connection to stay open after an ack');
					const answer = probe.framesSince(since).find(frame => frame.type === 'res' && !frame.ok);
					expect(!answer, () => `expected no answer to ack ${seq}, got ${show(answer)}`);
				},
			},
			{
				name: 'ack above the last sent seq -> bad_frame (id null), connection stays open',
				async run(context) {
					const {probe} = await context.agent();
					const seq = probe.lastSeq + 1_000;
					const since = probe.mark();
					probe.send({type: 'ack', seq});
					const received = await probe.waitFor(
						frame => frame.type === 'res' && !frame.ok,
						`an error res to ack ${seq}`,
						{since},
					);
					const res = received.frame as ServerFrame & {type: 'res'; ok: false};
					expect(res.error.code === 'bad_frame', `expected error bad_frame for ack ${seq}, got ${res.error.code}`);
					expect(res.id === null, `expected id null, got ${show(res.id)}`);
					await probe.barrier('the connection to stay open after a wrong ack');
				},
			},
		];
	},
};
