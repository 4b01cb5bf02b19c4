// Every slash command in palette order; lookup by name or alias, hiding what the server cannot do, and running a composer line.
import type {Capability} from '../protocol/index.js';
import {cannedCommand} from './canned.js';
import type {Command, CommandContext, CommandEffect, CommandResult} from './command.js';
import {emailCommand} from './email.js';
import {endCommand} from './end.js';
import {followupCommand} from './followup.js';
import {commandHelpLine, createHelpCommand, type CommandHelpLine} from './help.js';
import {holdCommand} from './hold.js';
import {langCommand} from './lang.js';
import {nameCommand} from './name.js';
import {noteCommand} from './note.js';
import {complete, parseCommandLine, type Completion} from './parse.js';
import {awayCommand, onlineCommand} from './presence.js';
import {splitCommand} from './split.js';
import {transferCommand} from './transfer.js';
import {unholdCommand} from './unhold.js';

/** What the capability means to an agent, for the error when it is missing. */
const CAPABILITY_WORDS: Readonly<Record<Capability, string>> = {
	hold: 'putting chats on hold',
	transfer: 'transfers',
	sneak_peek: 'the typing preview',
	rating: 'ratings',
	canned: 'server canned responses',
	followup: 'follow-ups',
	earlier_chats: "a customer's earlier chats",
};

export const helpCommand = createHelpCommand(capabilities => visibleCommands(capabilities));

/** In the order the palette and /help show them: the everyday ones first. */
export const COMMANDS: readonly Command[] = [
	cannedCommand,
	holdCommand,
	unholdCommand,
	transferCommand,
	endCommand,
	noteCommand,
	nameCommand,
	emailCommand,
	followupCommand,
	langCommand,
	splitCommand,
	awayCommand,
	onlineCommand,
	helpCommand,
];

export function isAvailable(command: Command, capabilities: readonly Capability[]): boolean {
	return command.capability === undefined || capabilities.includes(command.capability);
}

/** The commands this server supports: the palette, /help and Tab see only these. */
export function visibleCommands(capabilities: readonly Capability[]): readonly Command[] {
	return COMMANDS.filter(command => isAvailable(command, capabilities));
}

/** A command by name or alias ("/c" or "c"), whatever the server supports. */
export function findCommand(name: string): Command | undefined {
	const key = name.replace(/^\//u, '').toLowerCase();
	return COMMANDS.find(command => command.name === key || command.aliases.includes(key));
}

/** Every command this server supports as a help line (name with aliases, arguments, what it does), in palette order. */
export function commandHelp(capabilities: readonly Capability[]): CommandHelpLine[] {
	return visibleCommands(capabilities).map(commandHelpLine);
}

export function completeCommand(prefix: string, capabilities: readonly Capability[]): Completion {
	return complete(prefix, visibleCommands(capabilities));
}

/**
 * Runs a composer line. Null: the line is a message, not a command. Otherwise the effects in order, for
 * the desk to carry out; `emit`, when given, receives each as well. Nothing has happened yet when this
 * returns, so a wrong use (one error effect) is guaranteed to have sent nothing.
 */
export function runCommandLine(
	line: string,
	context: CommandContext,
	emit?: (effect: CommandEffect) => void,
): CommandResult | null {
	const parsed = parseCommandLine(line);
	if (!parsed) return null;
	const effects = runParsed(parsed.name, parsed.args, context);
	if (emit) for (const effect of effects) emit(effect);
	return effects;
}

function runParsed(name: string, args: Parameters<Command['run']>[1], context: CommandContext): CommandResult {
	const command = findCommand(name);
	if (!command) {
		const near = completeCommand(name.slice(0, 2), context.capabilities).matches.map(match => `/${match.word}`);
		const hint = near.length > 0 ? ` Did you mean ${near.join(' or ')}?` : '';
		return [{type: 'error', text: `There is no command /${name}.${hint} Type /help for the list.`}];
	}
	if (!isAvailable(command, context.capabilities)) {
		return [
			{
				type: 'error',
				text: `/${command.name} is not available: this server does not support ${CAPABILITY_WORDS[command.capability!]}.`,
			},
		];
	}
	return command.run(context, args);
}
