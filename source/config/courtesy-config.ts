// What the courtesy engine needs from the desk's configuration: the full guard configuration and the notices section.
import {GuardConfigError, validateGuardConfig, type GuardConfig} from '../courtesy/guard/guard-config.js';
import {validateNoticesConfig, type NoticesConfig} from '../courtesy/notices/notices-config.js';
import type {DeskConfig} from './options.js';

/**
 * E3-E6: defaultGuardConfig with the guard-checks overrides merged in, per setting, and `enabled` from the
 * `guard` switch (--no-guard). A config from resolveConfig has been checked already; one built by hand that
 * does not fit throws a GuardConfigError listing every problem.
 */
export function guardConfigOf(config: Pick<DeskConfig, 'guard' | 'guardChecks'>): GuardConfig {
	const result = validateGuardConfig({enabled: config.guard, checks: config.guardChecks}, 'guard');
	if (!result.ok)
		throw new GuardConfigError(result.errors.map(error => error.replace(/^guard\.checks/, 'guard-checks')));
	return result.config;
}

/** The notices section, checked (a fresh copy the desk may keep); kinds and wordings left out keep their defaults. */
export function noticesConfigOf(config: Pick<DeskConfig, 'notices'>): NoticesConfig {
	const result = validateNoticesConfig(config.notices, 'notices');
	if (!result.ok) throw new Error(`invalid notices configuration: ${result.errors.join('; ')}`);
	return result.config;
}
