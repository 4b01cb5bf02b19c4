// The chat a command acts on: the focused one, in a state where the command makes sense, or a one-line error.
import type {ChatStatus} from '../protocol/index.js';
import type {DeskChat} from '../core/index.js';
import type {Command, CommandContext, CommandResult} from './command.js';
import {failure} from './effects.js';

const STATUS_WORDS: Readonly<Record<ChatStatus, string>> = {
	queued: 'queued',
	offered: 'only offered (accept it first)',
	active: 'active',
	on_hold: 'on hold',
	transferring: 'being transferred',
	ended: 'ended',
};

/** The focused chat when its status is one of `allowed`; otherwise the error to return. */
export function focusedChat(
	context: CommandContext,
	command: Pick<Command, 'name'>,
	allowed: readonly ChatStatus[],
): DeskChat | CommandResult {
	const chat = context.chat;
	if (!chat) return failure(`/${command.name} works on a chat: focus one first`);
	const status = chat.chat.status;
	if (!allowed.includes(status))
		return failure(`/${command.name} cannot be used here: this chat is ${STATUS_WORDS[status]}`);
	return chat;
}

export function isResult(value: DeskChat | CommandResult): value is CommandResult {
	return Array.isArray(value);
}

/** Chats the agent can still talk in. */
export const OPEN: readonly ChatStatus[] = ['active', 'on_hold'];
