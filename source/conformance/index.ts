// The conformance checker: runs protocol v1 checks against any server over raw WebSockets.
export {runChecks, CHECK_GROUPS, type ConformanceReport} from './runner.js';
export {formatResult, formatSummary} from './report.js';
export {endpointUrls, type ConformanceOptions} from './context.js';
export type {Check, CheckGroup, CheckResult} from './check.js';
