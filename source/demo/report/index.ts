// The demo's report card in one import: build it from the journals, print it, write it as JSON.
export {buildReportCard} from './build-report-card.js';
export {formatReportCard} from './format-report-card.js';
export {REPORT_VERSION, reportJson} from './report-json.js';
export {emptyDeskJournal, type DeskJournal} from './desk-journal.js';
export type {ReportCard} from './report-card.js';
