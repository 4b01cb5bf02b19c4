// Whether a message offers an alternative ("but", "instead", "what I can do", "men", "mutta", "但是"): E6's "no, but ...".
import type {Span} from '../finding.js';
import {compiledPack} from '../languages/compiled.js';
import type {LanguagePack} from '../languages/language-pack.js';

/** True when one of the packs' alternative markers occurs in the text outside the given span, and is not negated. */
export function offersAlternative(text: string, packs: readonly LanguagePack[], outside?: Span): boolean {
	for (const pack of packs) {
		const {alternative} = compiledPack(pack);
		for (const match of text.matchAll(alternative)) {
			const start = match.index;
			const end = start + match[0].length;
			if (outside !== undefined && start < outside.end && end > outside.start) continue;
			if (pack.alternativeVetoBefore?.test(text.slice(0, start))) continue;
			if (pack.alternativeVetoAfter?.test(text.slice(end))) continue;
			// "You can call billing yourself" sends the customer away: a redirect is not an alternative (E6).
			if (pack.redirect?.test(text.slice(start))) continue;
			return true;
		}
	}
	return false;
}
