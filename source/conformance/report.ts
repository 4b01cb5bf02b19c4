// How results are printed: one line per check, the reason indented under a failure or skip, and a closing count.
import type {CheckResult} from './check.js';
import type {ConformanceReport} from './runner.js';

export function formatResult(result: CheckResult): string {
	if (!result.ok) return `fail  ${result.name}\n      ${result.reason ?? 'failed'}`;
	if (result.skipped !== undefined) return `skip  ${result.name}\n      ${result.skipped}`;
	return `pass  ${result.name}`;
}

export function formatSummary(report: ConformanceReport): string {
	const total = report.results.length;
	const skipped = report.skipped > 0 ? `, ${report.skipped} skipped` : '';
	return `${total} checks: ${report.passed} passed, ${report.failed} failed${skipped}${report.ok ? ' (compatible with protocol v1)' : ''}`;
}
