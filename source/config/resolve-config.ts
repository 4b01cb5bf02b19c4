// Merges the sources of configuration: flags > environment > config file > defaults, remembering where each value came from.
import {ConfigValueError, parseOptionText} from './option-value.js';
import {configOptions, defaultConfig, type ConfigProperty, type DeskConfig} from './options.js';

export type ConfigSource = 'flag' | 'environment' | 'file' | 'default';

export type ResolvedConfig = {
	config: DeskConfig;
	sources: Record<ConfigProperty, ConfigSource>;
};

export type ConfigInputs = {
	/** By option name; text as typed, or a boolean for switches (meow parses those). Absent: not given. */
	flags?: Partial<Record<string, string | boolean | undefined>>;
	env?: Partial<Record<string, string | undefined>>;
	/** What the config file holds (already checked against the schema). */
	file?: Record<string, unknown>;
};

export function resolveConfig({flags = {}, env = {}, file = {}}: ConfigInputs): ResolvedConfig {
	const config = defaultConfig() as Record<ConfigProperty, unknown>;
	const sources = {} as Record<ConfigProperty, ConfigSource>;
	for (const option of configOptions) {
		sources[option.property] = 'default';
		if (file[option.name] !== undefined) {
			config[option.property] = file[option.name];
			sources[option.property] = 'file';
		}
		const fromEnv = option.env === null ? undefined : env[option.env];
		// An empty variable counts as unset: `SWITCHBOARD_TOKEN= switchboard` is how people blank one out.
		if (fromEnv !== undefined && fromEnv !== '') {
			config[option.property] = parseOptionText(option, fromEnv, option.env!);
			sources[option.property] = 'environment';
		}
		const fromFlag = option.flag === null ? undefined : flags[option.name];
		if (fromFlag !== undefined) {
			config[option.property] = typeof fromFlag === 'boolean' ? fromFlag : parseOptionText(option, fromFlag, `--${option.flag}`);
			sources[option.property] = 'flag';
		}
	}
	const merged = config as DeskConfig;
	if (merged.responseAlarmSeconds <= merged.responseWarnSeconds) {
		throw new ConfigValueError(
			`response-alarm-seconds (${merged.responseAlarmSeconds}, from ${sources.responseAlarmSeconds}) must be above response-warn-seconds (${merged.responseWarnSeconds}, from ${sources.responseWarnSeconds})`,
		);
	}
	return {config: merged, sources};
}
