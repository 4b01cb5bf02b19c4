// The desk's courtesy settings from its configuration: what commands and automatic notices read, the guard, the canned files.
import {CannedFileError, readLibraryFiles, type CannedResponse} from '../canned/index.js';
import type {CommandConfig} from '../commands/index.js';
import {cannedFilesOf, guardConfigOf, noticesConfigOf, type DeskConfig} from '../config/index.js';
import type {GuardConfig} from '../courtesy/guard/index.js';
import {ANYTHING_ELSE_WINDOW_MS} from '../courtesy/notices/index.js';

export type CourtesySettings = {
	commands: CommandConfig;
	guard: GuardConfig;
	/** Bundled, team and personal responses, in merge order; the server's list joins them after login. */
	cannedFiles: CannedResponse[][];
};

/** Why the canned files cannot be used: every problem, each "file:line: what", on one line for the start-up error. */
export class CannedSetupError extends Error {
	override readonly name = 'CannedSetupError';
}

export function courtesySettings(config: DeskConfig, env: NodeJS.ProcessEnv = process.env): CourtesySettings {
	let cannedFiles: CannedResponse[][];
	try {
		cannedFiles = readLibraryFiles(cannedFilesOf(config, env));
	} catch (error) {
		if (!(error instanceof CannedFileError)) throw error;
		throw new CannedSetupError(`canned responses cannot be read: ${error.issues.length > 1 ? error.message.replaceAll('\n', '; ') : error.message}`);
	}
	return {commands: commandConfigOf(config), guard: guardConfigOf(config), cannedFiles};
}

/** What commands and automatic notices read, from the desk's configuration. */
export function commandConfigOf(config: DeskConfig): CommandConfig {
	return {
		notices: noticesConfigOf(config),
		agentLocale: config.deskLanguage,
		timeZone: config.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
		holdUpdateIntervalMs: config.holdUpdateSeconds * 1_000,
		holdWarnBeforeMs: config.holdWarnSeconds * 1_000,
		idleCheckInAfterMs: config.idleCheckInMinutes * 60_000,
		idleCloseOfferAfterMs: config.idleCloseOfferMinutes * 60_000,
		anythingElseWindowMs: ANYTHING_ELSE_WINDOW_MS,
	};
}

/**
 * The demo at --speed X: every courtesy timing divided by X, so a hold update or an idle check-in comes
 * when it would in the scenario's own time. The hold estimate is the server's minutes and is not scaled.
 */
export function scaledCommandConfig(config: CommandConfig, speed: number): CommandConfig {
	// 0 stays 0 (switched off); anything else keeps at least a second, the desk's tick.
	const scale = (ms: number | undefined) => (ms === undefined || ms <= 0 ? ms : Math.max(1_000, Math.round(ms / speed)));
	const scaled: CommandConfig = {...config};
	for (const key of ['holdUpdateIntervalMs', 'holdWarnBeforeMs', 'idleCheckInAfterMs', 'idleCloseOfferAfterMs', 'anythingElseWindowMs'] as const) {
		const value = scale(config[key]);
		if (value !== undefined) scaled[key] = value;
	}
	return scaled;
}
