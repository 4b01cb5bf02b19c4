// The canned-response library in one import: format, sources and merging, department wording, search, preview, file management.
export type {CannedOrigin, CannedResponse, CannedSourceKind} from './response.js';
export {responseLanguages} from './response.js';
export {
	CANNED_PLACEHOLDERS,
	askedNames,
	checkTemplate,
	fillTemplate,
	markerFor,
	markerLabel,
	parseTemplate,
	type CannedPlaceholder,
	type FilledText,
	type MarkedValue,
	type ParsedTemplate,
	type PlaceholderProblem,
	type PlaceholderValues,
	type TemplatePart,
} from './placeholders.js';
export {CannedFileError, formatIssue, type CannedIssue} from './file-issues.js';
export {
	FORMAT_VERSION,
	parseCannedFile,
	parseCannedText,
	type ParsedCannedFile,
	type ParseOptions,
} from './parse-file.js';
export {bundledResponses} from './bundled.js';
export {mergeCannedSources} from './merge.js';
export {responsesForDepartment, type ChatDepartment} from './department.js';
export {chooseLanguage, type LanguageChoice} from './language.js';
export {chatValues, type ChatValues, type ChatValuesInput} from './chat-values.js';
export {previewCanned, type CannedPreview, type PreviewContext} from './preview.js';
export {searchCanned, type CannedMatch, type SearchOptions} from './search.js';
export {fromServerList, type ServerCanned} from './server-list.js';
export {personalCannedPath} from './personal-file.js';
export {readCannedFile} from './read-file.js';
export {assembleLibrary, type CannedLibrary} from './assemble-library.js';
export {loadCannedLibrary, readLibraryFiles, type LibraryFiles} from './load-library.js';
export {libraryToYaml, responseFields} from './serialize.js';
export {addToCannedFile, type UpdateResult} from './update-file.js';
export {formatCannedList, listCanned, type CannedRow} from './list-canned.js';
export {
	CannedInputError,
	addCanned,
	responseFromFields,
	responsesFromSnippet,
	responsesFromSnippetFile,
	type AddFields,
} from './add-canned.js';
export {describeUpdate, importCannedFile, type ImportResult} from './import-canned.js';
export {exportCanned} from './export-canned.js';
