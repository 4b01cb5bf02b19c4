// Where the agent's personal canned-response file lives: one function, so it can follow the config directory later.
import {homedir} from 'node:os';
import {isAbsolute, join} from 'node:path';

/**
 * `$XDG_CONFIG_HOME/switchboard/canned.yaml`, else `~/.config/switchboard/canned.yaml`: beside config.json,
 * where the config file (conf, without the "-nodejs" suffix) lives on Linux.
 * A relative XDG_CONFIG_HOME is ignored, as the XDG spec says.
 */
export function personalCannedPath(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
	const configHome =
		env.XDG_CONFIG_HOME && isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : join(home, '.config');
	return join(configHome, 'switchboard', 'canned.yaml');
}
