// Reads a canned-response file from disk into responses, or a CannedFileError naming the file (and line).
import {readFileSync} from 'node:fs';
import {CannedFileError} from './file-issues.js';
import {parseCannedFile, type ParseOptions} from './parse-file.js';
import type {CannedResponse, CannedSourceKind} from './response.js';

export type ReadOptions = ParseOptions & {
	/** A file that does not exist yet reads as empty (the personal file before the first `canned add`). */
	missingOk?: boolean;
};

/** The file's text, or null when it does not exist and that is allowed. */
export function readCannedSource(path: string, missingOk = false): string | null {
	try {
		return readFileSync(path, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT' && missingOk) return null;
		const why =
			code === 'ENOENT'
				? 'no such file'
				: code === 'EISDIR'
					? 'is a directory'
					: code === 'EACCES'
						? 'permission denied'
						: (error as Error).message;
		throw new CannedFileError([{file: path, line: 0, path: '', message: `cannot read: ${why}`}]);
	}
}

export function readCannedFile(path: string, kind: CannedSourceKind, options: ReadOptions = {}): CannedResponse[] {
	const source = readCannedSource(path, options.missingOk);
	return source === null ? [] : parseCannedFile(source, path, {kind, name: path}, options);
}
