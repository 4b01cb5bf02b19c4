// Configuration in one import: the option table, the config file, and the flags > env > file > defaults merge.
export {configOptions, defaultConfig, findOption, type ConfigOption, type DeskConfig} from './options.js';
export {ConfigValueError, SECRET_MASK, formatOptionValue, parseOptionText} from './option-value.js';
export {ConfigFileError, openConfigFile, type ConfigFile} from './config-file.js';
export {resolveConfig, type ResolvedConfig} from './resolve-config.js';
export {loadConfig} from './load-config.js';
export {guardConfigOf, noticesConfigOf} from './courtesy-config.js';
export {cannedFilesOf} from './canned-files.js';
export {sectionInEffect, sectionPath, setInSection, unsetInSection, valueAt} from './section-edit.js';
