// Merges file sources with the server's canned.list: no file reading here, so the desk can merge without loading the YAML reader.
import type {CannedResponse as WireCannedResponse} from '../protocol/model.js';
import {mergeCannedSources} from './merge.js';
import type {CannedResponse} from './response.js';
import {fromServerList} from './server-list.js';

export type CannedLibrary = {
	responses: CannedResponse[];
	/** Server responses left out, one line each (see fromServerList). */
	problems: string[];
};

/** The merged library; pass the server's canned.list only when the server has the `canned` capability. */
export function assembleLibrary(
	fileSources: ReadonlyArray<readonly CannedResponse[]>,
	serverList: readonly WireCannedResponse[] | null = null,
): CannedLibrary {
	if (serverList === null) return {responses: mergeCannedSources(fileSources), problems: []};
	const server = fromServerList(serverList);
	return {responses: mergeCannedSources([...fileSources, server.responses]), problems: server.problems};
}
