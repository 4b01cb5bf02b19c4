// Slash commands in one import: the interface, the registry, parsing and completion.
export type {
	ChatMark,
	ChatMemory,
	MarkEffect,
	Command,
	CommandConfig,
	CommandContext,
	CommandEffect,
	CommandResult,
	RequestEffect,
	SendEffect,
} from './command.js';
export {
	COMMANDS,
	commandHelp,
	completeCommand,
	findCommand,
	isAvailable,
	runCommandLine,
	visibleCommands,
} from './registry.js';
export {complete, parseCommandLine} from './parse.js';
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
