// Runs every check group in order against one server, charges invalid frames to the running check, and always cleans up.
import {CheckFailure, CheckSkipped, type Check, type CheckGroup, type CheckResult} from './check.js';
import {ConformanceContext, type ConformanceOptions} from './context.js';
import {oneLine} from './describe.js';
import {handshakeChecks} from './checks-handshake.js';
import {badFrameChecks} from './checks-bad-frames.js';
import {chatChecks} from './checks-chat.js';
import {sessionChecks} from './checks-sessions.js';
import {capabilityChecks} from './checks-capabilities.js';
import {lifecycleChecks} from './checks-lifecycle.js';
import {streamChecks} from './checks-stream.js';

export const CHECK_GROUPS: readonly CheckGroup[] = [
	handshakeChecks,
	badFrameChecks,
	chatChecks,
	sessionChecks,
	capabilityChecks,
	lifecycleChecks,
	streamChecks,
];

export type ConformanceReport = {
	results: CheckResult[];
	passed: number;
	failed: number;
	skipped: number;
	ok: boolean;
};

/** A check may make several waits; past this it is given up, so the run always ends. */
function checkDeadline(timeoutMs: number): number {
	return timeoutMs * 3 + 2_000;
}

/** The whole run stops starting checks after this, so even a server that accepts and then never answers ends the run. */
export function runBudget(timeoutMs: number): number {
	return Math.max(120_000, timeoutMs * 30);
}

function reasonOf(error: unknown): string {
	if (error instanceof CheckFailure) return oneLine(error.message);
	// Anything else is a fault of the checker itself, not of the server; say so.
	return `checker error: ${oneLine(error instanceof Error ? error.message : String(error))}`;
}

async function withDeadline(work: Promise<void>, ms: number): Promise<void> {
	let timer: NodeJS.Timeout | undefined;
	const deadline = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new CheckFailure(`the check did not finish within ${ms} ms`)), ms);
	});
	// A check given up may still fail later; that must not surface as an unhandled rejection.
	work.catch(() => undefined);
	try {
		await Promise.race([work, deadline]);
	} finally {
		clearTimeout(timer);
	}
}

async function runCheck(context: ConformanceContext, check: Check, charged: {count: number}): Promise<CheckResult> {
	const started = Date.now();
	let reason: string | undefined;
	let skipped: string | undefined;
	try {
		await withDeadline(check.run(context), checkDeadline(context.timeoutMs));
	} catch (error) {
		if (error instanceof CheckSkipped) skipped = oneLine(error.message);
		else reason = reasonOf(error);
	}
	const fresh = context.violations.slice(charged.count);
	charged.count = context.violations.length;
	if (reason === undefined && fresh.length > 0) {
		reason = oneLine(`invalid frame: ${fresh[0]!.reason}${fresh.length > 1 ? ` (and ${fresh.length - 1} more)` : ''}`);
	}
	const ms = Date.now() - started;
	if (reason !== undefined) return {name: check.name, ok: false, reason, ms};
	return skipped === undefined ? {name: check.name, ok: true, ms} : {name: check.name, ok: true, skipped, ms};
}

/** Runs all checks against the server at options.url; onResult hears of each result as soon as it is known. */
export async function runChecks(
	options: ConformanceOptions,
	onResult?: (result: CheckResult) => void,
): Promise<ConformanceReport> {
	const context = new ConformanceContext(options);
	const results: CheckResult[] = [];
	const charged = {count: 0};
	const started = Date.now();
	const budget = runBudget(options.timeoutMs);
	try {
		for (const group of CHECK_GROUPS) {
			let checks: Check[];
			try {
				checks = group.checks(context);
			} catch (error) {
				checks = [{name: group.title, run: () => Promise.reject(error)}];
			}
			for (const check of checks) {
				const result =
					Date.now() - started > budget
						? {name: check.name, ok: false, reason: `not run: the run's time budget of ${budget} ms is spent`, ms: 0}
						: await runCheck(context, check, charged);
				results.push(result);
				onResult?.(result);
			}
		}
	} finally {
		await context.closeAll();
	}
	const failed = results.filter(result => !result.ok).length;
	const skipped = results.filter(result => result.skipped !== undefined).length;
	return {results, passed: results.length - failed - skipped, failed, skipped, ok: failed === 0};
}
