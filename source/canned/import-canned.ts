// `canned import FILE`: checks a file and merges its responses into the personal (or a team) file, reporting duplicates.
import {bundledResponses} from './bundled.js';
import {readCannedFile} from './read-file.js';
import type {CannedSourceKind} from './response.js';
import {addToCannedFile, type UpdateResult} from './update-file.js';

export type ImportResult = UpdateResult & {
	/** Imported ids that replace a bundled response in the merged library (worth knowing, not a problem). */
	overridesBundled: string[];
};

/** Nothing is written when the imported file has any problem: it throws a CannedFileError with every line. */
export function importCannedFile(
	source: string,
	target: string,
	{replace = false, kind = 'personal' as CannedSourceKind} = {},
): ImportResult {
	const incoming = readCannedFile(source, 'team');
	const result = addToCannedFile(target, incoming, {replace, kind});
	const bundledIds = new Set(bundledResponses().map(response => response.id));
	const written = new Set([...result.added, ...result.replaced]);
	return {
		...result,
		overridesBundled: incoming
			.filter(response => written.has(response.id) && bundledIds.has(response.id))
			.map(response => response.id),
	};
}

/** The lines `canned import` prints: what was added, replaced, skipped and why. */
export function describeUpdate(result: UpdateResult & Partial<Pick<ImportResult, 'overridesBundled'>>): string[] {
	const lines: string[] = [];
	const list = (ids: readonly string[]) => ids.join(', ');
	if (result.added.length > 0) lines.push(`added ${result.added.length} to ${result.file}: ${list(result.added)}`);
	if (result.replaced.length > 0)
		lines.push(`replaced ${result.replaced.length} in ${result.file}: ${list(result.replaced)}`);
	if (result.duplicates.length > 0)
		lines.push(
			`skipped ${result.duplicates.length} already in ${result.file} (use --replace to overwrite): ${list(result.duplicates)}`,
		);
	for (const clash of result.clashes) lines.push(`skipped ${clash}`);
	if (result.overridesBundled?.length)
		lines.push(`these override bundled responses of the same id: ${list(result.overridesBundled)}`);
	if (lines.length === 0) lines.push(`nothing to change in ${result.file}`);
	return lines;
}
