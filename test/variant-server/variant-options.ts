// Options of the variant server: the legal choices the spec leaves open, and one deliberate fault at a time.
import type {Capability} from '../../source/protocol/index.js';

/** How the server spells its ids: all legal (1-64 characters, opaque), none like the reference server's. */
export type IdStyle = 'long' | 'short' | 'numeric' | 'escaped';

/** One broken behaviour each; the checker must fail the matching check (test/conformance/variants.test.ts). */
export const FAULTS = [
	'agent-id-to-customer',
	'hold-reason-to-customer',
	'wrong-retryable',
	'resume-after-drop',
	'replay-new-ts',
	'second-auth-accepted',
	'second-join-accepted',
	'typing-on-ended-fails',
	'rating-before-agent',
	'rating-not-stored',
	'offers-missing-from-snapshot',
	'offers-to-away',
	'queued-not-offered-at-login',
	'offer-already-expired',
	'ended-chat-unreadable',
	'presence-to-self',
	'no-rate-limit',
	'n-not-per-chat',
	'routing-in-customer-status',
	'no-4008',
	'declined-not-reoffered',
	'transfer-to-self-accepted',
	'transfer-note-to-customer',
] as const;
export type Fault = (typeof FAULTS)[number];

export type VariantAgent = {id: string; name: string; token: string; capacity?: number; departments?: string[]};

export type VariantOptions = {
	agents?: VariantAgent[];
	departments?: Array<{id: string; name: string}>;
	/** Chats go straight to an agent with chat.assigned, never offered (protocol §15 allows it). */
	assignWithoutOffer?: boolean;
	/** chat.history never returns more than this many messages a page (with has_more: true). */
	historyPage?: number;
	/** hello.limits.max_text_chars, enforced on every text the server takes. */
	maxTextChars?: number;
	idStyle?: IdStyle;
	/** The server's clock runs this far from the machine's (both in hello.now and in every timestamp). */
	clockOffsetMs?: number;
	/** Optional features claimed; the variant server implements hold, rating and transfer to an agent. Default: none. */
	capabilities?: Capability[];
	/** Include hello.now (protocol v1.1); a v1 server leaves it out. Default true. */
	helloNow?: boolean;
	heartbeatMs?: number;
	resumeWindowMs?: number;
	offerTimeoutMs?: number;
	/** Frames per second in the token bucket (burst 10 x). */
	rateLimit?: number;
	fault?: Fault;
};

export type ResolvedOptions = Required<Omit<VariantOptions, 'fault'>> & {fault: Fault | null};

export function resolveOptions(options: VariantOptions): ResolvedOptions {
	return {
		agents: options.agents ?? [{id: 'ag7', name: 'Vera Variant', token: 'variant-token', capacity: 6}],
		departments: options.departments ?? [{id: 'd1', name: 'Support'}],
		assignWithoutOffer: options.assignWithoutOffer ?? false,
		historyPage: options.historyPage ?? 500,
		maxTextChars: options.maxTextChars ?? 4_000,
		idStyle: options.idStyle ?? 'long',
		clockOffsetMs: options.clockOffsetMs ?? 0,
		capabilities: options.capabilities ?? [],
		helloNow: options.helloNow ?? true,
		heartbeatMs: options.heartbeatMs ?? 10_000,
		resumeWindowMs: options.resumeWindowMs ?? 60_000,
		offerTimeoutMs: options.offerTimeoutMs ?? 60_000,
		rateLimit: options.rateLimit ?? 200,
		fault: options.fault ?? null,
	};
}

/** Makes ids in the chosen style; every kind has its own counter so ids of different kinds may look alike. */
export function idMaker(style: IdStyle): (kind: string) => string {
	const counters = new Map<string, number>();
	return kind => {
		const n = (counters.get(kind) ?? 0) + 1;
		counters.set(kind, n);
		switch (style) {
			case 'numeric':
				return String(n);
			case 'short':
				return `${kind[0]}${n}`;
			case 'escaped':
				// A quote and a backslash: legal in an id, escaped in the JSON text of every frame.
				return `${kind[0]}"\\${n}`;
			case 'long':
				return `${kind}-${String(n).padStart(6, '0')}`;
		}
	};
}
