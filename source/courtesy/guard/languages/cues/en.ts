// English cue rules (E6, E7): the parts of a refusal, an admission, a blame or an excuse, rather than whole phrasings.
import {HINTS, NOT_CLAUSE_END, type CuePack} from './cue-rule.js';

const AGENT = ['I', "I'm", "I've", 'we', "we're", "we've"];
const NOT = [
	"{don't|do not|doesn't|does not|can't|cannot|can not|couldn't|could not|haven't|have not|am not|'m not|are not|'re not}",
	'not',
	'no',
	'never',
];
const KNOW = ['know', 'sure', 'certain', 'idea', 'clue', 'clear'];
const CANNOT = [
	"{can't|cannot|can not|couldn't|could not|won't be able to|will not be able to}",
	"{am|'m|are|'re|is|'s|was|were} {not |un}able to",
	"{am|'m|are|'re|is|'s} not {allowed|permitted|in a position} to",
	'unable to',
];
const SAID = [
	'said',
	'told you',
	'mentioned',
	'explained',
	'wrote',
	'written',
	'stated',
	'noted',
	'pointed out',
	'discussed',
];
/** Without "as", only the verbs of speaking: "I've already written a note" reports what the agent did. */
const SPOKE = ['said', 'told you', 'mentioned', 'explained', 'stated', 'pointed out', 'discussed'];
const BEFORE = [
	'already',
	'before',
	'earlier',
	'previously',
	'above',
	'twice',
	'several times',
	'a few times',
	'again',
];
const WEBSITE = [
	'{website|web site|webpage|web page|homepage|home page|FAQ|FAQs|knowledge base}',
	'{our|the} site',
	'help {centre|center|page|pages|section|articles}',
	'support {page|pages|site|section}',
];
const POLICY = ['polic{y|ies}', 'rules', 'regulations', 'terms and conditions', "T&C's", 'terms', 'procedure'];
const THIRD_PARTY = [
	'{courier|couriers|driver|drivers|carrier|postman|postie|post office|warehouse|supplier|suppliers|manufacturer|factory|system|systems|bank|developers|devs}',
	'delivery {guy|guys|driver|drivers|company|firm|service|partner}',
	'{IT|tech|billing|other|previous|last} {team|department|guys|people}',
	'{colleague|colleagues|coworker|co-worker|teammate|manager}',
	'{previous|last|other} agent',
	'agent before me',
	'{DHL|UPS|FedEx|DPD|GLS|Royal Mail|Evri|Hermes|PostNord}',
	'{the|that} {agent|person|guy|colleague|lady|man|woman|rep|advisor} {you|who} {spoke|talked|chatted|dealt}',
	'{the|that} {agent|rep|advisor} {before|yesterday|earlier}',
];
const FAULT = [
	'fault',
	'{mistake|mistakes|blunder}',
	'{messed|screwed|mixed|mucked|cocked} {up|it up|things up}',
	'botched',
	'lost',
	'forgot',
	'dropped the ball',
	'got it wrong',
	'{sent|delivered|gave|given|shipped|packed|picked|left|took|entered|put|typed} … wrong',
	'{made|make} {an error|errors|a mistake|mistakes|a mess}',
	'{playing|acting} up',
	'{is|was|has been|had been|went|were|are|been} down',
	'{glitch|glitched|glitching|glitchy|crashed|crashing|broke|broken|failed}',
	'to blame',
	"{should|shouldn't|should not} have",
	'{was|were} {supposed|meant} to',
	'{failed|forgot|neglected} to',
	'on them',
	'{their|his|her} {fault|mistake|end|side}',
	'{bounced|blocked|held up}',
	'take {it|that|this} up with',
];

export const enCues: CuePack = {
	aboutCustomer: /\b(?:you|you['’](?:re|ve|ll|d)|if|whether|unless|in\s+case)\b/iu,
	rules: [
		{
			id: 'dont-know',
			rule: 'E6',
			sequences: [
				[AGENT, NOT, KNOW],
				[
					['no', 'not a'],
					['idea', 'clue'],
				],
				[['not'], ['{sure|certain}']],
				[['no way'], ['{of|to}'], ['{know|knowing|tell|telling|say}']],
				[AGENT, ["{can't|cannot|couldn't}"], ['{say|tell}']],
				[['{who|nobody|no one} knows', 'beats me', 'hard to say', 'unsure']],
			],
			gap: 2,
			// "I don't know if you've had a chance to …" asks about the customer politely (docs/guard.md).
			unless: /^[\s,]*(?:if|whether)\s+you\b/iu,
			hint: HINTS.dontKnow,
		},
		{
			id: 'cannot',
			rule: 'E6',
			sequences: [
				[['I', 'we', 'it', 'that', 'this', 'there'], CANNOT],
				[
					[
						"{is|isn't|is not|are|aren't|are not|won't|will not|wouldn't} {be |}{possible|an option|allowed|permitted|doable|feasible}",
					],
				],
				[['{impossible|out of the question|no can do|not going to happen|no chance|not a chance}']],
				[
					['nothing', 'not much', 'not a lot', 'nothing more', 'nothing else', 'not anything', 'not anything more'],
					AGENT,
					['can', 'could'],
					['do', 'help', 'change', 'fix', 'offer'],
				],
				[
					AGENT,
					["{don't|do not|won't|will not|never}"],
					[
						'{offer|refund|accept|allow|do|ship|deliver|support|provide|cover|exchange|replace|reimburse|issue|make exceptions}',
					],
				],
			],
			gap: 2,
			soft: true,
			// Seeing, finding and waiting are not refusals ("I can't see a second payment", "can't wait").
			unless: /^\s+(?:see|find|spot|hear|wait|thank|believe|imagine|stress|apologi[sz]e|hurt|be\s+charged)\b/iu,
			hint: HINTS.cannot,
		},
		{
			id: 'as-i-said',
			rule: 'E6',
			sequences: [
				[['as', 'like'], ['I', "I've", 'we', "we've"], SAID],
				[['as'], ['{mentioned|said|explained|stated|noted|discussed}']],
				[AGENT, BEFORE, SPOKE],
				[AGENT, SPOKE, BEFORE],
				[['for the {second|third|fourth|last} time']],
			],
			gap: 1,
			hint: HINTS.asISaid,
		},
		{
			id: 'website',
			rule: 'E6',
			sequences: [
				[
					[
						'{have|did|had} you {already |}{check|checked|look|looked|read|visit|visited|see|seen|been to|tried|try|gone through|go through|had a look|taken a look|take a look|had a chance to {look|check|read}}',
					],
					WEBSITE,
				],
				[['all', 'everything', 'explained', 'covered', 'written', 'listed', 'described'], WEBSITE],
				[['{please |just |}{check|see|read|visit|look at|have a look at|take a look at}'], WEBSITE],
			],
			gap: 4,
			scope: 'sentence',
			agentVoice: false,
			// With the link itself the page is a resource (E15), not a brush-off.
			unless: /https?:|www\./iu,
			hint: HINTS.website,
		},
		{
			id: 'policy',
			rule: 'E6',
			sequences: [
				[
					[
						"{that's|that is|it's|it is|those are|these are|this is|because of|due to|per|as per|according to|{it's|that's|is} against|rules are}",
					],
					POLICY,
				],
				[POLICY, ["{doesn't|does not|don't|do not|won't|will not} {allow|permit|let}", '{says|say|states} no']],
			],
			gap: 3,
			soft: true,
			unless: /^\s+(?:to|is\s+to|gives|lets|allows|covers|means\s+you)\b/iu,
			hint: HINTS.policy,
		},
		{
			id: 'not-mine',
			rule: 'E6',
			sequences: [
				[
					['not'],
					['{my|our}'],
					['{department|job|area|responsibility|team|remit|problem|call|field|side|thing|table}'],
				],
				[
					["{isn't|is not|aren't|are not|not}"],
					['{something|anything|what}'],
					AGENT,
					['{handle|deal with|do|cover|look after|take care of|manage}'],
				],
				[AGENT, ["{don't|do not|can't|cannot}"], ['{handle|deal with|look after|take care of|manage}']],
			],
			gap: 1,
			soft: true,
			hint: HINTS.notMine,
		},
		{
			id: 'blame',
			rule: 'E7',
			sequences: [[THIRD_PARTY, FAULT]],
			gap: 6,
			scope: 'sentence',
			hint: HINTS.blame,
		},
		{
			id: 'not-our-fault',
			rule: 'E7',
			sequences: [
				[['not', "{isn't|wasn't|is not|was not}"], ['{our|my}'], ['{fault|mistake|problem|doing|responsibility}']],
				[['nothing to do with {us|me}', 'not on {us|me}', 'not down to {us|me}']],
			],
			gap: 1,
			scope: 'sentence',
			hint: HINTS.blame,
		},
		// "not us" counts only where it closes the clause: "the courier, not us."
		{id: 'not-us', rule: 'E7', sequences: [[['not {us|me|we}']]], unless: NOT_CLAUSE_END, hint: HINTS.blame},
		{
			// "You typed the address in wrong", "the email was entered incorrectly when you signed up": the customer's slip.
			id: 'customer-fault',
			rule: 'E7',
			sequences: [
				[
					['you', "you've", 'you have'],
					['{typed|entered|gave|put|used|chose|selected|picked|clicked|filled in|spelt|spelled|ordered|booked}'],
					['{wrong|incorrect|incorrectly|wrongly|the wrong|a wrong|an incorrect}'],
				],
				[
					['{was|were|had been|got}'],
					['{typed|entered|given|put|filled|spelt|spelled}'],
					['{wrong|incorrectly|wrongly|in wrong|in incorrectly}'],
				],
				[['your {mistake|error|fault}', 'user error', 'on your end', 'on your side']],
				[["{if you'd|if you had}"], ['{read|checked|looked|followed|paid attention|entered|chosen}']],
				[["you {should|shouldn't|should not|ought to} have", "you'd have {seen|known|noticed}"]],
			],
			gap: 3,
			scope: 'sentence',
			agentVoice: false,
			hint: HINTS.customerFault,
		},
		{
			id: 'excuse',
			rule: 'E7',
			sequences: [
				[
					[
						"{we're|we are|we've been|I'm|I am|I've been|it's|it is|it's been|it has been|things are|things have been|today is|today's} {really |so |very |super |crazy |extremely |a bit |a little |quite |incredibly |absolutely |}{busy|swamped|slammed|snowed under|overwhelmed|short-staffed|short staffed|understaffed|stretched|overloaded|hectic|chaos|chaotic|mad|manic|flat out|run off our feet|mental}",
						'{short-staffed|short staffed|understaffed|snowed under|run off our feet}',
						'{so|too|very} many {chats|customers|requests|enquiries|inquiries|messages|tickets|calls}',
						'{lots|loads|a lot|tons|hundreds} of {chats|customers|requests|enquiries|inquiries|messages|tickets|calls}',
						"{I'm|I am} {fairly |pretty |quite |very |still |only |}{new|new here|learning|green|the only one}",
						'only {one|two|a few|a couple} of us',
						'{on my own|by myself} today',
						'{huge|big|massive|long} {backlog|queue}',
						"{I've|I have} only been {here|working here|in this job|doing this} {for|since}",
						'I only started {here|last week|this week|recently|on *|yesterday}',
						"{we can't|we cannot|we're struggling to|we are struggling to|hard to} keep up",
					],
				],
			],
			scope: 'sentence',
			hint: HINTS.excuse,
		},
	],
};
