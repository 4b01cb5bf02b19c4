// Configuration in one import: the option table, the config file, and the flags > env > file > defaults merge.
export {
	configOptions,
	defaultConfig,
	findOption,
	type ConfigOption,
	type ConfigProperty,
	type DeskConfig,
	type OptionKind,
} from './options.js';
export {
	ConfigValueError,
	SECRET_MASK,
	checkServerUrl,
	formatOptionValue,
	parseKeyList,
	parseOptionText,
	type TextContext,
} from './option-value.js';
export {ConfigFileError, openConfigFile, type ConfigFile, type ConfigFileOptions} from './config-file.js';
export {resolveConfig, type ConfigInputs, type ConfigSource, type ResolvedConfig} from './resolve-config.js';
export {loadConfig, type LoadConfigOptions} from './load-config.js';
export {guardConfigOf, noticesConfigOf} from './courtesy-config.js';
export {cannedFilesOf} from './canned-files.js';
export type {GuardChecksOverrides} from './config-sections.js';
export {type PathBase} from './file-paths.js';
export {sectionInEffect, sectionPath, setInSection, unsetInSection, valueAt} from './section-edit.js';
export {outboxDirectory, stateDirectory} from './state-paths.js';
