// Slash commands in one import: the interface, the registry, parsing and completion.
export type {
	ChatMark,
	ChatMemory,
	MarkEffect,
	Command,
	CommandArgs,
	CommandConfig,
	CommandContext,
	CommandEffect,
	CommandOp,
	CommandResult,
	RequestEffect,
	SendEffect,
} from './command.js';
export {
	COMMANDS,
	commandHelp,
	completeCommand,
	findCommand,
	helpCommand,
	isAvailable,
	runCommandLine,
	visibleCommands,
} from './registry.js';
export {complete, parseArgs, parseCommandLine, type CommandLine, type Completion} from './parse.js';
export {synopsis} from './effects.js';
export {EMPTY_MEMORY, rememberMark} from './chat-memory.js';
export {
	automaticTick,
	replyEndingHold,
	greetingOnAccept,
	holdProgressEffects,
	idleCustomerEffects,
	ratingThanksEffects,
	transferFailedEffects,
} from './automatic/index.js';
export type {CommandHelpLine} from './help.js';
