// E7 (amended): blaming others (the courier, a colleague, "the system") and excuses, in the message's language and English.
import type {Finding} from '../finding.js';
import type {LanguagePack, PhraseRule} from '../languages/language-pack.js';
import {phraseFindings} from './phrase-findings.js';
import {quote} from './quote.js';

const defaultHint = (rule: PhraseRule): string =>
	rule.hint ?? 'own the problem: say you are sorry and what you will do about it, not whose fault it is';

export function blameFindings(text: string, packs: readonly LanguagePack[]): Finding[] {
	return phraseFindings(
		text,
		packs,
		compiled => compiled.blame,
		{check: 'blame', rule: 'E7', label: 'Blame or excuse', defaultHint},
		quote,
	);
}
