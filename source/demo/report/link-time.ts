// The machine's share of a wait: the link from the customer to the desk and back, which --speed does not scale.
import type {CustomerJournal} from '../player/index.js';
import {MATCH_TOLERANCE_MS, type ChatDeskRecord} from './chat-desk-record.js';

/**
 * At --speed X the scenario's delays (and the autopilot's) shrink X times, but the link does not: a message
 * takes the same few hundred milliseconds from the customer's browser to the desk, through the desk's batching,
 * and back, at any speed. Multiplied by the speed like the rest, those milliseconds became seconds of "reply
 * time" at --speed 20 that the agent never took. So a wait is split: the part between the desk having the
 * customer's message and the desk sending its reply is scenario time (× speed), the link either side is kept
 * as measured. With no desk record to match (a hand-made journal), the link is 0 and the whole wait scales.
 */
export type LinkTimes = {
	/** How long after the customer sent it the desk had this message (clock ms), or 0 when unknown. */
	inbound(said: {at: number; text: string}): number;
	/** How long after the desk sent it the customer received this message (clock ms), or 0 when unknown. */
	outbound(received: {at: number; text: string}): number;
};

/** Both journals use one clock; this much slack covers the rounding of the two records. */
const SLACK_MS = 5;

export function linkTimes(customer: CustomerJournal, record: ChatDeskRecord): LinkTimes {
	if (customer.chatId === null) return {inbound: () => 0, outbound: () => 0};
	return {
		inbound(said) {
			const seen = record.arrivals.find(arrival => arrival.text === said.text && arrival.t >= said.at - SLACK_MS);
			return seen === undefined ? 0 : clamp(seen.t - said.at);
		},
		outbound(received) {
			const sent = record.sends.findLast(
				send => send.visibility === 'public' && send.text === received.text && send.t <= received.at + SLACK_MS,
			);
			return sent === undefined ? 0 : clamp(received.at - sent.t);
		},
	};
}

/** A link slower than the match tolerance is no match: better to scale it than to excuse a real delay. */
function clamp(ms: number): number {
	return ms < 0 || ms > MATCH_TOLERANCE_MS ? 0 : ms;
}
