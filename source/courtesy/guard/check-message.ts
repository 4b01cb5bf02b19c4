// The phrase guard: checks a message before it is sent and returns what the agent may want to change (E3-E7, E29).
import {checkIds, type Finding, type GuardContext, type Span} from './finding.js';
import {guardLocale} from './guard-locale.js';
import {bareNoFindings} from './checks/bare-no.js';
import {curtFragmentFindings} from './checks/curt-fragment.js';
import {cueFindings} from './checks/cues.js';
import {blameFindings} from './checks/blame.js';
import {emojiFindings} from './checks/emoji.js';
import {hanNameFindings} from './checks/han-name.js';
import {jargonFindings} from './checks/jargon.js';
import {languageFindings} from './checks/language.js';
import {longMessageFindings} from './checks/long-message.js';
import {nameSpellingFindings} from './checks/name-spelling.js';
import {negativePhraseFindings} from './checks/negative-phrase.js';
import {repeatedPunctuationFindings} from './checks/repeated-punctuation.js';
import {shoutingFindings} from './checks/shouting.js';
import {languagePacks, packsFor} from './languages/index.js';

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * Every finding for a message, in the order they appear in the text. Pure: the same text and context always
 * give the same findings. Internal notes are not for the customer and should not be checked (the caller decides).
 */
export function checkMessage(text: string, context: GuardContext): Finding[] {
	const {config} = context;
	if (!config.enabled || text.trim() === '') return [];
	const locale = guardLocale(context.locale);
	const pack = languagePacks[locale];
	const packs = packsFor(locale);
	const checks = config.checks;
	const findings: Finding[] = [];
	if (checks.negativePhrase.enabled) findings.push(...negativePhraseFindings(text, packs));
	if (checks.bareNo.enabled) findings.push(...bareNoFindings(text, packs));
	if (checks.nameSpelling.enabled) {
		findings.push(...nameSpellingFindings(text, context.customerName, pack, context.agentName ?? null));
		findings.push(...hanNameFindings(text, context.customerName));
	}
	if (checks.shouting.enabled)
		findings.push(...shoutingFindings(text, checks.shouting, pack, locale, context.customerName));
	if (checks.repeatedPunctuation.enabled) findings.push(...repeatedPunctuationFindings(text));
	if (checks.longMessage.enabled) findings.push(...longMessageFindings(text, checks.longMessage.maxLength));
	if (checks.jargon.enabled) findings.push(...jargonFindings(text, checks.jargon, pack));
	if (checks.emoji.enabled) findings.push(...emojiFindings(text, checks.emoji, context.customerEmojiSeen));
	if (checks.blame.enabled) findings.push(...blameFindings(text, packs));
	// Cue rules find new wordings of what the phrase lists name; where a listed phrase already speaks (with its
	// rewrite), the cue adds nothing.
	const cueRules = new Set<'E6' | 'E7'>();
	if (checks.negativePhrase.enabled) cueRules.add('E6');
	if (checks.blame.enabled) cueRules.add('E7');
	for (const cue of cueFindings(text, packs, cueRules))
		if (!findings.some(finding => finding.rule === cue.rule && overlaps(finding.span, cue.span))) findings.push(cue);
	if (checks.language.enabled) findings.push(...languageFindings(text, locale));
	// A bare "No." is E6's to flag; E29 would only say the same thing again.
	if (checks.curtFragment.enabled && !findings.some(finding => finding.check === 'bareNo'))
		findings.push(...curtFragmentFindings(text, locale, checks.curtFragment.maxWords));
	const rank = (finding: Finding): number => checkIds.indexOf(finding.check);
	return findings.sort((a, b) => a.span.start - b.span.start || rank(a) - rank(b));
}
