// Which of a colleague's greetings a customer gets: the customer's language, else the nearest one written.
import {chooseLanguage} from '../../canned/language.js';
import type {ScenarioColleague} from './scenario.js';

/**
 * The same choice the canned library makes (exact tag, primary language, a sibling such as no/nb, then
 * English, then the first given), so a scenario's wording and the desk's agree. Null: no greeting, or a
 * blank one. The simulated colleague says this when it takes a transfer.
 */
export function colleagueGreeting(colleague: Pick<ScenarioColleague, 'greeting'>, locale: string): string | null {
	const {greeting} = colleague;
	if (greeting === null || Object.keys(greeting).length === 0) return null;
	const text = greeting[chooseLanguage(greeting, locale).language];
	return text?.trim() ? text : null;
}
