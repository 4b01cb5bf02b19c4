// The bundled library, parsed once on first use.
import {BUNDLED_FILE_NAME, bundledLibraryYaml} from './bundled-library.js';
import {parseCannedFile} from './parse-file.js';
import type {CannedResponse} from './response.js';

let parsed: readonly CannedResponse[] | null = null;

/** The responses every agent has, before team, personal and server ones (tests keep the YAML valid). */
export function bundledResponses(): readonly CannedResponse[] {
	parsed ??= parseCannedFile(bundledLibraryYaml, BUNDLED_FILE_NAME, {kind: 'bundled', name: BUNDLED_FILE_NAME});
	return parsed;
}
