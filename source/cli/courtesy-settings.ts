// The desk's courtesy settings from its configuration: what commands and automatic notices read, the guard, the canned files.
import type {CommandConfig} from '../commands/index.js';
import {cannedFilesOf, guardConfigOf, noticesConfigOf, type DeskConfig} from '../config/index.js';
import type {GuardConfig} from '../courtesy/guard/index.js';
import {ANYTHING_ELSE_WINDOW_MS} from '../courtesy/notices/index.js';
import {loadCannedSources, type CannedSources} from './canned-loader.js';

export type CourtesySettings = {
	commands: CommandConfig;
	guard: GuardConfig;
	/** The canned library's file sources (bundled, team, personal), read after the first frame; the server's list joins them after login. */
	loadCanned(): Promise<CannedSources>;
};

export function courtesySettings(config: DeskConfig, env: NodeJS.ProcessEnv = process.env): CourtesySettings {
	const files = cannedFilesOf(config, env);
	return {commands: commandConfigOf(config), guard: guardConfigOf(config), loadCanned: () => loadCannedSources(files)};
}

/** What commands and automatic notices read, from the desk's configuration. */
export function commandConfigOf(config: DeskConfig): CommandConfig {
	let systemZone: string | undefined;
	return {
		notices: noticesConfigOf(config),
		agentLocale: config.deskLanguage,
		// Asked for when first read (a follow-up's due time): finding the system's zone loads ICU's time zone data,
		// some 40 ms the desk's first frame does not need.
		get timeZone() {
			return config.timeZone ?? (systemZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);
		},
		holdUpdateIntervalMs: config.holdUpdateSeconds * 1_000,
		holdUpdateLimit: config.holdUpdateLimit,
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
	const scale = (ms: number | undefined) =>
		ms === undefined || ms <= 0 ? ms : Math.max(1_000, Math.round(ms / speed));
	const scaled: CommandConfig = {...config};
	for (const key of [
		'holdUpdateIntervalMs',
		'holdWarnBeforeMs',
		'idleCheckInAfterMs',
		'idleCloseOfferAfterMs',
		'anythingElseWindowMs',
	] as const) {
		const value = scale(config[key]);
		if (value !== undefined) scaled[key] = value;
	}
	return scaled;
}
