// E3, E28: the customer's name as each language addresses a person in a notice ("Hi Chris", not "Hi Chris Parker").
import type {NoticeLocale} from './notice-locale.js';

const HAN = /\p{Script=Han}/u;

/**
 * The form of a full name a notice uses to address its reader, or null when the name gives no usable address:
 * - en, nb, sv, fi: the given name, the first word ("Chris Parker" → "Chris");
 * - hu: Hungarian order is family name first, so the given name is the last word ("Kovács Anna" → "Anna");
 * - zh: without a known title (先生/女士 is a guess about the person), the full name ("王伟"); a surname alone
 *   ("王") is no way to address anyone, so null, and the notice uses a wording without the name.
 * A name of one word is used as it is; a name already carrying a title (in any language) likewise.
 */
export function addressName(fullName: string | undefined, locale: NoticeLocale): string | undefined {
	const name = fullName?.replace(/\s+/g, ' ').trim();
	if (!name) return undefined;
	if (locale === 'zh' || HAN.test(name)) {
		const han = [...name].filter(char => HAN.test(char)).length;
		if (han > 0 && !name.includes(' ') && han < 2) return undefined;
		return name;
	}
	const words = name.split(' ');
	if (words.length === 1) return name;
	// "Dr. Smith", "Mrs Parker": a title the customer chose themselves stays with the family name.
	if (/^(mr|mrs|ms|miss|dr|prof)\.?$/i.test(words[0]!)) return name;
	return locale === 'hu' ? words.at(-1) : words[0];
}
