// Whether a chat was the desk's at a given moment: it stops being the desk's when a completed transfer hands it to a colleague.
import type {CustomerJournal} from '../player/index.js';

/**
 * The report judges the agent at the desk, not the simulated colleagues: after a completed transfer to a
 * colleague (or to a department nobody at the desk stands for), the customer's waits are no longer the
 * desk's. The hand-over counts from the moment the transfer started, as the desk stops answering then. A
 * failed transfer leaves the chat with the desk. Colleagues decline new chats, so before any transfer the
 * chat is the desk's, queue time included.
 */
export function deskOwnership(customer: CustomerJournal, colleagueNames: ReadonlySet<string>): (t: number) => boolean {
	const handovers = customer.transfers
		.filter(transfer => transfer.outcome === 'completed')
		.map(transfer => ({at: transfer.at, toDesk: transfer.to !== null && !colleagueNames.has(transfer.to)}))
		.sort((a, b) => a.at - b.at);
	return t => {
		let desk = true;
		for (const handover of handovers) {
			if (handover.at > t) break;
			desk = handover.toDesk;
		}
		return desk;
	};
}
