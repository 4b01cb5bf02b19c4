// The two structured sections of the config file, guard-checks and notices, checked by the courtesy engine's own validators.
import {validateGuardConfig, type GuardConfig} from '../courtesy/guard/guard-config.js';
import {validateNoticesConfig} from '../courtesy/notices/notices-config.js';

/**
 * `guard-checks` as the agent writes it: any subset of GuardConfig['checks'], each check either a switch
 * (`"emoji": false`) or some of its settings. What is left out keeps the guard's default.
 */
export type GuardChecksOverrides = {
	[Check in keyof GuardConfig['checks']]?: boolean | Partial<GuardConfig['checks'][Check]>;
};

/** The checked value to keep, or every problem, each starting with the option name ("notices.enabled.x: ..."). */
export type SectionResult = {ok: true; value: unknown} | {ok: false; errors: string[]};
export type SectionCheck = (value: unknown) => SectionResult;

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * validateGuardConfig knows `guard.checks.*`; the section is stored on its own as `guard-checks`, so its
 * paths are renamed to point at the key the agent actually wrote. The overrides are kept as written:
 * guardConfigOf() merges them over the defaults when the desk asks.
 */
export const checkGuardChecks: SectionCheck = value => {
	if (!isRecord(value))
		return {ok: false, errors: ['guard-checks: expected an object with one entry per check, such as {"emoji": false}']};
	const result = validateGuardConfig({checks: value}, 'guard');
	if (!result.ok)
		return {ok: false, errors: result.errors.map(error => error.replace(/^guard\.checks/, 'guard-checks'))};
	return {ok: true, value};
};

/** Kept in the validated form: a single wording written without its list becomes a list of one. */
export const checkNotices: SectionCheck = value => {
	const result = validateNoticesConfig(value, 'notices');
	return result.ok ? {ok: true, value: result.config} : {ok: false, errors: result.errors};
};
