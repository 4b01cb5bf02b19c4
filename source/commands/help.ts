// /help [command]: the commands this server supports, with their arguments, generated from the registry.
import type {Capability} from '../protocol/index.js';
import type {Command} from './command.js';
import {synopsis, usageError} from './effects.js';

/** One command for the help: "/canned (/c)", its arguments "[query]", and what it does. */
export type CommandHelpLine = {command: string; usage: string; description: string};

export function commandHelpLine(command: Command): CommandHelpLine {
	const aliases = command.aliases.length > 0 ? ` (${command.aliases.map(alias => `/${alias}`).join(', ')})` : '';
	return {command: `/${command.name}${aliases}`, usage: command.usage, description: command.description};
}

/** Built over a function so /help can list the registry that lists /help, without an import cycle. */
export function createHelpCommand(commands: (capabilities: readonly Capability[]) => readonly Command[]): Command {
	const help: Command = {
		name: 'help',
		aliases: ['?'],
		description: 'List the commands, or show how to use one',
		usage: '[command]',
		run(context, args) {
			const visible = commands(context.capabilities);
			const [wanted, ...extra] = args.words;
			if (extra.length > 0) return usageError(help, '/help takes at most one command name');
			if (wanted !== undefined) {
				const name = wanted.replace(/^\//u, '').toLowerCase();
				const command = visible.find(entry => entry.name === name || entry.aliases.includes(name));
				if (!command) return usageError(help, `There is no command /${name}`);
				const aliases = command.aliases.length > 0 ? ` (${command.aliases.map(alias => `/${alias}`).join(', ')})` : '';
				return [{type: 'alert', text: `${synopsis(command)}${aliases}: ${command.description}`}];
			}
			// The whole list needs more than an alert line: the desk's help shows it, under the keys.
			return [{type: 'help'}];
		},
	};
	return help;
}
