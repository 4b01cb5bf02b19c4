// Checks a time zone name and the desk's language tag with Intl, the same engine that will format with them.
import {LANGUAGES, languageOfTag} from '../courtesy/languages.js';

/** The zone as Intl spells it when only the case differs ("europe/oslo" -> "Europe/Oslo"), else as given; null when Intl does not know it. */
export function checkTimeZone(text: string): string | null {
	const zone = text.trim();
	if (zone === '') return null;
	try {
		const resolved = new Intl.DateTimeFormat('en', {timeZone: zone}).resolvedOptions().timeZone;
		// Intl may swap a link for its target ("EST" -> "America/Panama"); the agent's own word is clearer.
		return resolved.toLowerCase() === zone.toLowerCase() ? resolved : zone;
	} catch {
		return null;
	}
}

export const TIME_ZONE_EXPECTED = 'must be an IANA time zone such as Europe/Oslo, Asia/Shanghai or UTC';

/**
 * The canonical BCP 47 tag ("nb-no" -> "nb-NO"), or null when it is not one or names a language the notices
 * are not written in: a brief that would silently come out in English is worse than an error now.
 * "no" and "nn" read Bokmål, as the notices' locale resolver decides. A POSIX locale ("nb_NO.UTF-8")
 * is taken too, so `SWITCHBOARD_DESK_LANGUAGE=$LANG` works.
 */
export function checkLanguageTag(text: string): string | null {
	let tag: string;
	try {
		[tag = ''] = Intl.getCanonicalLocales(
			text
				.trim()
				.replace(/[.@].*$/, '')
				.replaceAll('_', '-'),
		);
	} catch {
		return null;
	}
	return languageOfTag(tag) === null ? null : tag;
}

export const LANGUAGE_EXPECTED = `must be a language tag the notices are written in (${LANGUAGES.join(', ')}; or a regional one such as nb-NO)`;
