// Reads a scenario file from disk; a missing or unreadable file is one clear line, like any other scenario problem.
import {readFileSync} from 'node:fs';
import {parseScenario} from './parse-scenario.js';
import {ScenarioError} from './scenario-error.js';
import type {Scenario} from './scenario.js';

function readProblem(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT') return 'cannot read: no such file';
	if (code === 'EISDIR') return 'cannot read: is a directory, not a scenario file';
	if (code === 'EACCES' || code === 'EPERM') return 'cannot read: permission denied';
	return `cannot read: ${(error as Error).message}`;
}

/** The scenario at `path` (messages name the file as given); throws ScenarioError for every kind of problem. */
export function loadScenario(path: string): Scenario {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		throw new ScenarioError([{file: path, line: 0, path: '', message: readProblem(error)}]);
	}
	return parseScenario(text, path);
}
