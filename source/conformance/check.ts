// What a conformance check is, what it reports, and the error a check throws to fail with a one-line reason.
import type {ConformanceContext} from './context.js';

/** Thrown inside a check: the message is the one-line reason printed under "fail". */
export class CheckFailure extends Error {
	override readonly name = 'CheckFailure';
}

/**
 * Thrown inside a check that does not apply to this server or setup (not a fault of the server): printed as "skip".
 * `incomplete`: the check applies but could not be run here (a wait longer than allowed), so the server is not
 * fully checked and the run does not call it compatible.
 */
export class CheckSkipped extends Error {
	override readonly name = 'CheckSkipped';
	constructor(
		message: string,
		readonly incomplete = false,
	) {
		super(message);
	}
}

export type Check = {
	name: string;
	run: (context: ConformanceContext) => Promise<void>;
	/** A check that must wait out the server's own timings gets this long instead of the usual deadline. */
	deadlineMs?: (context: ConformanceContext) => number;
};

/** A group of checks; built when the run reaches it, so it can depend on what earlier checks learned (the hello's capabilities). */
export type CheckGroup = {
	title: string;
	checks: (context: ConformanceContext) => Check[];
};

export type CheckResult = {
	name: string;
	/** True when the check passed or was skipped. */
	ok: boolean;
	/** Set when the check did not apply; says why. */
	skipped?: string;
	/** Skipped although it applies (see CheckSkipped): the server is not fully checked. */
	incomplete?: true;
	/** Why it failed: what was expected, and what came. */
	reason?: string;
	ms: number;
};

/** Fails the running check unless the condition holds. */
export function expect(condition: unknown, reason: string | (() => string)): asserts condition {
	if (!condition) throw new CheckFailure(typeof reason === 'function' ? reason() : reason);
}
