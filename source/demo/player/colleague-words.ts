// What a simulated colleague says at the end: a closing from the notice library (the greeting is colleagueGreeting).
import {composeNotice, isSkipped} from '../../courtesy/notices/index.js';

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
