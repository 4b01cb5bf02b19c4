// Reads the canned library's files for the desk after its first frame: the bundled responses, then each team file and the personal one.
import type {CannedResponse} from '../canned/response.js';

export type CannedSources = {
	/** In merge order: bundled, team files, personal. */
	sources: CannedResponse[][];
	/** One line per file that could not be used ("team.yaml:14: ..."); the other files still load. */
	problems: string[];
};

export type CannedFiles = {teamFiles: readonly string[]; personalFile: string | null};

/**
 * The YAML reader is imported here, on demand, so the desk's start does not wait for it. A broken file is
 * left out with its problems reported, instead of keeping the desk from opening: the agent can still work,
 * and sees what to fix.
 */
export async function loadCannedSources(files: CannedFiles): Promise<CannedSources> {
	const {bundledResponses, CannedFileError, readLibraryFiles} = await import('../canned/index.js');
	const sources: CannedResponse[][] = [[...bundledResponses()]];
	const problems: string[] = [];
	const read = (one: Parameters<typeof readLibraryFiles>[0]) => {
		try {
			sources.push(...readLibraryFiles({...one, bundled: false}));
		} catch (error) {
			if (!(error instanceof CannedFileError)) throw error;
			problems.push(error.message.replaceAll('\n', '; '));
		}
	};
	for (const path of files.teamFiles) read({teamFiles: [path]});
	if (files.personalFile) read({personalFile: files.personalFile});
	return {sources, problems};
}
