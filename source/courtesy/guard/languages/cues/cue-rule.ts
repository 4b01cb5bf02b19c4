// The shape of a language's cue rules (E6, E7): weak cues that together, in one clause of the agent's own voice, make a finding.
import type {RuleId} from '../../finding.js';

/**
 * One kind of cue: the words (in the phrase notation of text/phrase-pattern.ts) that can stand for it. Stems with
 * `*` reach inflected forms (Finnish tiedä* = tiedä, tiedäkään; Hungarian tud* = tudom, tudjuk, tudunk).
 */
export type Cue = readonly string[];

/**
 * Cues that together say something E6 or E7 asks the agent not to say: a negation near a verb of knowing ("I don't
 * know", "fogalmam sincs"), a third party near a fault word ("the courier messed up"). A phrase list names whole
 * phrasings; a cue rule names the parts, so new wordings of the same idea are found too.
 */
export type CueRule = {
	/** Stable id, the same across languages for the same idea ("dont-know"), named in the finding and in tests. */
	id: string;
	rule: Extract<RuleId, 'E6' | 'E7'>;
	/**
	 * Sequences of cues, any one of which makes a finding: each cue of a sequence in this order, at most `gap` words
	 * (Chinese: `gap` characters) after the one before, inside one clause (or sentence: `scope`).
	 */
	sequences: readonly (readonly Cue[])[];
	/** Two-cue sequences also count the other way round (free word order: "fogalmam sincs", "ingen peiling har jeg"). */
	eitherOrder?: boolean;
	/** Words between two cues; 3 unless set (Chinese: characters, 4 unless set). */
	gap?: number;
	/** Where the cues must all stand: one clause (commas end it; the default) or one sentence. */
	scope?: 'clause' | 'sentence';
	/** A blunt no that is fine when the agent goes on, in the same message, to offer an alternative (E6). */
	soft?: boolean;
	/**
	 * By default the cues must be the agent's own voice, not about the customer: a second-person subject or an "if"
	 * earlier in the clause (the language's `aboutCustomer`) vetoes them. false where that does not apply.
	 */
	agentVoice?: boolean;
	/** Tested against the rest of the sentence after the cues; when it matches, they do not count ("… if you've had a chance"). */
	unless?: RegExp;
	/** Tested against the cues' own words; when it matches, they do not count (a reassurance: "nem terheljük meg"). */
	unlessMatch?: RegExp;
	/** Tested against the clause before the cues (anchor it with $); when it matches, they do not count. */
	unlessBefore?: RegExp;
	/** What to do instead, in one line for the agent (English); cue findings carry no drop-in rewrite. */
	hint: string;
};

export type CuePack = {
	/** Tested against the clause before a cue: a second-person subject or a condition ("you", "if", "du", "om", "jos", "ha", "您", "如果"). */
	aboutCustomer: RegExp;
	rules: readonly CueRule[];
};

/** Hints shared by every language, so the same idea gets the same advice. */
export const HINTS = {
	dontKnow: 'say you will find out, and by when',
	cannot: 'follow the no at once with what you can do instead',
	asISaid: 'go over it again without pointing out that you said it before',
	website: 'answer the question, or send the link to the exact page yourself',
	policy: 'explain the reason in your own words and offer what you can do',
	notMine: 'say who can help and offer to connect them yourself',
	blame: 'own the problem: say you are sorry and what you will do about it, not whose fault it is',
	customerFault: 'leave out whose slip it was: say what you have put right, or how to put it right together',
	excuse: "leave out the reason it is your side's fault you are slow: thank them for waiting and get to the answer",
} as const;

/** For a cue that counts only where it closes its clause ("the courier, not us."): anything but punctuation after it vetoes. */
export const NOT_CLAUSE_END = /^\s*[\p{L}\p{N}]/u;
