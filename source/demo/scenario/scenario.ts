// A demo scenario as plain data: the simulated customers and colleagues, and what each of them does (docs/scenarios.md).
//
// This is the contract between the scenario parser (parse-scenario.ts), the player (../player/) and the
// autopilot: the YAML is read into these types once, with every error pointing at its line, and nothing
// downstream ever sees raw YAML.

/** Where a step or a customer was written, for the player's messages ("scenario.yaml:42: ..."). */
export type SourceLine = {line: number};

/** What a customer can wait for from the agent's side. */
export type AgentMove =
	/** Any public message from an agent (automatic notices included); `pattern` (case-insensitive) narrows it. */
	| {kind: 'reply'; pattern: RegExp | null}
	| {kind: 'hold'}
	| {kind: 'unhold'}
	/** The chat was transferred (the customer sees a new agent or department). */
	| {kind: 'transfer'}
	/** The agent asked for a rating (rating.requested). */
	| {kind: 'rating-request'}
	| {kind: 'end'};

/** One outcome of an `expect` step: the first one that happens wins and its steps run. */
export type ExpectCase = SourceLine & {move: AgentMove; then: readonly ScriptStep[]};

export type ScriptStep =
	/** Typed at a human pace: typing.set with the growing draft (the sneak peek), then message.send. */
	| (SourceLine & {do: 'say'; text: string; charsPerSecond: number | null})
	| (SourceLine & {do: 'wait'; ms: number})
	/**
	 * Wait until one of `cases` happens; after `timeoutMs` (null: no limit) run `onTimeout` instead. Only
	 * moves after the step begins count. After the case's `then` (or `onTimeout`) the script goes on with
	 * the step after this one, unless those steps left.
	 */
	| (SourceLine & {
			do: 'expect';
			cases: readonly ExpectCase[];
			timeoutMs: number | null;
			onTimeout: readonly ScriptStep[];
	  })
	/** Stop typing and say nothing more for `ms` (the idle customer the desk checks in on). */
	| (SourceLine & {do: 'quiet'; ms: number})
	/**
	 * Only after rating.requested has arrived; the player waits for it up to a minute. `unless`: the rating follows
	 * how the chat went; the first rule that holds gives the score and comment instead.
	 */
	| (SourceLine & {do: 'rate'; score: 1 | 2 | 3; comment: string | null; unless?: readonly RatingRule[]})
	/** Leaves the chat (the script ends here). */
	| (SourceLine & {do: 'leave'});

/**
 * A rating that follows how the chat went (E19, E22): `heard` holds when an agent message the customer received
 * matches it ("I don't know"), `notHeard` when none did ("anything else?": closed without asking).
 */
export type RatingRule = {
	heard: RegExp | null;
	notHeard: RegExp | null;
	score: 1 | 2 | 3;
	comment: string | null;
};

export type ScenarioCustomer = SourceLine & {
	/** Unique within the scenario, for messages and the report ("mia"). */
	key: string;
	/** Null: joins without a name, so the desk has to ask for it (E3). */
	name: string | null;
	email: string | null;
	/** BCP 47 tag: en, nb, sv, fi, hu, zh, ... */
	locale: string;
	/** A department id from `departments`, or null for the general queue. */
	department: string | null;
	page: string | null;
	/** Milliseconds after the demo starts. */
	arriveAtMs: number;
	script: readonly ScriptStep[];
};

/** What a simulated colleague does with a chat transferred to them. */
export type ColleagueBehaviour = 'accept' | 'decline' | 'ignore';

export type ScenarioColleague = SourceLine & {
	id: string;
	name: string;
	/** Department ids this colleague works in. */
	departments: readonly string[];
	onTransfer: ColleagueBehaviour;
	/** How long they take to answer an offer. */
	answerAfterMs: number;
	/** After accepting, what they say to the customer (in the customer's language if given per locale), null: nothing. */
	greeting: Readonly<Record<string, string>> | null;
	/** Online from the start (default) or away. */
	presence: 'online' | 'away';
};

export type ScenarioDepartment = SourceLine & {id: string; name: string};

/** One agent-side action of the autopilot, run through the desk exactly as the agent would type it. */
export type AutopilotStep =
	| (SourceLine & {do: 'accept'})
	/**
	 * A composer line: a message, or a slash command ("/hold 2 checking the order", "/c password"). It is
	 * `text`, not `line`: SourceLine's `line` is the file line, and one name for both would type as never.
	 * After a /c (/canned) line the autopilot sends what the command put in the composer, with each
	 * `[marker]` left to fill in replaced by `fill[name]` (names as in the canned text: reset_link, ...).
	 */
	| (SourceLine & {do: 'type'; text: string; fill?: Readonly<Record<string, string>>})
	/** Presses Enter on what the desk itself put in the composer (the e-mail request after a failed transfer, E11). */
	| (SourceLine & {do: 'send'})
	/** Waits before the next step (scaled by --speed like every delay). */
	| (SourceLine & {do: 'wait'; ms: number})
	/**
	 * Waits for the customer's next message (optionally matching, case-insensitive), up to `timeoutMs`:
	 * the first after the one the previous await-customer of this chat returned at (since the chat began,
	 * for the first), passing over messages that do not match. Then the next step runs, timed out or not.
	 */
	| (SourceLine & {do: 'await-customer'; pattern: RegExp | null; timeoutMs: number});

export type Scenario = {
	/** The file it came from, or "(bundled)". */
	source: string;
	title: string;
	/** The demo agent (the desk's side). */
	agent: {name: string; company: string | null; departments: readonly string[]; capacity: number};
	departments: readonly ScenarioDepartment[];
	colleagues: readonly ScenarioColleague[];
	customers: readonly ScenarioCustomer[];
	/** Per customer key, the autopilot's steps for that chat; customers without one get the built-in autopilot. */
	autopilot: Readonly<Record<string, readonly AutopilotStep[]>>;
};
