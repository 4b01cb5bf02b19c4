// `canned export`: the merged library (bundled, team, personal) as one file in the documented format.
import type {CannedResponse} from './response.js';
import {libraryToYaml} from './serialize.js';

export function exportCanned(responses: readonly CannedResponse[]): string {
	const sources = [...new Set(responses.map(response => response.origin.name))].join(', ');
	return libraryToYaml(responses, `Exported by switchboard canned export.\nMerged from: ${sources || 'nothing'}`);
}
