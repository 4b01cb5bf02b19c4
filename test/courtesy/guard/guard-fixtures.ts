// Shared helpers for the guard tests: check a message with defaults, pick out findings, apply them.
import {
	applySuggestion,
	checkMessage,
	defaultGuardConfig,
	validateGuardConfig,
	type CheckId,
	type Finding,
	type GuardConfig,
	type GuardLocale,
} from '../../../source/courtesy/guard/index.js';

export type CheckOptions = {
	name?: string | null;
	seen?: readonly string[];
	config?: GuardConfig;
};

export function check(locale: GuardLocale | string, text: string, options: CheckOptions = {}): Finding[] {
	return checkMessage(text, {
		locale,
		customerName: options.name ?? null,
		customerEmojiSeen: new Set(options.seen ?? []),
		config: options.config ?? defaultGuardConfig,
	});
}

/** The findings of one check. */
export function only(check: CheckId, findings: readonly Finding[]): Finding[] {
	return findings.filter(finding => finding.check === check);
}

/** The text with the first finding of the check applied; throws when there is none or it has no suggestion. */
export function fixed(
	locale: GuardLocale | string,
	text: string,
	checkId: CheckId,
	options: CheckOptions = {},
): string {
	const finding = only(checkId, check(locale, text, options))[0];
	if (finding === undefined) throw new Error(`no ${checkId} finding in ${JSON.stringify(text)}`);
	if (finding.suggestion === undefined)
		throw new Error(`the ${checkId} finding in ${JSON.stringify(text)} has no suggestion`);
	return applySuggestion(text, finding);
}

/** A guard configuration written as the config file would, checked as the desk does; a test's typo throws. */
export function guardConfig(input: unknown): GuardConfig {
	const result = validateGuardConfig(input);
	if (!result.ok) throw new Error(result.errors.join('; '));
	return result.config;
}

/** Defaults with one check switched off. */
export function without(checkId: CheckId): GuardConfig {
	return guardConfig({checks: {[checkId]: false}});
}
