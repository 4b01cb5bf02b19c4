// E1 and E2 in the rule summary: how fast the customers got answers, and whether each chat opened with a greeting.
import {ruleEntry, type RuleContext} from './rule-context.js';
import {counted, countWhere, duration, of, span, sum} from './report-words.js';
import type {ChatReport, RuleSummary} from './report-card.js';

/**
 * E1: met is the chats whose first response came before the warn threshold. A chat nobody answered counts
 * against it once the customer had waited that long; one the customer left sooner is not judged.
 */
export function answerFastRule({chats, thresholds}: RuleContext): RuleSummary | null {
	const judged = chats.filter(
		({firstResponse}) => firstResponse !== null && (firstResponse.answered || firstResponse.level !== 'ok'),
	);
	if (judged.length === 0) return null;
	const met = countWhere(judged, ({firstResponse}) => firstResponse!.answered && firstResponse!.level === 'ok');
	const answered = sum(chats, chat => chat.responses.count);
	const waits = answered + sum(chats, chat => chat.responses.unanswered);
	const average =
		answered === 0
			? null
			: Math.round(sum(chats, chat => (chat.responses.averageMs ?? 0) * chat.responses.count) / answered);
	const slowest = Math.max(0, ...chats.map(chat => chat.responses.slowestMs ?? 0));
	const unanswered = sum(chats, chat => chat.responses.unanswered);
	const [warn, alarm] = [span(thresholds.warnMs), span(thresholds.alarmMs)];
	return ruleEntry('E1', met, judged.length, [
		`first response within ${warn}: ${of(met, judged.length)} ${judged.length === 1 ? 'chat' : 'chats'}`,
		waits > 0 &&
			`waits over ${warn}: ${sum(chats, chat => chat.responses.overWarn)}, over ${alarm}: ${sum(chats, chat => chat.responses.overAlarm)} (of ${waits})`,
		average !== null && `average reply ${duration(average)}, slowest ${duration(slowest)}`,
		unanswered > 0 && `still waiting when the chat or demo ended: ${unanswered}`,
	]);
}

/** Whether the desk said anything to the customer in the chat (a brief for a colleague is not for them). */
export function deskSpoke(chat: ChatReport): boolean {
	return chat.ownMessages > 0 || Object.keys(chat.notices).some(kind => kind !== 'transfer-brief');
}

/** E2: met is the chats whose first public message from the desk was a greeting. */
export function introduceRule({chats}: RuleContext): RuleSummary | null {
	const opened = chats.filter(chat => chat.joined && deskSpoke(chat));
	if (opened.length === 0) return null;
	const met = countWhere(opened, chat => chat.greeting === 'first');
	const late = countWhere(opened, chat => chat.greeting === 'later');
	const never = countWhere(opened, chat => chat.greeting === null);
	return ruleEntry('E2', met, opened.length, [
		`chats opened with a greeting: ${of(met, opened.length)}`,
		late > 0 && `greeted only after another message: ${late}`,
		never > 0 && `never greeted: ${counted(never, 'chat')}`,
	]);
}
