// The guard's findings as lines for the panel under the composer: a summary, each finding with its suggestion, the keys.
import {summariseFindings, type Finding} from '../../../courtesy/guard/index.js';

export type GuardLine = {text: string; kind: 'summary' | 'finding' | 'keys'};

/** One finding: what was found, the rule, and the rewrite Tab would make. */
function findingLine(finding: Finding, arrow: string): string {
	const rewrite = finding.suggestion
		? ` ${arrow} ${finding.suggestion.scope === 'message' ? 'rewrite the message' : `"${finding.suggestion.replacement}"`}`
		: '';
	return `${finding.message} (${finding.rule})${rewrite}`;
}

/**
 * At most `maxRows` lines: the summary, as many findings as fit (the rest counted), and the keys line
 * last, because the agent needs the way out more than the fourth finding.
 */
export function guardLines(
	findings: readonly Finding[],
	maxRows: number,
	keys: {apply: string; send: string; edit: string},
	ascii: boolean,
	unfilled: readonly string[] = [],
): GuardLine[] {
	const arrow = ascii ? '->' : '→';
	const fixable = findings.some(finding => finding.suggestion !== undefined);
	const keyText = [
		fixable &&
			`${keys.apply} applies the suggestion${findings.filter(finding => finding.suggestion).length > 1 ? 's' : ''}`,
		`${keys.send} sends as it is`,
		`${keys.edit} edits`,
	]
		.filter(Boolean)
		.join(' · ');
	const notes = findings.length + (unfilled.length > 0 ? 1 : 0);
	const summary = findings.length > 1 ? summariseFindings(findings) : notes > 1 ? `${notes} notes` : 'one note';
	const lines: GuardLine[] = [{text: `guard: ${summary}`, kind: 'summary'}];
	// First, because it is never a matter of style: the customer would read "[order number]".
	if (unfilled.length > 0)
		lines.push({text: `${ascii ? '-' : '•'} still to fill in: ${unfilled.join(', ')} (E12)`, kind: 'finding'});
	const room = Math.max(0, maxRows - 2 - (unfilled.length > 0 ? 1 : 0));
	const shown = findings.length > room ? Math.max(0, room - 1) : findings.length;
	for (const finding of findings.slice(0, shown))
		lines.push({text: `${ascii ? '-' : '•'} ${findingLine(finding, arrow)}`, kind: 'finding'});
	if (shown < findings.length && room > 0) lines.push({text: `  and ${findings.length - shown} more`, kind: 'finding'});
	lines.push({text: keyText, kind: 'keys'});
	return lines.slice(0, Math.max(1, maxRows));
}
