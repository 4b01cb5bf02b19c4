// E4: emoji in moderation, and mainly when the customer uses them first.
import type {Finding} from '../finding.js';
import type {GuardConfig} from '../guard-config.js';
import {emojiIn, emojiKey, type EmojiAt} from '../text/emoji.js';
import {quote} from './quote.js';

/** The span from the first to the last of the given emoji, with those emoji (and a space before each) taken out. */
function withoutEmoji(text: string, remove: readonly EmojiAt[]): {start: number; end: number; replacement: string} {
	const first = remove[0]!;
	const last = remove.at(-1)!;
	let start = first.start;
	// Take the space before the first emoji too, unless it stands at the start of a line.
	while (start > 0 && /[^\S\n]/u.test(text[start - 1]!) && start - 1 > 0 && text[start - 2] !== '\n') start--;
	let replacement = '';
	let at = start;
	for (const emoji of remove) {
		let cut = emoji.start;
		while (cut > at && /[^\S\n]/u.test(text[cut - 1]!)) cut--;
		replacement += text.slice(at, cut);
		at = emoji.end;
	}
	replacement += text.slice(at, last.end);
	// At the start of a line, the space that followed the emoji would now lead the line.
	if (start === 0 || text[start - 1] === '\n') replacement = replacement.replace(/^[^\S\n]+/u, '');
	return {start, end: last.end, replacement};
}

export function emojiFindings(
	text: string,
	settings: GuardConfig['checks']['emoji'],
	customerEmojiSeen: ReadonlySet<string>,
): Finding[] {
	const found = emojiIn(text);
	if (found.length === 0) return [];
	const findings: Finding[] = [];
	if (found.length > settings.max) {
		const first = found[0]!;
		const last = found.at(-1)!;
		findings.push({
			check: 'emoji',
			rule: 'E4',
			severity: 'warn',
			span: {start: first.start, end: last.end},
			excerpt: text.slice(first.start, last.end),
			message:
				settings.max === 0
					? `Emoji (E4): ${found.length} in one message; keep it professional`
					: `Emoji (E4): ${found.length} in one message; keep it to ${settings.max} at most`,
		});
	}
	if (settings.mirror !== 'off') {
		const seen = new Set([...customerEmojiSeen].map(emojiKey));
		const unmirrored = settings.mirror === 'any' && seen.size > 0 ? [] : found.filter(emoji => !seen.has(emoji.key));
		if (unmirrored.length > 0) {
			const {start, end, replacement} = withoutEmoji(text, unmirrored);
			const list = [...new Set(unmirrored.map(emoji => emoji.emoji))].join(' ');
			findings.push({
				check: 'emoji',
				rule: 'E4',
				severity: 'warn',
				span: {start, end},
				excerpt: text.slice(start, end),
				message:
					seen.size === 0
						? `Emoji (E4): the customer hasn't used emoji; keep it professional (${list})`
						: `Emoji (E4): the customer hasn't used ${quote(list)}; mirror theirs rather than adding new ones`,
				suggestion: {replacement, scope: 'span'},
			});
		}
	}
	return findings;
}
