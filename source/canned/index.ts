// The canned-response library in one import: format, sources and merging, department wording, search, preview, file management.
export type {CannedResponse} from './response.js';
export {markerFor, type MarkedValue} from './placeholders.js';
export {CannedFileError} from './file-issues.js';
export {bundledResponses} from './bundled.js';
export {responsesForDepartment} from './department.js';
export {chooseLanguage} from './language.js';
export {type CannedPreview} from './preview.js';
export {searchCanned, type CannedMatch} from './search.js';
export {loadCannedLibrary, readLibraryFiles} from './load-library.js';
export {formatCannedList, listCanned} from './list-canned.js';
export {
	CannedInputError,
	addCanned,
	responseFromFields,
	responsesFromSnippet,
	responsesFromSnippetFile,
} from './add-canned.js';
export {describeUpdate, importCannedFile} from './import-canned.js';
export {exportCanned} from './export-canned.js';
