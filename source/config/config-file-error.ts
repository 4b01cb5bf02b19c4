// The error of a config file that cannot be read or does not fit: apart from config-file.ts, so `serve` can report one
// without loading conf.

/** A config file that cannot be read or does not fit the schema; the message names the file and what is wrong. */
export class ConfigFileError extends Error {
	override readonly name = 'ConfigFileError';
}
