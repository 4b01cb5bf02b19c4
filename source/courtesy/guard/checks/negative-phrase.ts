// E6: negative phrases, in the message's language and in English, each with a positive rewrite where one fits.
import type {Finding} from '../finding.js';
import type {LanguagePack, PhraseRule} from '../languages/language-pack.js';
import {phraseFindings} from './phrase-findings.js';
import {quote} from './quote.js';

function defaultHint(rule: PhraseRule): string {
	return rule.hint ?? (rule.soft ? 'follow it at once with what you can do instead' : 'say what you will do instead');
}

export function negativePhraseFindings(text: string, packs: readonly LanguagePack[]): Finding[] {
	return phraseFindings(
		text,
		packs,
		compiled => compiled.phrases,
		{check: 'negativePhrase', rule: 'E6', label: 'Negative wording', defaultHint},
		quote,
	);
}
