// Checks of the optional features: each one the hello claims must work, each one it leaves out must answer `unsupported`.
import type {Agent, Capability, Chat, CustomerChatView, Department, Followup, ResFrame} from '../protocol/index.js';
import {CheckFailure, CheckSkipped, expect, type Check, type CheckGroup} from './check.js';
import type {ConformanceContext} from './context.js';
import {oneLine, show} from './describe.js';
import type {Probe} from './probe.js';
import {agentSend, isEvent} from './checks-chat.js';

/** Capabilities in the order they are checked: transfer last, since a wrong answer could leave the chat transferring. */
const ORDER: Capability[] = ['hold', 'sneak_peek', 'rating', 'canned', 'followup', 'transfer'];

/** Error codes that make sense for a transfer nobody can take; anything else means the server misread the request. */
const TRANSFER_REFUSALS = new Set(['not_found', 'conflict', 'forbidden', 'no_capacity']);

const FOLLOWUP_DAY_MS = 86_400_000;

function customerStatus(probe: Probe, status: string, since: number): Promise<unknown> {
	return probe.waitFor(
		frame => isEvent(frame, 'chat.updated') && (frame.payload['chat'] as CustomerChatView).status === status,
		`chat.updated with status ${status} at the customer`,
		{since},
	);
}

function agentStatus(probe: Probe, chatId: string, status: string, since: number): Promise<unknown> {
	return probe.waitFor(
		frame => isEvent(frame, 'chat.updated', chatId) && (frame.payload['chat'] as Chat).status === status,
		`chat.updated for chat ${chatId} with status ${status} at the agent`,
		{since},
	);
}

async function expectUnsupported(
	context: ConformanceContext,
	op: string,
	payload: Record<string, unknown>,
): Promise<void> {
	const {probe} = await context.agent();
	await probe.expectError(op, payload, 'unsupported');
}

/** A real chat id where there is one, so the payload is valid and the only reason left to refuse is the capability. */
function chatIdForUnsupported(context: ConformanceContext): string {
	return context.mainChat?.chatId ?? 'conformance-chat';
}

/**
 * Asks for a transfer that cannot succeed. Accepted: an error answer (see TRANSFER_REFUSALS) with the chat still
 * active, or ok with the chat `transferring` followed by transfer.failed carrying the chat active again.
 */
async function failingTransfer(
	context: ConformanceContext,
	target: {type: 'agent' | 'department'; id: string},
): Promise<void> {
	const {chatId} = context.requireMainChat();
	const {probe} = await context.agent();
	const since = probe.mark();
	const received = await probe.request('chat.transfer', {
		chat_id: chatId,
		target,
		note: 'Conformance check: this transfer cannot succeed.',
	});
	const res = received.frame as ResFrame;
	if (!res.ok) {
		expect(
			TRANSFER_REFUSALS.has(res.error.code),
			`expected an error among ${[...TRANSFER_REFUSALS].join(', ')} or ok+transfer.failed, got error ${res.error.code} (${oneLine(res.error.message)})`,
		);
		const list = await probe.call('chats.list', {});
		const chat = (list['chats'] as Chat[]).find(candidate => candidate.id === chatId);
		expect(
			chat?.status === 'active',
			`expected chat ${chatId} still active after the refused transfer, got ${show(chat?.status)}`,
		);
		return;
	}
	const chat = received.result?.['chat'] as Chat | undefined;
	expect(
		chat?.status === 'transferring',
		`expected the chat in status transferring in the transfer result, got ${show(chat?.status)}`,
	);
	const payload = await probe.waitEvent<{target: {type: string; id: string}; chat: Chat}>('transfer.failed', {
		chatId,
		since,
	});
	expect(
		payload.target.id === target.id && payload.target.type === target.type,
		`expected transfer.failed for target ${show(target)}, got ${show(payload.target)}`,
	);
	expect(
		payload.chat.status === 'active',
		`expected the chat active again in transfer.failed, got ${payload.chat.status}`,
	);
}

function unknownTargetCheck(targetType: 'agent' | 'department'): Check {
	return {
		name: `transfer claimed: chat.transfer to an unknown ${targetType} -> an error, or transfer.failed with the chat active again`,
		run: context => failingTransfer(context, {type: targetType, id: `conformance-no-such-${targetType}-${Date.now()}`}),
	};
}

const lonelyDepartmentCheck: Check = {
	name: 'transfer claimed: chat.transfer to a department nobody else can take -> transfer.failed with the chat active again (or an error)',
	async run(context) {
		context.requireMainChat();
		const {probe, agent} = await context.agent();
		const departments = (await probe.call('departments.list', {}))['departments'] as Department[];
		const agents = (await probe.call('agents.list', {}))['agents'] as Agent[];
		const others = agents.filter(candidate => candidate.id !== agent.id && candidate.presence !== 'offline');
		if (departments.length === 0) throw new CheckSkipped('departments.list is empty');
		if (others.length > 0)
			throw new CheckSkipped(
				`other agents are signed in (${others.map(other => other.id).join(', ')}), so the transfer could succeed`,
			);
		await failingTransfer(context, {type: 'department', id: departments[0]!.id});
	},
};

const claimed: Record<Capability, Check[]> = {
	earlier_chats: [
		{
			name: 'earlier_chats claimed: customer.chats answers a valid page without the chat asked about',
			async run(context) {
				const {chatId} = context.requireMainChat();
				const {probe} = await context.agent();
				const page = await probe.call('customer.chats', {chat_id: chatId, limit: 5});
				const chats = page['chats'] as Array<{id: string}>;
				expect(
					chats.every(chat => chat.id !== chatId),
					`expected customer.chats to leave out ${chatId} itself, got ${show(chats.map(chat => chat.id))}`,
				);
			},
		},
	],
	hold: [
		{
			name: 'hold claimed: chat.hold / chat.unhold -> chat.updated (on_hold, then active) to agent and customer; a message keeps on_hold',
			async run(context) {
				const {chatId, customer} = context.requireMainChat();
				const {probe} = await context.agent();
				let agentSince = probe.mark();
				let customerSince = customer.probe.mark();
				const held = (await probe.call('chat.hold', {chat_id: chatId, minutes: 2, reason: 'conformance check'}))[
					'chat'
				] as Chat;
				expect(held.status === 'on_hold', `expected chat.hold to answer status on_hold, got ${held.status}`);
				expect(held.hold !== null, 'expected chat.hold to answer the chat with hold set, got hold:null');
				expect(
					held.hold?.minutes === 2 && held.hold.reason === 'conformance check',
					`expected hold {minutes: 2, reason: "conformance check"}, got ${show(held.hold)}`,
				);
				await agentStatus(probe, chatId, 'on_hold', agentSince);
				await customerStatus(customer.probe, 'on_hold', customerSince);
				// A message while on hold (a hold notice, say) leaves the chat on hold: unholding is the agent's call.
				const notice = await agentSend(context, chatId, 'Still checking, thank you for your patience.', 'public');
				context.mainChatMessages.push(notice.id);
				const listed = ((await probe.call('chats.list', {}))['chats'] as Chat[]).find(
					candidate => candidate.id === chatId,
				);
				expect(
					listed?.status === 'on_hold',
					`expected the chat still on_hold after an agent message, got ${show(listed?.status)}`,
				);
				agentSince = probe.mark();
				customerSince = customer.probe.mark();
				const resumed = (await probe.call('chat.unhold', {chat_id: chatId}))['chat'] as Chat;
				expect(resumed.status === 'active', `expected chat.unhold to answer status active, got ${resumed.status}`);
				expect(resumed.hold === null, `expected hold:null after chat.unhold, got ${show(resumed.hold)}`);
				await agentStatus(probe, chatId, 'active', agentSince);
				await customerStatus(customer.probe, 'active', customerSince);
			},
		},
	],
	transfer: [unknownTargetCheck('agent'), unknownTargetCheck('department'), lonelyDepartmentCheck],
	sneak_peek: [
		{
			name: 'sneak_peek claimed: customer typing.set with text -> agent sneak_peek',
			async run(context) {
				const {chatId, customer} = context.requireMainChat();
				const {probe} = await context.agent();
				const text = 'my order number is 12';
				const since = probe.mark();
				await customer.probe.call('typing.set', {typing: true, text});
				const {text: peek} = await probe.waitEvent<{text: string}>('sneak_peek', {chatId, since});
				expect(peek === text, `expected sneak_peek text ${show(text)}, got ${show(peek)}`);
				// A long draft is cut to LIMITS.maxSneakPeekChars (the schema checks the length).
				const long = `${'a long draft '.repeat(60)}end`;
				const longSince = probe.mark();
				await customer.probe.call('typing.set', {typing: true, text: long});
				const {text: cut} = await probe.waitEvent<{text: string}>('sneak_peek', {
					chatId,
					since: longSince,
					what: `sneak_peek for a ${long.length}-character draft`,
				});
				expect(cut.length > 0 && long.includes(cut), `expected a sneak_peek cut from the draft, got ${show(cut)}`);
				await customer.probe.call('typing.set', {typing: false});
			},
		},
	],
	rating: [
		{
			name: 'rating claimed: rating.request -> customer rating.requested; rating.submit -> agent rating.received',
			async run(context) {
				const {chatId, customer} = context.requireMainChat();
				const {probe} = await context.agent();
				const customerSince = customer.probe.mark();
				await probe.call('rating.request', {chat_id: chatId});
				await customer.probe.waitFor(frame => isEvent(frame, 'rating.requested'), 'rating.requested at the customer', {
					since: customerSince,
				});
				const agentSince = probe.mark();
				await customer.probe.call('rating.submit', {score: 3, comment: 'Conformance check rating.'});
				const {score} = await probe.waitEvent<{score: number}>('rating.received', {chatId, since: agentSince});
				expect(score === 3, `expected rating.received with score 3, got ${score}`);
			},
		},
	],
	canned: [
		{
			name: 'canned claimed: canned.list answers a valid list',
			async run(context) {
				const {probe} = await context.agent();
				await probe.call('canned.list', {});
			},
		},
	],
	followup: [
		{
			name: 'followup claimed: followup.create, then followups.list contains it',
			async run(context) {
				const {chatId} = context.requireMainChat();
				const {probe} = await context.agent();
				const created = (
					await probe.call('followup.create', {
						chat_id: chatId,
						contact: 'conformance-followup@example.com',
						due_at: Date.now() + FOLLOWUP_DAY_MS,
						note: 'Conformance check follow-up.',
					})
				)['followup'] as Followup;
				expect(created.chat_id === chatId, `expected the follow-up for chat ${chatId}, got ${created.chat_id}`);
				const list = (await probe.call('followups.list', {}))['followups'] as Followup[];
				expect(
					list.some(followup => followup.id === created.id),
					`expected followups.list to contain ${created.id}, got ${show(list.map(followup => followup.id))}`,
				);
			},
		},
	],
};

const notClaimed: Record<Capability, Check> = {
	earlier_chats: {
		name: 'earlier_chats not claimed: customer.chats answers unsupported',
		async run(context) {
			await expectUnsupported(context, 'customer.chats', {chat_id: chatIdForUnsupported(context), limit: 5});
		},
	},
	hold: {
		name: 'hold not claimed: chat.hold and chat.unhold answer unsupported',
		async run(context) {
			const chatId = chatIdForUnsupported(context);
			await expectUnsupported(context, 'chat.hold', {chat_id: chatId, minutes: 2});
			await expectUnsupported(context, 'chat.unhold', {chat_id: chatId});
		},
	},
	transfer: {
		name: 'transfer not claimed: chat.transfer answers unsupported',
		async run(context) {
			await expectUnsupported(context, 'chat.transfer', {
				chat_id: chatIdForUnsupported(context),
				target: {type: 'department', id: 'conformance-department'},
				note: '',
			});
		},
	},
	sneak_peek: {
		name: 'sneak_peek not claimed: customer typing text brings no sneak_peek',
		async run(context) {
			const {chatId, customer} = context.requireMainChat();
			const {probe} = await context.agent();
			const since = probe.mark();
			await customer.probe.call('typing.set', {typing: true, text: 'a draft the agent must not see'});
			await probe.waitFor(frame => isEvent(frame, 'typing', chatId), `typing for chat ${chatId} at the agent`, {
				since,
			});
			await probe.barrier();
			const peek = probe.framesSince(since).find(frame => isEvent(frame, 'sneak_peek'));
			expect(!peek, 'expected no sneak_peek from a server without the sneak_peek capability, got one');
			await customer.probe.call('typing.set', {typing: false});
		},
	},
	rating: {
		name: 'rating not claimed: rating.request answers unsupported',
		async run(context) {
			await expectUnsupported(context, 'rating.request', {chat_id: chatIdForUnsupported(context)});
		},
	},
	canned: {
		name: 'canned not claimed: canned.list answers unsupported',
		async run(context) {
			await expectUnsupported(context, 'canned.list', {});
		},
	},
	followup: {
		name: 'followup not claimed: followup.create and followups.list answer unsupported',
		async run(context) {
			await expectUnsupported(context, 'followup.create', {
				chat_id: chatIdForUnsupported(context),
				contact: 'conformance-followup@example.com',
				due_at: Date.now() + FOLLOWUP_DAY_MS,
				note: '',
			});
			await expectUnsupported(context, 'followups.list', {});
		},
	},
};

export const capabilityChecks: CheckGroup = {
	title: 'capabilities',
	checks: context => {
		const capabilities = context.capabilities();
		if (!capabilities) {
			return [
				{
					name: 'capabilities: each claimed one works, each other one answers unsupported',
					async run() {
						throw new CheckFailure('not run: needs a valid hello to know which capabilities the server claims');
					},
				},
			];
		}
		return ORDER.flatMap(capability => (capabilities.has(capability) ? claimed[capability] : [notClaimed[capability]]));
	},
};
