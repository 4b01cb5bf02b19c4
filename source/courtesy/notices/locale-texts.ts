// What each language file provides: every wording, and the words for minutes, waits and due times.
import type {TemplateKey} from './notice-kinds.js';
import type {NoticeLocale} from './notice-locale.js';

export type LocaleTexts = {
	locale: NoticeLocale;
	/** Every list has at least two wordings (one for the brief), so repeats do not read like a bot (E4). */
	templates: Readonly<Record<TemplateKey, readonly string[]>>;
	/** "5 minutes" in the form the templates put it in (nominative: no template inflects it). */
	minutes(count: number): string;
	/** How long the customer has waited, short, for the transfer brief ("6 min"). */
	wait(ms: number): string;
	/** A follow-up's due time, in the form the templates put it in ("by {{due}}"). */
	due(at: number, timeZone: string): string;
};
