// Rules between options, checked once every source is merged: a later stage must come after an earlier one.
import {isNoticeEnabled} from '../courtesy/notices/notices-config.js';
import {ConfigValueError} from './option-value.js';
import type {ConfigProperty, DeskConfig} from './options.js';
import type {ConfigSource} from './resolve-config.js';

type Stage = {property: ConfigProperty & keyof DeskConfig; name: string};

function mustFollow(
	config: DeskConfig,
	sources: Record<ConfigProperty, ConfigSource>,
	earlier: Stage,
	later: Stage,
): void {
	const first = config[earlier.property] as number;
	const second = config[later.property] as number;
	if (second > first) return;
	throw new ConfigValueError(
		`${later.name} (${second}, from ${sources[later.property]}) must be above ${earlier.name} (${first}, from ${sources[earlier.property]})`,
	);
}

export function checkAcrossOptions(config: DeskConfig, sources: Record<ConfigProperty, ConfigSource>): void {
	// E1: "late" after "waiting", or the warning never shows.
	mustFollow(
		config,
		sources,
		{property: 'responseWarnSeconds', name: 'response-warn-seconds'},
		{property: 'responseAlarmSeconds', name: 'response-alarm-seconds'},
	);
	// The offer to close comes after the check-in; with either notice off the two times do not meet.
	if (isNoticeEnabled('idle-check-in', config.notices) && isNoticeEnabled('idle-close-offer', config.notices)) {
		mustFollow(
			config,
			sources,
			{property: 'idleCheckInMinutes', name: 'idle-check-in-minutes'},
			{property: 'idleCloseOfferMinutes', name: 'idle-close-offer-minutes'},
		);
	}
}
