// What a conformance check is, what it reports, and the error a check throws to fail with a one-line reason.
import type {ConformanceContext} from './context.js';

/** Thrown inside a check: the message is the one-line reason printed under "fail". */
export class CheckFailure extends Error {
	override readonly name = 'CheckFailure';
}

/** Thrown inside a check that does not apply to this server or setup (not a fault of the server): printed as "skip". */
export class CheckSkipped extends Error {
	override readonly name = 'CheckSkipped';
}

export type Check = {
	name: string;
	run: (context: ConformanceContext) => Promise<void>;
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
	/** Why it failed: what was expected, and what came. */
	reason?: string;
	ms: number;
};

/** Fails the running check unless the condition holds. */
export function expect(condition: unknown, reason: string | (() => string)): asserts condition {
	if (!condition) throw new CheckFailure(typeof reason === 'function' ? reason() : reason);
}
