// Applying a finding's suggested rewrite to the composer text (Tab in the desk).
import type {Finding} from './finding.js';

/**
 * The text with the finding's suggestion in place. The text is returned unchanged when the finding has no
 * suggestion, or when the text no longer holds what the finding saw at its span (it was edited since).
 */
export function applySuggestion(text: string, finding: Finding): string {
	const {suggestion, span} = finding;
	if (suggestion === undefined) return text;
	if (suggestion.scope === 'message') return suggestion.replacement;
	if (text.slice(span.start, span.end) !== finding.excerpt) return text;
	return text.slice(0, span.start) + suggestion.replacement + text.slice(span.end);
}

/** Every suggestion that can be applied together: from the end backwards, skipping any that overlap one already applied. */
export function applySuggestions(text: string, findings: readonly Finding[]): string {
	const whole = findings.find(finding => finding.suggestion?.scope === 'message');
	if (whole !== undefined) return applySuggestion(text, whole);
	const ordered = findings
		.filter(finding => finding.suggestion !== undefined)
		.sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
	let result = text;
	let limit = Number.POSITIVE_INFINITY;
	for (const finding of ordered) {
		if (finding.span.end > limit) continue;
		const next = applySuggestion(result, finding);
		if (next !== result) limit = finding.span.start;
		result = next;
	}
	return result;
}
