// What the phrase guard reports about a message before it is sent, and what it is told about the chat.
import type {GuardConfig} from './guard-config.js';
import type {GuardLocale} from './guard-locale.js';

/** One check of the guard; also the key of its section in GuardConfig.checks. */
export type CheckId =
	| 'negativePhrase'
	| 'bareNo'
	| 'nameSpelling'
	| 'shouting'
	| 'repeatedPunctuation'
	| 'longMessage'
	| 'jargon'
	| 'emoji'
	| 'blame'
	| 'language'
	| 'curtFragment';

/** The checks in the order they are run and listed. */
export const checkIds: readonly CheckId[] = [
	'negativePhrase',
	'bareNo',
	'nameSpelling',
	'shouting',
	'repeatedPunctuation',
	'longMessage',
	'jargon',
	'emoji',
	'blame',
	'language',
	'curtFragment',
];

/** The ETIQUETTE.md rule each check enforces. */
export type RuleId = 'E3' | 'E4' | 'E5' | 'E6' | 'E7' | 'E29';

export const ruleOfCheck: Readonly<Record<CheckId, RuleId>> = {
	negativePhrase: 'E6',
	bareNo: 'E6',
	nameSpelling: 'E3',
	shouting: 'E5',
	repeatedPunctuation: 'E5',
	longMessage: 'E5',
	jargon: 'E5',
	emoji: 'E4',
	blame: 'E7',
	// A draft the customer cannot read is not clear (E5); the notices' language rule says the same of automatic text.
	language: 'E5',
	curtFragment: 'E29',
};

/** Half-open range of UTF-16 code units in the checked text: text.slice(start, end). */
export type Span = {start: number; end: number};

export type Suggestion = {
	/** What goes in place of the finding's span ('span') or of the whole message ('message'). */
	replacement: string;
	scope: 'span' | 'message';
};

export type Finding = {
	check: CheckId;
	rule: RuleId;
	/** Every finding is advice: the agent may always send as written. */
	severity: 'warn';
	span: Span;
	/** text.slice(span.start, span.end) when the message was checked; lets a stale finding be detected. */
	excerpt: string;
	/** One line for the agent, in English. */
	message: string;
	suggestion?: Suggestion;
};

export type GuardContext = {
	/** The message's language: the customer's locale. Any language tag; mapped to en/nb/sv/fi/hu/zh (guardLocale). */
	locale: GuardLocale | (string & {});
	/** The customer's name as they gave it, or null when it is unknown. */
	customerName: string | null;
	/** The agent's own name, so "I'm Alex" is not taken for a misspelt "Alexa". */
	agentName?: string | null;
	/** Emoji the customer has used in this chat (as typed; skin tones and variation selectors are ignored). */
	customerEmojiSeen: ReadonlySet<string>;
	config: GuardConfig;
};
