// `canned list`: the library as a table (id, shortcut, languages, source, title), optionally filtered by a search.
import stringWidth from 'string-width';
import {responseLanguages, type CannedResponse} from './response.js';
import {searchCanned} from './search.js';

export type CannedRow = {id: string; shortcut: string; languages: string; source: string; title: string};

export function listCanned(
	responses: readonly CannedResponse[],
	query = '',
	locale: string | null = null,
): CannedRow[] {
	return searchCanned(responses, query, {locale}).map(({response}) => ({
		id: response.id,
		shortcut: response.shortcut ?? '-',
		languages: responseLanguages(response).join(','),
		source: response.origin.kind,
		title: response.department === null ? response.title : `${response.title} (department: ${response.department})`,
	}));
}

const HEADINGS: CannedRow = {id: 'ID', shortcut: 'SHORTCUT', languages: 'LANGUAGES', source: 'SOURCE', title: 'TITLE'};

/** Columns padded by display width, so a CJK shortcut or title does not push the others out of line. */
export function formatCannedList(rows: readonly CannedRow[]): string {
	if (rows.length === 0) return 'no canned responses match\n';
	const columns = ['id', 'shortcut', 'languages', 'source'] as const;
	const all = [HEADINGS, ...rows];
	const widths = columns.map(column => Math.max(...all.map(row => stringWidth(row[column]))));
	const pad = (text: string, width: number) => text + ' '.repeat(width - stringWidth(text));
	return (
		all
			.map(row => [...columns.map((column, index) => pad(row[column], widths[index]!)), row.title].join('  '))
			.join('\n') + '\n'
	);
}
