// The demo's report card in one import: build it from the journals, print it, write it as JSON.
export {buildReportCard} from './build-report-card.js';
export {formatReportCard, type ReportFormatOptions} from './format-report-card.js';
export {REPORT_VERSION, reportJson, type ReportFile} from './report-json.js';
export {
	emptyDeskJournal,
	type DeskJournal,
	type JournalCannedInsert,
	type JournalFollowup,
	type JournalGuardReview,
	type JournalSend,
} from './desk-journal.js';
export type {
	ChatReport,
	ClosingReport,
	FirstResponse,
	FollowupReport,
	GuardCheckCounts,
	GuardRuleCounts,
	HoldReport,
	NoticeCounts,
	RatingReport,
	ReportCard,
	ReportInput,
	ReportThresholds,
	ReportTotals,
	ResponseFigures,
	RuleSummary,
	TransferReport,
} from './report-card.js';
export {RULE_TITLES, type SummarisedRule} from './rule-titles.js';
