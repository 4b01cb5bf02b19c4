// Builders for command tests: a desk chat, a context around it, and running a line.
import {bundledResponses} from '../../source/canned/index.js';
import {addMessages, newDeskChat, type DeskChat} from '../../source/core/index.js';
import type {CommandContext, CommandEffect} from '../../source/commands/index.js';
import {runCommandLine} from '../../source/commands/index.js';
import {CAPABILITIES} from '../../source/protocol/index.js';
import {T0, alex, chat, customer, msg} from '../helpers/fixtures.js';

export {T0};

export function deskChat(
	overrides: Parameters<typeof chat>[1] = {},
	customerOverrides: Parameters<typeof customer>[0] = {},
): DeskChat {
	const base = newDeskChat(chat('c1', {...overrides, customer: customer({id: 'cus_c1', ...customerOverrides})}), 1, T0);
	return {
		...base,
		messages: addMessages(base.messages, [
			msg('c1', 1, 'customer', {text: 'My blender does not spin'}),
			msg('c1', 2, 'me', {text: 'Hello Sarah'}),
			msg('c1', 3, 'customer', {text: 'The blades are stuck'}),
		]),
	};
}

export function context(overrides: Partial<CommandContext> = {}): CommandContext {
	return {
		chat: deskChat(),
		memory: {anythingElseAskedAt: null},
		agent: alex,
		capabilities: CAPABILITIES,
		colleagues: new Map([
			['kari', {id: 'kari', name: 'Kari Nordmann', presence: 'online'}],
			['alex', {id: 'alex', name: 'Alex', presence: 'online'}],
		]),
		departments: new Map([
			['billing', {id: 'billing', name: 'Billing', agents_online: 2, accepting: true}],
			['technical', {id: 'technical', name: 'Technical', agents_online: 1, accepting: true}],
		]),
		canned: bundledResponses(),
		now: T0 + 60_000,
		config: {},
		...overrides,
	};
}

export function run(line: string, ctx: CommandContext = context()): readonly CommandEffect[] {
	const effects = runCommandLine(line, ctx);
	if (effects === null) throw new Error(`not a command: ${line}`);
	return effects;
}

/** Wrong use: one error line and nothing else, so nothing can reach the customer or the server. */
export function expectOnlyError(effects: readonly CommandEffect[]): string {
	if (effects.length !== 1 || effects[0]!.type !== 'error')
		throw new Error(`expected exactly one error, got ${JSON.stringify(effects)}`);
	return effects[0]!.text;
}

export function sends(effects: readonly CommandEffect[]) {
	return effects.flatMap(effect => (effect.type === 'send' ? [effect] : []));
}

export function requests(effects: readonly CommandEffect[]) {
	return effects.flatMap(effect => (effect.type === 'request' ? [effect] : []));
}
