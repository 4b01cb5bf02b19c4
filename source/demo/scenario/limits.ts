// The limits that keep a demo sane: a scenario is a few minutes of a working day, not a load test.
import {LIMITS} from '../../protocol/version.js';

export const SCENARIO_LIMITS = {
	customers: 50,
	colleagues: 20,
	departments: 20,
	/** Steps in one customer's script, nested ones (expect cases, on_timeout) included. */
	scriptSteps: 200,
	/** Steps in one customer's autopilot list. */
	autopilotSteps: 200,
	/** How deep expects may nest inside each other; deeper than this is a program, not a conversation. */
	expectDepth: 6,
	/** The longest any single delay (arrival, wait, quiet, timeout) may be. */
	maxDurationMs: 60 * 60_000,
	/** Message text and composer lines: what the protocol carries. */
	maxTextChars: LIMITS.maxTextChars,
	/** Names, titles, company: as the protocol's entities. */
	maxNameChars: 200,
	maxEmailChars: 320,
	maxPageChars: 2_000,
	maxIdChars: LIMITS.maxIdChars,
	maxPatternChars: 500,
	capacity: 50,
	/** Typing speed of a simulated customer, in characters per second. */
	charsPerSecond: {min: 1, max: 100},
} as const;

/** When a colleague answers a transfer offer, if the scenario does not say. */
export const DEFAULT_ANSWER_AFTER_MS = 5_000;
/** The autopilot's wait for a customer message, if the scenario does not say. */
export const DEFAULT_AWAIT_TIMEOUT_MS = 2 * 60_000;
/** The demo agent's capacity, if the scenario does not say. */
export const DEFAULT_CAPACITY = 6;
