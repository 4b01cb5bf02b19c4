// `canned add`: a response from command-line fields or a YAML snippet, checked like a file, appended to the personal file.
import {LANGUAGES} from '../courtesy/languages.js';
import {stringify} from 'yaml';
import {CannedFileError, type CannedIssue} from './file-issues.js';
import {parseCannedFile, parseCannedText} from './parse-file.js';
import {readCannedSource} from './read-file.js';
import type {CannedResponse} from './response.js';
import {addToCannedFile, type UpdateResult} from './update-file.js';

/** What was typed wrong, in one line that names the flag (`--text-nb: unknown placeholder {{nmae}}`). */
export class CannedInputError extends Error {
	override readonly name = 'CannedInputError';
}

export type AddFields = {
	id?: string;
	title?: string;
	shortcut?: string;
	category?: string;
	department?: string;
	tags?: readonly string[];
	/** Text per language, e.g. {en: "...", nb: "..."}. */
	text: Readonly<Record<string, string>>;
};

/** "text.nb" -> "--text-nb", "tags[1]" -> "--tag": the flag the agent has to fix. */
function flagFor(issue: CannedIssue): string {
	if (issue.path.startsWith('text'))
		return issue.path === 'text' ? '--text-LANG' : `--text-${issue.path.slice('text.'.length)}`;
	if (issue.path.startsWith('tags')) return '--tag';
	return issue.path ? `--${issue.path}` : 'the response';
}

/**
 * Builds a response from typed fields by writing them as YAML and reading that back, so flags are held to
 * exactly the rules of a file (placeholders included).
 */
export function responseFromFields(fields: AddFields): CannedResponse {
	if (Object.keys(fields.text).length === 0)
		throw new CannedInputError(
			`no text: give at least one of ${LANGUAGES.map(language => `--text-${language}`).join(', ')} or --text LANG=TEXT`,
		);
	const plain = Object.fromEntries(
		Object.entries({...fields, tags: fields.tags?.length ? [...fields.tags] : undefined}).filter(
			([, value]) => value !== undefined,
		),
	);
	const {responses, issues} = parseCannedText(
		stringify(plain),
		'flags',
		{kind: 'personal', name: 'flags'},
		{snippet: true},
	);
	if (issues.length > 0)
		throw new CannedInputError(issues.map(issue => `${flagFor(issue)}: ${issue.message}`).join('; '));
	return responses[0]!;
}

/** Reads a YAML snippet (one response, a list of them, or a whole file); throws a CannedFileError with lines. */
export function responsesFromSnippet(text: string, name: string): CannedResponse[] {
	const responses = parseCannedFile(text, name, {kind: 'personal', name}, {snippet: true});
	if (responses.length === 0)
		throw new CannedFileError([{file: name, line: 0, path: '', message: 'no responses in it'}]);
	return responses;
}

export function responsesFromSnippetFile(path: string): CannedResponse[] {
	return responsesFromSnippet(readCannedSource(path)!, path);
}

export function addCanned(file: string, responses: readonly CannedResponse[], replace = false): UpdateResult {
	return addToCannedFile(file, responses, {replace, kind: 'personal'});
}
