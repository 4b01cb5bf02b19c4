// The guard's findings as lines for the panel under the composer: a summary, each finding with its suggestion, the keys.
import {summariseFindings, type Finding} from '../../../courtesy/guard/index.js';

export type GuardLine = {text: string; kind: 'summary' | 'finding' | 'keys'};

/** One finding: what was found, the rule, and the rewrite Tab would make. */
function findingLine(finding: Finding, arrow: string): string {
	const rewrite = finding.suggestion ? ` ${arrow} ${finding.suggestion.scope === 'message' ? 'rewrite the message' : `"${finding.suggestion.replacement}"`}` : '';
	return `${finding.message} (${finding.rule})${rewrite}`;
}

/**
 * At most `maxRows` lines: the summary, as many findings as fit (the rest counted), and the keys line
 * last, because the agent needs the way out more than the fourth finding.
 */
export function guardLines(findings: readonly Finding[], maxRows: number, keys: {apply: string; send: string; edit: string}, ascii: boolean): GuardLine[] {
	const arrow = ascii ? '->' : '→';
	const fixable = findings.some(finding => finding.suggestion !== undefined);
	const keyText = [fixable && `${keys.apply} applies the suggestion${findings.filter(finding => finding.suggestion).length > 1 ? 's' : ''}`, `${keys.send} sends as it is`, `${keys.edit} edits`]
		.filter(Boolean)
		.join(' · ');
	const lines: GuardLine[] = [{text: `guard: ${findings.length > 1 ? summariseFindings(findings) : 'one note'}`, kind: 'summary'}];
	const room = Math.max(0, maxRows - 2);
	const shown = findings.length > room ? Math.max(0, room - 1) : findings.length;
	for (const finding of findings.slice(0, shown)) lines.push({text: `${ascii ? '-' : '•'} ${findingLine(finding, arrow)}`, kind: 'finding'});
	if (shown < findings.length && room > 0) lines.push({text: `  and ${findings.length - shown} more`, kind: 'finding'});
	lines.push({text: keyText, kind: 'keys'});
	return lines.slice(0, Math.max(1, maxRows));
}
