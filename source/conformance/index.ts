// The conformance checker: runs protocol v1 checks against any server over raw WebSockets.
export {runChecks, PREFLIGHT_CHECK, type ConformanceReport} from './runner.js';
export {formatResult, formatSummary} from './report.js';
export {endpointUrls} from './context.js';
export type {CheckResult} from './check.js';
