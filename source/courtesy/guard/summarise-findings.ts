// One line for the composer's status row: what the guard found, grouped by check.
import {checkIds, type CheckId, type Finding} from './finding.js';

/** Each check in a few words, as the composer's status row (and the demo's report card) says it. */
export const CHECK_LABELS: Readonly<Record<CheckId, string>> = {
	negativePhrase: 'negative wording',
	bareNo: 'bare "no"',
	nameSpelling: 'name spelling',
	shouting: 'ALL CAPS',
	repeatedPunctuation: 'repeated punctuation',
	longMessage: 'long message',
	jargon: 'jargon',
	emoji: 'emoji',
	blame: 'blame or excuse',
	language: 'another language',
	curtFragment: 'curt fragment',
};

/** "" for none; the finding's own message for one; otherwise "3 notes: negative wording ×2 (E6) · emoji (E4)". */
export function summariseFindings(findings: readonly Finding[]): string {
	if (findings.length === 0) return '';
	if (findings.length === 1) return findings[0]!.message;
	const counts = new Map<CheckId, number>();
	for (const finding of findings) counts.set(finding.check, (counts.get(finding.check) ?? 0) + 1);
	const parts = checkIds
		.filter(id => counts.has(id))
		.map(id => {
			const count = counts.get(id)!;
			const rule = findings.find(finding => finding.check === id)!.rule;
			return `${CHECK_LABELS[id]}${count > 1 ? ` ×${count}` : ''} (${rule})`;
		});
	const fixable = findings.filter(finding => finding.suggestion !== undefined).length;
	return `${findings.length} notes: ${parts.join(' · ')}${fixable > 0 ? ` · ${fixable} with a suggestion` : ''}`;
}
