// The agent's side for a customer the scenario wrote no autopilot steps for: accept, answer, close politely.
import {resolveNoticeLocale, type NoticeLocale} from '../../courtesy/notices/index.js';
import type {AutopilotStep} from '../scenario/scenario.js';

/** The one line the built-in agent types, in the customer's language like every notice around it. */
const ON_IT: Readonly<Record<NoticeLocale, string>> = {
	en: 'Thank you! Let me look into that for you right away.',
	nb: 'Takk skal du ha! Jeg ser på det med en gang.',
	sv: 'Tack! Jag tittar på det direkt.',
	fi: 'Kiitos! Katson asian heti.',
	hu: 'Köszönöm! Azonnal utánanézek.',
	zh: '谢谢您！我马上为您查看。',
};

/**
 * Plain enough for any customer: the greeting goes out by itself on accept (E2); the reply says the agent
 * is on it; /end asks "anything else?" (E18), and the second /end closes with the rating request (E19).
 */
export function builtInAutopilot(locale: string): AutopilotStep[] {
	const line = 0;
	return [
		{do: 'accept', line},
		{do: 'await-customer', pattern: null, timeoutMs: 90_000, line},
		{do: 'type', text: ON_IT[resolveNoticeLocale(locale)], line},
		{do: 'wait', ms: 8_000, line},
		{do: 'type', text: '/end', line},
		{do: 'await-customer', pattern: null, timeoutMs: 60_000, line},
		{do: 'type', text: '/end', line},
	];
}
