// Small canned responses for tests, built with defaults so each test states only what it is about.
import type {CannedResponse, CannedSourceKind} from '../../source/canned/response.js';

export function response(
	id: string,
	fields: Partial<Omit<CannedResponse, 'origin'>> & {kind?: CannedSourceKind} = {},
): CannedResponse {
	const {kind = 'team', ...rest} = fields;
	return {
		id,
		title: id,
		shortcut: null,
		category: null,
		tags: [],
		department: null,
		text: {en: `text of ${id}`},
		...rest,
		origin: {kind, name: kind === 'team' || kind === 'personal' ? `${kind}.yaml` : kind},
	};
}
