// Problems found in a canned-response file, each pointing at a file, a line and a path inside the file.

export type CannedIssue = {
	/** The file as the agent named it (so the message matches what they typed). */
	file: string;
	/** 1-based; 0 when the problem is the file as a whole (unreadable, missing). */
	line: number;
	/** Where in the structure, e.g. "responses[2].text.nb"; empty for the file itself. */
	path: string;
	message: string;
};

/** "team.yaml:14: responses[2].text.nb: expected a string": the shape editors and terminals link to. */
export function formatIssue(issue: CannedIssue): string {
	const where = issue.line > 0 ? `${issue.file}:${issue.line}` : issue.file;
	return issue.path ? `${where}: ${issue.path}: ${issue.message}` : `${where}: ${issue.message}`;
}

/** Thrown when a file cannot be used; `issues` holds every problem found, not just the first. */
export class CannedFileError extends Error {
	override readonly name = 'CannedFileError';
	constructor(readonly issues: readonly CannedIssue[]) {
		super(issues.map(formatIssue).join('\n'));
	}
}
