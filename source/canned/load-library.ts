// Loads the whole library for the desk or the CLI: bundled, team files, the personal file, then the server's list.
import type {CannedResponse as WireCannedResponse} from '../protocol/model.js';
import {assembleLibrary, type CannedLibrary} from './assemble-library.js';
import {bundledResponses} from './bundled.js';
import {CannedFileError, type CannedIssue} from './file-issues.js';
import {readCannedFile} from './read-file.js';
import type {CannedResponse} from './response.js';

export type LibraryFiles = {
	/** Team files, from config or `--canned`, in the order given (later ones override earlier ones). */
	teamFiles?: readonly string[];
	/** The agent's own file (personalCannedPath() unless told otherwise); it may not exist yet. Null: none. */
	personalFile?: string | null;
	/** False leaves the bundled responses out (e.g. `canned export --no-bundled`). */
	bundled?: boolean;
};

/**
 * The file sources in merge order. Every broken file is reported at once: one CannedFileError with all
 * issues, so an agent fixing a team file does not have to run the command once per mistake.
 */
export function readLibraryFiles({
	teamFiles = [],
	personalFile = null,
	bundled = true,
}: LibraryFiles): CannedResponse[][] {
	const sources: CannedResponse[][] = bundled ? [[...bundledResponses()]] : [];
	const issues: CannedIssue[] = [];
	const read = (path: string, kind: 'team' | 'personal') => {
		try {
			sources.push(readCannedFile(path, kind, {missingOk: kind === 'personal'}));
		} catch (error) {
			if (!(error instanceof CannedFileError)) throw error;
			issues.push(...error.issues);
		}
	};
	for (const path of teamFiles) read(path, 'team');
	if (personalFile) read(personalFile, 'personal');
	if (issues.length > 0) throw new CannedFileError(issues);
	return sources;
}

export function loadCannedLibrary(
	files: LibraryFiles,
	serverList: readonly WireCannedResponse[] | null = null,
): CannedLibrary {
	return assembleLibrary(readLibraryFiles(files), serverList);
}
