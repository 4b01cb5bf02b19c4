// The plain data a command (or an automatic notice) runs on, taken from the desk's stores at the moment it runs.
import type {CannedResponse} from '../../canned/index.js';
import type {ChatMemory, CommandConfig, CommandContext} from '../../commands/index.js';
import {EMPTY_MEMORY} from '../../commands/index.js';
import type {DeskState} from '../../core/desk-state.js';

export function commandContext(
	state: DeskState,
	chatId: string | null,
	memory: ReadonlyMap<string, ChatMemory>,
	canned: readonly CannedResponse[],
	config: CommandConfig,
	now: number,
): CommandContext {
	const chat = chatId === null ? null : (state.chats.get(chatId) ?? null);
	return {
		chat,
		memory: (chatId !== null && memory.get(chatId)) || EMPTY_MEMORY,
		agent: state.agent,
		capabilities: state.capabilities,
		colleagues: state.colleagues,
		departments: state.departments,
		canned,
		now,
		config,
	};
}
