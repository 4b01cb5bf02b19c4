// Problems found in a scenario file, each pointing at a file, a line and a path inside the file.
import {formatIssue} from '../../canned/file-issues.js';

export type ScenarioIssue = {
	/** The file as the user named it (so the message matches what they typed), or "(bundled)". */
	file: string;
	/** 1-based; 0 when the problem is the file as a whole (missing, unreadable). */
	line: number;
	/** Where in the structure, e.g. "customers[2].script[1].expect.timeout"; empty for the file itself. */
	path: string;
	message: string;
};

/** "morning.yaml:42: customers[1].arrive: ...": the same shape as canned-file errors, which editors link to. */
export function formatScenarioIssue(issue: ScenarioIssue): string {
	return formatIssue(issue);
}

/** Thrown when a scenario cannot be played; `issues` holds every problem found, not just the first. */
export class ScenarioError extends Error {
	override readonly name = 'ScenarioError';
	constructor(readonly issues: readonly ScenarioIssue[]) {
		super(issues.map(formatScenarioIssue).join('\n'));
	}
}
