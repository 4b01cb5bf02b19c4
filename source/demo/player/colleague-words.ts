// What a simulated colleague says: the scenario's greeting in the customer's language, and a closing from the notice library.
import {composeNotice, isSkipped} from '../../courtesy/notices/index.js';

/** The greeting for this locale: the exact tag, then its language ("nb" for "nb-NO"), then English, then any. */
export function pickGreeting(greetings: Readonly<Record<string, string>> | null, locale: string): string | null {
	if (greetings === null) return null;
	const language = locale.split('-')[0]!;
	const text = greetings[locale] ?? greetings[language] ?? greetings['en'] ?? Object.values(greetings)[0];
	return text?.trim() ? text : null;
}

/** The closing notice (E18) in the customer's language, signed by the colleague. */
export function closingWords(context: {
	locale: string;
	customerName: string | null;
	agentName: string;
	company: string | null;
}): string | null {
	const notice = composeNotice('closing', {
		customerLocale: context.locale,
		customerName: context.customerName,
		agentName: context.agentName,
		company: context.company,
	});
	return isSkipped(notice) ? null : notice.text;
}
