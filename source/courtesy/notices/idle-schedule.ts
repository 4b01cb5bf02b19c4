// The idle customer: when the polite check-in is due, and later the offer to close (off by default).
import type {NoticeKind} from './notice-kinds.js';

/** After this much silence from the customer, the check-in. */
export const IDLE_CHECK_IN_AFTER_MS = 3 * 60_000;
/** After this much silence, the offer to close (when switched on). */
export const IDLE_CLOSE_OFFER_AFTER_MS = 10 * 60_000;

export type CustomerSilence = {
	/** When the customer last wrote (or joined). */
	customerLastAt: number;
	/** When the agent last wrote publicly, idle notices not counted; null when the agent has not written yet. */
	agentLastAt: number | null;
	/** When the check-in went out, if it did. */
	checkInAt?: number | null;
	/** When the offer to close went out, if it did. */
	closeOfferAt?: number | null;
};

export type IdleRules = {
	checkIn: boolean;
	closeOffer: boolean;
	checkInAfterMs?: number;
	closeOfferAfterMs?: number;
};

/**
 * Which idle notice is due now, if any. Only when the agent spoke last: while the customer waits for an
 * answer, the silence is the agent's (E1), not the customer's. Silence counts from the agent's last word,
 * each notice goes out once per silence, and the offer to close comes after the check-in when both are on.
 */
export function idleNoticeDue(
	silence: CustomerSilence,
	rules: IdleRules,
	now: number,
): Extract<NoticeKind, 'idle-check-in' | 'idle-close-offer'> | null {
	const {customerLastAt, agentLastAt} = silence;
	if (agentLastAt === null || agentLastAt < customerLastAt) return null;
	const quiet = now - agentLastAt;
	const sentThisSilence = (at: number | null | undefined) => typeof at === 'number' && at >= agentLastAt;
	const checkInAfter = rules.checkInAfterMs ?? IDLE_CHECK_IN_AFTER_MS;
	const closeOfferAfter = rules.closeOfferAfterMs ?? IDLE_CLOSE_OFFER_AFTER_MS;
	const checkedIn = sentThisSilence(silence.checkInAt);
	if (rules.closeOffer && !sentThisSilence(silence.closeOfferAt) && quiet >= closeOfferAfter) {
		if (!rules.checkIn) return 'idle-close-offer';
		// A check-in that went out late (the desk was offline) still gets its interval before the offer.
		if (checkedIn && now - (silence.checkInAt ?? 0) >= Math.max(0, closeOfferAfter - checkInAfter))
			return 'idle-close-offer';
	}
	if (rules.checkIn && !checkedIn && quiet >= checkInAfter) return 'idle-check-in';
	return null;
}
