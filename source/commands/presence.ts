// /away and /online: the agent's presence, which decides whether new chats are offered to them.
import type {Command} from './command.js';
import {request, usageError} from './effects.js';

function presenceCommand(presence: 'away' | 'online', description: string): Command {
	const command: Command = {
		name: presence,
		aliases: [],
		description,
		usage: '',
		run(context, args) {
			if (args.words.length > 0) return usageError(command, `/${presence} takes no arguments`);
			if (context.agent?.presence === presence) return [{type: 'alert', text: `You are already ${presence}.`}];
			return [request('presence.set', {presence})];
		},
	};
	return command;
}

export const awayCommand = presenceCommand('away', 'Stop receiving new chats; current chats stay');
export const onlineCommand = presenceCommand('online', 'Receive new chats again');
