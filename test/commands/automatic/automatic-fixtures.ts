// Builders for the automatic notices' tests: chats on hold or gone quiet, a clock that ticks through memory, and wording checks.
import {
	rememberMark,
	type ChatMemory,
	type CommandContext,
	type CommandEffect,
	type CommandResult,
	type SendEffect,
} from '../../../source/commands/index.js';
import {addressName} from '../../../source/courtesy/notices/address-name.js';
import {addMessages, newDeskChat, type DeskChat} from '../../../source/core/index.js';
import {
	BUNDLED_TEXTS,
	fillTemplate,
	type NoticeLocale,
	type TemplateKey,
	type TemplateValues,
} from '../../../source/courtesy/notices/index.js';
import type {Chat, Customer, Hold, Message} from '../../../source/protocol/index.js';
import {T0, chat, customer, msg} from '../../helpers/fixtures.js';
import {context} from '../command-fixtures.js';

export {T0, msg};

/** Chat c1 (Sarah Jones, en, arrival 1) with these messages and overrides. */
export function chatWith(
	messages: readonly Message[],
	overrides: Partial<Chat> = {},
	customerOverrides: Partial<Customer> = {},
): DeskChat {
	const base = newDeskChat(chat('c1', {...overrides, customer: customer({id: 'cus_c1', ...customerOverrides})}), 1, T0);
	return {...base, messages: addMessages(base.messages, messages)};
}

/** A context for chat c1 as given, the rest from command-fixtures' context(). */
export function contextFor(deskChat: DeskChat | null, overrides: Partial<CommandContext> = {}): CommandContext {
	return context({chat: deskChat, ...overrides});
}

export const HOLD_SINCE = T0 + 100_000;

/** Chat c1 on hold since HOLD_SINCE (5 minutes, a reason), customer's language as given. */
export function onHold(hold: Partial<Hold> = {}, customerOverrides: Partial<Customer> = {}): DeskChat {
	return chatWith(
		[msg('c1', 1, 'customer'), msg('c1', 2, 'me')],
		{status: 'on_hold', hold: {since: HOLD_SINCE, minutes: 5, reason: 'checking the warranty', ...hold}},
		customerOverrides,
	);
}

export function sendsOf(effects: CommandResult): SendEffect[] {
	return effects.flatMap(effect => (effect.type === 'send' ? [effect] : []));
}

/** Lines for the agent: passing notes, and alerts posted to stay until dismissed (E7). */
export function alertsOf(effects: CommandResult): string[] {
	return effects.flatMap(effect => {
		if (effect.type === 'alert') return [effect.text];
		if (effect.type === 'intent' && effect.intent.type === 'alert.post') return [effect.intent.text];
		return [];
	});
}

export function marksOf(effects: CommandResult) {
	return effects.flatMap(effect => (effect.type === 'mark' ? [effect] : []));
}

/** Memory after the marks among `effects`, as the desk would keep it. */
export function remember(memory: ChatMemory, effects: CommandResult): ChatMemory {
	return effects.reduce((next, effect) => (effect.type === 'mark' ? rememberMark(next, effect) : next), memory);
}

export type Tick = {at: number; effects: readonly CommandEffect[]};

/**
 * Runs `step` once a second from `from` to `to` (inclusive) the way the desk's clock does, remembering the
 * marks each tick returns; returns only the ticks that produced something.
 */
export function tickThrough(
	base: CommandContext,
	step: (context: CommandContext) => CommandResult,
	from: number,
	to: number,
	memory: ChatMemory = base.memory,
): Tick[] {
	const ticks: Tick[] = [];
	let current = memory;
	for (let at = from; at <= to; at += 1_000) {
		const effects = step({...base, memory: current, now: at});
		current = remember(current, effects);
		if (effects.length > 0) ticks.push({at, effects});
	}
	return ticks;
}

/** The values a notice for chat c1 fills in: Sarah Jones, Alex from Acme, the Technical department. */
export const FILLED: TemplateValues = {
	'customer.name': 'Sarah Jones',
	'agent.name': 'Alex',
	company: 'Acme',
	department: 'Technical',
};

/** Which bundled wording of `key` in `locale` gave `text` (index), or -1: proves the language and the list. */
export function wordingIndex(
	text: string,
	locale: NoticeLocale,
	key: TemplateKey,
	values: TemplateValues = FILLED,
): number {
	// E28: a notice addresses the customer as their language does ("Sarah", not "Sarah Jones").
	const name = values['customer.name'];
	const addressed = {
		...values,
		'customer.name': addressName(typeof name === 'string' ? name : undefined, locale),
	};
	return BUNDLED_TEXTS[locale].templates[key].findIndex(
		wording => fillTemplate(wording, addressed).text.trim() === text,
	);
}
