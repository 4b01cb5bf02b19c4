// Which PostgreSQL database a server command (serve, accounts, data) uses: --database > SWITCHBOARD_DATABASE > the
// config file's `database`, as every setting is chosen (docs/configuration.md).
import {ConfigFileError} from '../config/config-file-error.js';
import {databaseFromConfigFile} from '../config/server-config.js';
import {UsageError} from './usage-error.js';

/**
 * The URL, or undefined for SQLite. The config file is a standing default, so it is read only when the command line
 * names no store of its own (`otherStore`: --data or --memory given) and the environment names no database: a server
 * started with --data DIR is not turned to PostgreSQL by the file, nor stopped by a mistake in it.
 */
export function chosenDatabase(
	flag: string | undefined,
	otherStore: boolean,
	env: NodeJS.ProcessEnv = process.env,
): string | undefined {
	// The URL may hold a password: the environment and the file keep it out of the process list.
	const given = flag ?? (env.SWITCHBOARD_DATABASE || undefined);
	if (given !== undefined || otherStore) return given;
	try {
		return databaseFromConfigFile() ?? undefined;
	} catch (error) {
		if (error instanceof ConfigFileError) throw new UsageError(error.message);
		throw error;
	}
}
