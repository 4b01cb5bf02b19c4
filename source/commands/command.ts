// The one interface every slash command implements, and the plain data it runs on and the effects it returns.
import type {CannedResponse, MarkedValue} from '../canned/index.js';
import type {Colleague, DeskChat, DeskIntent} from '../core/index.js';
import type {NoticeKind, NoticesConfig} from '../courtesy/notices/index.js';
import type {Agent, AgentOp, AgentOpRequest, Capability, Department, Visibility} from '../protocol/index.js';

/** Ops a command may ask for; auth is the client's own business. */
export type CommandOp = Exclude<AgentOp, 'auth'>;

/** A message for the outbox. `notice` names the notice it is (null for the agent's own words); a notice the agent sent from the composer has auto false. */
export type SendEffect = {
	type: 'send';
	chatId: string;
	text: string;
	visibility: Visibility;
	auto: boolean;
	notice: NoticeKind | null;
};

/** A request for the client, typed per op so a wrong payload is a compile error here, not a server error. */
export type RequestEffect = {[O in CommandOp]: {type: 'request'; op: O; payload: AgentOpRequest<O>}}[CommandOp];

/**
 * What a command asks the desk to do, in order. Commands never perform I/O: the desk carries these out,
 * which is what keeps every command a pure function that a test can call with plain data.
 */
export type CommandEffect =
	| SendEffect
	| RequestEffect
	| {type: 'intent'; intent: DeskIntent}
	/** E12: text for the composer, to edit before sending; `marks` are values the agent still has to fill in; `cannedId` when it is a canned response; `notice` when it is an automatic notice offered rather than sent (the e-mail request after a failed transfer, E11). */
	| {type: 'insert'; text: string; marks: readonly MarkedValue[]; cannedId?: string; notice?: NoticeKind}
	/** A line for the agent only (never sent). */
	| {type: 'alert'; text: string}
	/** Wrong use: the only effect of the run, one line saying the right use. */
	| {type: 'error'; text: string}
	/** The desk opens its help (F1), which lists every command the server supports with its arguments. */
	| {type: 'help'}
	/** The UI opens a picker (transfer targets, canned responses) instead of the command guessing. */
	| {type: 'picker'; picker: 'transfer' | 'canned'; chatId: string; query: string}
	/** The desk remembers what was said automatically (E18's "anything else?", greetings, hold updates, ...) and passes it back in `memory`. */
	| MarkEffect;

/** What the desk remembers per chat; `holdSince` ties the hold marks to one hold, so a new hold starts afresh. */
export type ChatMark =
	| 'anything-else-asked'
	| 'greeted'
	| 'hold-update'
	| 'hold-limit'
	| 'hold-warned'
	| 'hold-over'
	| 'idle-check-in'
	| 'idle-close-offer'
	| 'rating-requested';

export type MarkEffect = {
	type: 'mark';
	chatId: string;
	mark: ChatMark;
	at: number;
	holdSince?: number;
	/** For hold warnings: the minutes promised, so a new estimate is warned about afresh. */
	minutes?: number | null;
};

export type CommandResult = readonly CommandEffect[];

/** Settings commands read; all optional, each with the default its command documents. */
export type CommandConfig = {
	notices?: NoticesConfig;
	/** The desk's language, for the transfer brief (an internal note). */
	agentLocale?: string | null;
	/** Zone follow-up times are read and stated in (default UTC). */
	timeZone?: string;
	/** /hold without minutes: E7 still needs an estimate to state (default 3). */
	defaultHoldMinutes?: number;
	/** E18: how long an "anything else?" stays answered (default ANYTHING_ELSE_WINDOW_MS). */
	anythingElseWindowMs?: number;
	/** E9: a progress update this often while on hold (default HOLD_UPDATE_INTERVAL_MS); 0: none. */
	holdUpdateIntervalMs?: number;
	/** E7, E9: at most this many automatic updates per hold without the agent (default HOLD_UPDATE_LIMIT). */
	holdUpdateLimit?: number;
	/** E7: the agent is warned this long before a hold's estimate runs out (default ESTIMATE_WARNING_MS). */
	holdWarnBeforeMs?: number;
	/** Idle customer: the check-in after this much silence (default IDLE_CHECK_IN_AFTER_MS). */
	idleCheckInAfterMs?: number;
	/** ... and the offer to close (off unless notices.enabled switches it on). */
	idleCloseOfferAfterMs?: number;
};

/** What the desk remembers about a chat for commands and automatic notices (fed by `mark` effects, see chat-memory.ts). */
export type ChatMemory = {
	anythingElseAskedAt: number | null;
	/** E2: the greeting went out (on accept); never twice, not even after a reconnect. */
	greetedAt?: number | null;
	/** E9: the updates of the current hold: how many, and when the last one went out. */
	holdUpdates?: {since: number; count: number; lastAt: number} | null;
	/** E9: the hold (by its start) whose update limit the agent was told of; no more updates go out on their own. */
	holdLimitTold?: number | null;
	/** E7: the agent was warned about this hold's estimate (before it ran out, and once it had). */
	/** `minutes`: the promise the warning was about; a new /hold during the hold makes a new one. */
	holdWarned?: {since: number; over: boolean; minutes?: number | null} | null;
	idleCheckInAt?: number | null;
	idleCloseOfferAt?: number | null;
	/** E19 (amended): the rating was requested in this chat; never a second time. */
	ratingRequestedAt?: number | null;
};

/** Everything a command may look at, as plain values: the desk builds it for each run. */
export type CommandContext = {
	/** The chat in the focused pane; null for an empty pane. */
	chat: DeskChat | null;
	memory: ChatMemory;
	agent: Agent | null;
	capabilities: readonly Capability[];
	colleagues: ReadonlyMap<string, Colleague>;
	departments: ReadonlyMap<string, Department>;
	/** The merged canned library (bundled, team, personal, server). */
	canned: readonly CannedResponse[];
	now: number;
	config: CommandConfig;
};

/** The words after the command name. */
export type CommandArgs = {
	/** Split on blanks; quotes group ("Billing team") and are removed. */
	words: readonly string[];
	/** Everything after the name as typed, trimmed: for free text such as /note. */
	text: string;
	/** The text after the first `count` words, as typed (one quoted word loses its quotes). */
	after(count: number): string;
};

export type Command = {
	name: string;
	aliases: readonly string[];
	description: string;
	/** The argument synopsis /help and errors show, e.g. "[minutes] [reason]". */
	usage: string;
	/** Hidden, and refused with a clear error, when the server lacks it. */
	capability?: Capability;
	run(context: CommandContext, args: CommandArgs): CommandResult;
};
