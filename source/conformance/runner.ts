// Runs every check group in order against one server, charges invalid frames to the running check, and always cleans up.
import {CheckFailure, CheckSkipped, type Check, type CheckGroup, type CheckResult} from './check.js';
import {CLIENT_NAME, ConformanceContext, type ConformanceOptions} from './context.js';
import {oneLine} from './describe.js';
import {handshakeChecks} from './checks-handshake.js';
import {badFrameChecks} from './checks-bad-frames.js';
import {chatChecks} from './checks-chat.js';
import {sessionChecks} from './checks-sessions.js';
import {capabilityChecks} from './checks-capabilities.js';
import {lifecycleChecks} from './checks-lifecycle.js';
import {streamChecks} from './checks-stream.js';
import {customerViewChecks} from './checks-customer-view.js';
import {strictSessionChecks} from './checks-strict-sessions.js';
import {strictRoutingChecks} from './checks-strict-routing.js';
import {colleagueChecks} from './checks-colleagues.js';

export const CHECK_GROUPS: readonly CheckGroup[] = [
	handshakeChecks,
	badFrameChecks,
	chatChecks,
	sessionChecks,
	capabilityChecks,
	customerViewChecks,
	strictSessionChecks,
	strictRoutingChecks,
	colleagueChecks,
	lifecycleChecks,
	streamChecks,
];

export type ConformanceReport = {
	results: CheckResult[];
	passed: number;
	failed: number;
	skipped: number;
	/** Nothing failed. */
	ok: boolean;
	/** Checks that apply but could not run here: while above 0 the server is not shown compatible. */
	incomplete: number;
	/** The run stopped before the checks: the server cannot be reached, or refused the token. One line. */
	stopped?: string;
};

/** The one result of a run that stopped before the checks (unreachable server, refused token). */
export const PREFLIGHT_CHECK = 'server reachable and the token accepted';

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
	let incomplete = false;
	try {
		await withDeadline(check.run(context), check.deadlineMs?.(context) ?? checkDeadline(context.timeoutMs));
	} catch (error) {
		if (error instanceof CheckSkipped) {
			skipped = oneLine(error.message);
			incomplete = error.incomplete;
		} else reason = reasonOf(error);
	}
	const fresh = context.violations.slice(charged.count);
	charged.count = context.violations.length;
	if (reason === undefined && fresh.length > 0) {
		reason = oneLine(`invalid frame: ${fresh[0]!.reason}${fresh.length > 1 ? ` (and ${fresh.length - 1} more)` : ''}`);
	}
	const ms = Date.now() - started;
	if (reason !== undefined) return {name: check.name, ok: false, reason, ms};
	if (skipped === undefined) return {name: check.name, ok: true, ms};
	return incomplete
		? {name: check.name, ok: true, skipped, incomplete: true, ms}
		: {name: check.name, ok: true, skipped, ms};
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
	let budget = runBudget(options.timeoutMs);
	const stopped = await preflight(context);
	if (stopped) {
		await context.closeAll();
		const result = {
			name: 'server reachable and the token accepted',
			ok: false,
			reason: stopped,
			ms: Date.now() - started,
		};
		onResult?.(result);
		return {results: [result], passed: 0, failed: 1, skipped: 0, ok: false, incomplete: 0, stopped};
	}
	try {
		for (const group of CHECK_GROUPS) {
			let checks: Check[];
			try {
				checks = group.checks(context);
			} catch (error) {
				checks = [{name: group.title, run: () => Promise.reject(error)}];
			}
			for (const check of checks) {
				// A check that waits out the server's timings does not eat the budget of the checks after it.
				if (check.deadlineMs) budget += Math.max(0, check.deadlineMs(context) - checkDeadline(options.timeoutMs));
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
	const incomplete = results.filter(result => result.incomplete).length;
	return {results, passed: results.length - failed - skipped, failed, skipped, ok: failed === 0, incomplete};
}

/**
 * Before the checks: a server nobody can reach, or one that refuses the token, would fail every check for the same
 * reason. The run stops with that one reason instead. Anything else (silence, a bad hello) is left to the checks.
 */
async function preflight(context: ConformanceContext): Promise<string | null> {
	let probe;
	try {
		probe = await context.openProbe('agent', 'agent (first contact)');
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return /upgrade .* refused with HTTP/.test(message) ? null : `the server cannot be reached: ${oneLine(message)}`;
	}
	try {
		await context.waitHello(probe);
		const received = await probe.request('auth', {
			token: context.token,
			client: {name: CLIENT_NAME, version: context.clientVersion},
		});
		const res = received.frame;
		if (!res.ok && res.error.code === 'bad_token') return 'the server refused the token (bad_token): check --token';
		return null;
	} catch {
		return null;
	} finally {
		await probe.close();
		// The first contact's frames are not the checks' business.
		context.violations.splice(0);
	}
}
