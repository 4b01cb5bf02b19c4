// The bundled library (E12): bundled-library.yaml beside this module, parsed once on first use.
import {readFileSync} from 'node:fs';
import {parseCannedFile} from './parse-file.js';
import type {CannedResponse} from './response.js';

const BUNDLED_FILE_NAME = 'bundled';

// Beside this module in source/ (tests) and beside the bundle in dist/ (scripts/build.ts copies it there).
const BUNDLED_LIBRARY_FILE = new URL('./bundled-library.yaml', import.meta.url);

/** The bundled library's YAML text, comments included. */
export function bundledLibraryText(): string {
	return readFileSync(BUNDLED_LIBRARY_FILE, 'utf8');
}

let parsed: readonly CannedResponse[] | null = null;

/** The responses every agent has, before team, personal and server ones (tests keep the YAML valid). */
export function bundledResponses(): readonly CannedResponse[] {
	parsed ??= parseCannedFile(bundledLibraryText(), BUNDLED_FILE_NAME, {kind: 'bundled', name: BUNDLED_FILE_NAME});
	return parsed;
}
