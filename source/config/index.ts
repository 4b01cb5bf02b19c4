// Configuration in one import: the option table, the config file, and the flags > env > file > defaults merge.
export {configOptions, defaultConfig, findOption, type ConfigOption, type ConfigProperty, type DeskConfig} from './options.js';
export {ConfigValueError, SECRET_MASK, checkServerUrl, formatOptionValue, parseKeyList, parseOptionText} from './option-value.js';
export {ConfigFileError, openConfigFile, type ConfigFile, type ConfigFileOptions} from './config-file.js';
export {resolveConfig, type ConfigInputs, type ConfigSource, type ResolvedConfig} from './resolve-config.js';
export {loadConfig, type LoadConfigOptions} from './load-config.js';
