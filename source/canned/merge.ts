// Merges canned-response sources: bundled, team files, personal file, server list, later ones overriding earlier ones by id.
import type {CannedResponse} from './response.js';

/**
 * One list from many, in the order given (bundled, team..., personal, server). A response whose id was
 * seen before replaces the earlier one in its place, so an override keeps the position the agent knows.
 */
export function mergeCannedSources(sources: ReadonlyArray<readonly CannedResponse[]>): CannedResponse[] {
	const byId = new Map<string, CannedResponse>();
	for (const source of sources) for (const response of source) byId.set(response.id, response);
	return [...byId.values()];
}
