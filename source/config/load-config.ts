// Reads the config file and merges it with the environment and the flags: what a command starts from.
import {openConfigFile, type ConfigFile} from './config-file.js';
import {resolveConfig, type ConfigInputs, type ResolvedConfig} from './resolve-config.js';

export type LoadConfigOptions = {
	flags?: ConfigInputs['flags'];
	env?: ConfigInputs['env'];
	/** Directory of the config file (tests); default: the XDG config path. */
	configDir?: string;
};

export function loadConfig({flags = {}, env = {}, configDir}: LoadConfigOptions = {}): ResolvedConfig & {
	file: ConfigFile;
} {
	const file = openConfigFile(configDir === undefined ? {} : {cwd: configDir});
	return {...resolveConfig({flags, env, file: file.read(), filePath: file.path}), file};
}
