// /split: another pane beside the others, for working several chats at once (E24).
import type {Command} from './command.js';
import {usageError} from './effects.js';

export const splitCommand: Command = {
	name: 'split',
	aliases: [],
	description: 'Open another pane (up to four)',
	usage: '',
	run(_context, args) {
		if (args.words.length > 0) return usageError(splitCommand, '/split takes no arguments');
		return [{type: 'intent', intent: {type: 'pane.split'}}];
	},
};
