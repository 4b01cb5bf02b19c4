// Which canned-response files the desk reads (E12): the team files in order, then the agent's own.
import {personalCannedPath} from '../canned/personal-file.js';
import type {DeskConfig} from './options.js';

/** In the shape loadCannedLibrary takes; personal-canned unset means the file beside config.json. */
export function cannedFilesOf(
	config: Pick<DeskConfig, 'cannedFiles' | 'personalCanned'>,
	env: NodeJS.ProcessEnv = process.env,
): {teamFiles: string[]; personalFile: string} {
	return {teamFiles: [...config.cannedFiles], personalFile: config.personalCanned ?? personalCannedPath(env)};
}
