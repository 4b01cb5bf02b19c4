// /help [command]: the commands this server supports, with their arguments, generated from the registry.
import type {Capability} from '../protocol/index.js';
import type {Command} from './command.js';
import {synopsis, usageError} from './effects.js';

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
			const line = (command: Command) => {
				const aliases = command.aliases.length > 0 ? ` (${command.aliases.map(alias => `/${alias}`).join(', ')})` : '';
				return `${synopsis(command)}${aliases}: ${command.description}`;
			};
			if (wanted !== undefined) {
				const name = wanted.replace(/^\//u, '').toLowerCase();
				const command = visible.find(entry => entry.name === name || entry.aliases.includes(name));
				if (!command) return usageError(help, `There is no command /${name}`);
				return [{type: 'notice', text: line(command)}];
			}
			return [{type: 'notice', text: ['Commands (start a message with // to send one that begins with /):', ...visible.map(line)].join('\n')}];
		},
	};
	return help;
}
