// The guard's findings as rows for the panel under the composer: a summary, each finding with its suggestion, the keys.
//
// Every line wraps to the panel's width instead of being cut; E-codes go after the sentence (dimmed when drawn).
import {summariseFindings, type Finding} from '../../../courtesy/guard/index.js';
import {remoteLine} from '../../remote-text.js';
import {displayWidth, ellipsisFor, truncateToWidth} from '../../text/width.js';
import {wrapText} from '../../text/wrap.js';
import {splitRuleCodes} from '../../text/rule-codes.js';

export type GuardLine = {text: string; kind: 'summary' | 'finding' | 'keys'; codes: string};

/** One finding: what was found, and the rewrite Tab would make; its rule (E-code) goes to the end. */
function findingText(finding: Finding, arrow: string): string {
	const {suggestion} = finding;
	// A message that already quotes the rewrite ("→ try \"Let me find that out\"") is not made to say it twice.
	const quoted = suggestion && finding.message.includes(suggestion.replacement.slice(0, 20));
	const rewrite =
		suggestion && !quoted
			? ` ${arrow} ${suggestion.scope === 'message' ? 'rewrite the message' : `"${suggestion.replacement}"`}`
			: '';
	const {sentence, codes} = splitRuleCodes(finding.message);
	const rule = codes === '' ? `(${finding.rule})` : codes;
	return `${sentence}${rewrite} ${rule}`;
}

/** `text` wrapped to `width` under a lead ("• ") with a hanging indent; the E-codes at its end split off the last row. */
function wrapped(text: string, width: number, kind: GuardLine['kind'], lead = '', ascii = false): GuardLine[] {
	const clean = remoteLine(text, ascii);
	const {sentence, codes} = splitRuleCodes(clean);
	const indent = ' '.repeat(displayWidth(lead));
	const body = codes === '' ? sentence : `${sentence} ${codes}`;
	const lines = wrapText(body, Math.max(1, width - indent.length)).map((line, index) => ({
		text: (index === 0 ? lead : indent) + line,
		kind,
		codes: '',
	}));
	const last = lines.at(-1)!;
	if (codes !== '' && last.text.endsWith(codes)) {
		last.text = last.text.slice(0, -codes.length).trimEnd();
		last.codes = last.text.trim() === '' ? codes : ` ${codes}`;
	}
	return lines;
}

/**
 * At most `maxRows` rows of `width` columns: the summary, the findings that fit whole (the rest counted), and the
 * keys last, because the agent needs the way out more than the fourth finding.
 */
export function guardLines(
	findings: readonly Finding[],
	width: number,
	maxRows: number,
	keys: {apply: string; send: string; edit: string},
	ascii: boolean,
	unfilled: readonly string[] = [],
): GuardLine[] {
	const arrow = ascii ? '->' : '→';
	const bullet = ascii ? '- ' : '• ';
	const separator = ascii ? ' - ' : ' · ';
	const fixable = findings.some(finding => finding.suggestion !== undefined);
	const keyText = [
		fixable &&
			`${keys.apply} applies the suggestion${findings.filter(finding => finding.suggestion).length > 1 ? 's' : ''}`,
		`${keys.send} sends as it is`,
		`${keys.edit} edits`,
	]
		.filter(Boolean)
		.join(separator);
	const notes = findings.length + (unfilled.length > 0 ? 1 : 0);
	const summary = findings.length > 1 ? summariseFindings(findings) : notes > 1 ? `${notes} notes` : 'one note';
	const head = wrapped(`guard: ${summary}`, width, 'summary', '', ascii);
	const tail = wrapped(keyText, width, 'keys', '', ascii);
	// First, because it is never a matter of style: the customer would read "[order number]".
	const blocks = [
		...(unfilled.length > 0 ? [`still to fill in: ${unfilled.join(', ')} (E12)`] : []),
		...findings.map(finding => findingText(finding, arrow)),
	].map(text => wrapped(text, width, 'finding', bullet, ascii));
	const limit = Math.max(1, maxRows);
	const body: GuardLine[] = [];
	let room = limit - head.length - tail.length;
	for (const [index, block] of blocks.entries()) {
		const rest = blocks.length - index - 1;
		// Room for this block and, if others follow, for the line that counts them.
		if (block.length <= room - (rest > 0 ? 1 : 0)) {
			body.push(...block);
			room -= block.length;
			continue;
		}
		const hidden = blocks.length - index;
		if (body.length === 0 && room >= 2) {
			// Not even the first fits whole: as much of it as there is room for, cut visibly, then the count.
			const shown = block.slice(0, room - 1);
			const cut = shown.at(-1)!;
			const ellipsis = ellipsisFor(ascii);
			cut.text = truncateToWidth(cut.text, width - displayWidth(ellipsis), {ellipsis: ''}) + ellipsis;
			cut.codes = '';
			body.push(...shown);
			if (hidden > 1) body.push({text: `  and ${hidden - 1} more`, kind: 'finding', codes: ''});
		} else if (room > 0) {
			body.push({text: `  and ${hidden} more`, kind: 'finding', codes: ''});
		}
		break;
	}
	return [...head, ...body, ...tail].slice(-limit);
}
