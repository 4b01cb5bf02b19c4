// The automatic notices: each kind, its template lists, and which placeholders each list may, must and should use.

/** What the desk asks for; each kind can be switched off in config (`notices.enabled`). */
export const NOTICE_KINDS = [
	'greeting',
	'transfer-greeting',
	'hold',
	'hold-update',
	'hold-overrun',
	'hold-end',
	'transfer',
	'transfer-failed',
	'transfer-brief',
	'email-request',
	'followup',
	'anything-else',
	'closing',
	'rating-thanks',
	'idle-check-in',
	'idle-close-offer',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/**
 * Lists of wordings, per locale; overridable in config (`notices.templates`). A kind whose wording
 * depends on the situation has more than one list: a greeting that asks for the name (E3), a transfer
 * to a person or to a team, thanks for a poor rating.
 */
export const TEMPLATE_KEYS = [
	'greeting',
	'greeting-ask-name',
	'greeting-ack',
	'greeting-ack-ask-name',
	'transfer-greeting',
	'hold',
	'hold-extend',
	'hold-update',
	'hold-overrun',
	'hold-end',
	'hold-end-late',
	'transfer-to-agent',
	'transfer-to-department',
	'transfer-ask-to-agent',
	'transfer-ask-to-department',
	'transfer-failed',
	'transfer-brief',
	'email-request',
	'followup',
	'anything-else',
	'closing',
	'closing-no-rating',
	'closing-low-rating',
	'rating-thanks',
	'rating-thanks-low',
	'idle-check-in',
	'idle-close-offer',
] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

/** Every placeholder a notice can fill. */
export const NOTICE_PLACEHOLDERS = [
	'customer.name',
	'agent.name',
	'company',
	'department',
	'minutes',
	'reason',
	'target',
	'due',
	'contact',
	'note',
	'wait',
	'messages',
] as const;
export type NoticePlaceholder = (typeof NOTICE_PLACEHOLDERS)[number];

export type TemplateSpec = {
	kind: NoticeKind;
	/** The etiquette rules this wording carries out. */
	rules: string;
	/** Who reads it: the customer, or (internal note) the receiving agent. */
	visibility: 'public' | 'internal';
	/** Placeholders a wording of this list may use. */
	allowed: readonly NoticePlaceholder[];
	/** Placeholders every wording must use: without them the notice breaks its rule. */
	must: readonly NoticePlaceholder[];
	/** When the context has these values, only wordings that say them are chosen (if any do). */
	prefer: readonly NoticePlaceholder[];
	/** Why each `must` is there, for config errors and skipped notices. */
	why?: Partial<Record<NoticePlaceholder, string>>;
};

const names = ['customer.name', 'agent.name', 'company', 'department'] as const;
const signed = ['customer.name', 'agent.name', 'company'] as const;

/** A public list that may use only `allowed` (the customer's name unless said), must say nothing: most short notices. */
function spec(
	kind: NoticeKind,
	rules: string,
	allowed: readonly NoticePlaceholder[] = ['customer.name'],
	more: Partial<TemplateSpec> = {},
): TemplateSpec {
	return {kind, rules, visibility: 'public', allowed, must: [], prefer: [], ...more};
}

/** E2, E3: a greeting introduces the agent, and uses a known name (the ask-name lists cover an unknown one). */
const greets = {
	must: ['agent.name', 'customer.name'],
	prefer: ['company'],
	why: {
		'agent.name': 'E2: the greeting introduces the agent',
		'customer.name': 'E3: a known name is used (the ask-name list covers an unknown one)',
	},
} as const satisfies Partial<TemplateSpec>;
const greetsAskingName = {
	must: ['agent.name'],
	prefer: ['company'],
	why: {'agent.name': 'E2: the greeting introduces the agent'},
} as const satisfies Partial<TemplateSpec>;
/** E11: a transfer notice says to whom. */
const toWhom = {
	must: ['target'],
	why: {target: 'E11: the customer is told to whom'},
} as const satisfies Partial<TemplateSpec>;

export const TEMPLATE_SPECS: Readonly<Record<TemplateKey, TemplateSpec>> = {
	greeting: spec('greeting', 'E2, E3', names, greets),
	'greeting-ask-name': spec('greeting', 'E2, E3', ['agent.name', 'company', 'department'], greetsAskingName),
	// E27: the customer has already described the need: the greeting acknowledges it instead of asking for it.
	'greeting-ack': spec('greeting', 'E2, E3, E27', names, greets),
	'greeting-ack-ask-name': spec('greeting', 'E2, E3, E27', ['agent.name', 'company', 'department'], greetsAskingName),
	'transfer-greeting': spec('transfer-greeting', 'E2, E3, E11', names, {
		must: ['agent.name'],
		prefer: ['customer.name'],
		why: {'agent.name': 'E2: the new agent introduces themselves'},
	}),
	// E10 (amended): the hold notice asks whether the wait is all right; it does not only announce it.
	hold: spec('hold', 'E7, E10', ['customer.name', 'agent.name', 'minutes', 'reason'], {
		must: ['minutes'],
		prefer: ['reason'],
		why: {minutes: "E7: a hold notice always says when you'll be back"},
	}),
	// E7, E10: /hold again during a hold: a new time, owned with an apology when the first one ran out.
	'hold-extend': spec('hold', 'E7, E10', ['customer.name', 'minutes', 'reason'], {
		must: ['minutes'],
		prefer: ['reason'],
		why: {minutes: 'E7: a new estimate states the new time'},
	}),
	// E7 (amended): an update never claims progress the agent has not reported, and names no reason.
	'hold-update': spec('hold-update', 'E7, E9'),
	// E7, E10 (amended): the promised time ran out; told honestly, with an apology, while the agent decides.
	'hold-overrun': spec('hold-overrun', 'E7, E10'),
	'hold-end': spec('hold-end', 'E10'),
	// E10 (amended): the thanks after a hold that ran past its time carries the apology.
	'hold-end-late': spec('hold-end', 'E7, E10'),
	'transfer-to-agent': spec('transfer', 'E11', ['customer.name', 'target', 'reason'], {...toWhom, prefer: ['reason']}),
	'transfer-to-department': spec('transfer', 'E11', ['customer.name', 'target', 'reason'], {
		...toWhom,
		prefer: ['reason'],
	}),
	// E11 (amended): where the agent chooses to, the customer is asked whether the transfer is all right first.
	'transfer-ask-to-agent': spec('transfer', 'E11', ['customer.name', 'target'], toWhom),
	'transfer-ask-to-department': spec('transfer', 'E11', ['customer.name', 'target'], toWhom),
	// E11 (amended): a transfer that failed, was declined or timed out is told at once; the agent stays.
	'transfer-failed': spec('transfer-failed', 'E11', ['customer.name', 'target', 'agent.name'], {prefer: ['target']}),
	'transfer-brief': spec(
		'transfer-brief',
		'E8, E11',
		['agent.name', 'customer.name', 'target', 'wait', 'note', 'messages'],
		{
			visibility: 'internal',
		},
	),
	'email-request': spec('email-request', 'E11', ['customer.name', 'target'], {prefer: ['target']}),
	followup: spec('followup', 'E7, E11, E20', ['customer.name', 'due', 'contact'], {
		must: ['due'],
		prefer: ['contact'],
		why: {due: 'E7: a promise to follow up states the time'},
	}),
	'anything-else': spec('anything-else', 'E18'),
	closing: spec('closing', 'E18, E19', signed),
	'rating-thanks': spec('rating-thanks', 'E19'),
	'closing-no-rating': spec('closing', 'E18', signed),
	// E13, E19 (amended): closing a chat the customer already rated 1: an apology, no "it was a pleasure", no second request.
	'closing-low-rating': spec('closing', 'E13, E18, E19', signed),
	'rating-thanks-low': spec('rating-thanks', 'E13, E19'),
	'idle-check-in': spec('idle-check-in', 'E4, E9'),
	'idle-close-offer': spec('idle-close-offer', 'E18'),
};

/**
 * On unless config says otherwise; the offer to close an idle chat is off, because closing on a customer
 * who is only reading a long answer is worse than leaving the chat open.
 */
export const DEFAULT_ENABLED: Readonly<Record<NoticeKind, boolean>> = {
	greeting: true,
	'transfer-greeting': true,
	hold: true,
	'hold-update': true,
	'hold-overrun': true,
	'hold-end': true,
	transfer: true,
	'transfer-failed': true,
	'transfer-brief': true,
	'email-request': true,
	followup: true,
	'anything-else': true,
	closing: true,
	'rating-thanks': true,
	'idle-check-in': true,
	'idle-close-offer': false,
};

export function isNoticeKind(value: string): value is NoticeKind {
	return (NOTICE_KINDS as readonly string[]).includes(value);
}

export function isTemplateKey(value: string): value is TemplateKey {
	return (TEMPLATE_KEYS as readonly string[]).includes(value);
}
