// How results are printed: one line per check, the reason indented under a failure or skip, and a closing count.
import type {CheckResult} from './check.js';
import type {ConformanceReport} from './runner.js';

export function formatResult(result: CheckResult): string {
	if (!result.ok) return `fail  ${result.name}\n      ${result.reason ?? 'failed'}`;
	if (result.skipped !== undefined)
		return `${result.incomplete ? 'unchecked' : 'skip'}  ${result.name}\n      ${result.skipped}`;
	return `pass  ${result.name}`;
}

export function formatSummary(report: ConformanceReport): string {
	if (report.stopped) return `stopped: ${report.stopped}`;
	const total = report.results.length;
	const skipped = report.skipped > 0 ? `, ${report.skipped} skipped` : '';
	const verdict = !report.ok
		? ''
		: report.incomplete > 0
			? ` (not fully checked: ${report.incomplete} check${report.incomplete === 1 ? '' : 's'} could not run here, so not shown compatible)`
			: ' (compatible with protocol v1)';
	return `${total} checks: ${report.passed} passed, ${report.failed} failed${skipped}${verdict}`;
}
