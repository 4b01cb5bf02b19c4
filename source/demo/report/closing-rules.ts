// E12, E18 and E19 in the rule summary: canned responses, closings that ask "anything else?" first, feedback requests and ratings.
import {ruleEntry, type RuleContext} from './rule-context.js';
import {countWhere, of, sum} from './report-words.js';
import type {RuleSummary} from './report-card.js';

/**
 * E12: the desk never sends a canned response blind (it goes into the composer to edit), so every insert
 * keeps the rule; the note says how many the agent went on to send a message after.
 */
export function cannedRule({chats}: RuleContext): RuleSummary | null {
	const inserted = sum(chats, chat => chat.canned.inserted);
	if (inserted === 0) return null;
	return ruleEntry('E12', inserted, inserted, [
		`canned responses put into the composer to edit first: ${inserted}`,
		`followed by a message of the agent's: ${of(
			sum(chats, chat => chat.canned.followedByMessage),
			inserted,
		)}`,
	]);
}

/**
 * E18: of the chats the desk closed, met is those with a closing that "anything else?" (the desk's, or in the
 * agent's own or canned words) came before. A chat still open, and the desk's, when the demo ended was never
 * closed: an occasion missed.
 */
export function closingRule({chats}: RuleContext): RuleSummary | null {
	const closed = chats.filter(chat => chat.closing.closedByDesk);
	const open = countWhere(chats, chat => chat.closing.openAtEnd);
	if (closed.length + open === 0) return null;
	const closings = closed.filter(chat => chat.closing.closingSent);
	const met = countWhere(closings, chat => chat.closing.anythingElseFirst);
	return ruleEntry('E18', met, closed.length + open, [
		closings.length > 0 && `closings that asked "anything else?" first: ${of(met, closings.length)}`,
		closings.length < closed.length && `chats ended without a closing: ${closed.length - closings.length}`,
		open > 0 && `chats still open when the demo ended: ${open}`,
	]);
}

/**
 * E19: met is a chat whose closing (or, without one, the end) asked for a rating; ratings are counted in the
 * note. A chat still open at the end of the demo was never asked: an occasion missed.
 */
export function feedbackRule({chats}: RuleContext): RuleSummary | null {
	const asked = chats.filter(
		chat => chat.closing.closingSent || chat.closing.ratingRequested || chat.closing.openAtEnd,
	);
	const ratings = chats.flatMap(chat => (chat.rating === null ? [] : [chat.rating]));
	if (asked.length === 0) return null;
	const closings = asked.filter(chat => chat.closing.closingSent);
	const average = ratings.length === 0 ? null : sum(ratings, rating => rating.score) / ratings.length;
	const thanked = countWhere(ratings, rating => rating.thanked);
	return ruleEntry(
		'E19',
		countWhere(asked, chat => chat.closing.ratingRequested),
		asked.length,
		[
			closings.length > 0 &&
				`closings with a feedback request: ${of(
					countWhere(closings, chat => chat.closing.feedbackRequested),
					closings.length,
				)}`,
			countWhere(asked, chat => !chat.closing.closingSent && chat.closing.ratingRequested) > 0 &&
				`ratings requested without a closing: ${countWhere(asked, chat => !chat.closing.closingSent && chat.closing.ratingRequested)}`,
			countWhere(asked, chat => chat.closing.openAtEnd) > 0 &&
				`still open, never asked, when the demo ended: ${countWhere(asked, chat => chat.closing.openAtEnd)}`,
			`ratings received: ${ratings.length}${average === null ? '' : ` (average ${average.toFixed(1)} of 3)`}`,
			thanked > 0 && `thanked while the chat was open: ${thanked}`,
		],
	);
}
