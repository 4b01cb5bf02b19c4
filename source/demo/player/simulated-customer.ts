// One simulated customer from arrival to goodbye: joins on time, plays the script, stays until the chat ends, then disconnects.
import type {ScenarioCustomer} from '../scenario/scenario.js';
import {CustomerChat, messageOf} from './customer-chat.js';
import {CustomerScript} from './customer-script.js';
import type {CustomerJournal} from './journal.js';
import type {PlayerLog} from './player-log.js';
import type {PlayerTimers} from './player-timers.js';

export type CustomerContext = {
	customerUrl: string;
	timers: PlayerTimers;
	speed: number;
	log: PlayerLog;
	/** Aborted when the player stops. */
	stopSignal: AbortSignal;
	/** The chats open now, so stop() can close them even while a join or a send waits on a link that is down. */
	openChats: Set<CustomerChat>;
};

export function newCustomerJournal(customer: ScenarioCustomer): CustomerJournal {
	return {
		key: customer.key,
		name: customer.name,
		locale: customer.locale,
		line: customer.line,
		chatId: null,
		arrivedAt: null,
		joinedAt: null,
		agents: [],
		said: [],
		received: [],
		holds: [],
		transfers: [],
		ratingRequestedAt: null,
		rating: null,
		end: null,
		finishedAt: null,
		problems: [],
	};
}

/** Plays one customer; never rejects. Resolves when the customer is done, or at once when the player stops. */
export async function playCustomer(
	customer: ScenarioCustomer,
	journal: CustomerJournal,
	context: CustomerContext,
): Promise<void> {
	const {timers, speed, log, stopSignal} = context;
	let chat: CustomerChat | null = null;
	try {
		await timers.sleep(customer.arriveAtMs / speed, stopSignal);
		chat = new CustomerChat({url: context.customerUrl, journal, log, timers});
		context.openChats.add(chat);
		const joined = await chat.join({
			locale: customer.locale,
			// Absent rather than null: a customer without a name joins without one, and the desk has to ask (E3).
			...(customer.name === null ? {} : {name: customer.name}),
			...(customer.email === null ? {} : {email: customer.email}),
			...(customer.department === null ? {} : {department_id: customer.department}),
			...(customer.page === null ? {} : {page: customer.page}),
		});
		if (!joined) return;
		const script = new CustomerScript({chat, journal, log, timers, speed, stopSignal});
		await script.run(customer.script);
		// A script that did not say goodbye waits for the agent to close the chat, as a patient customer would.
		if (!script.left && !chat.ended) await chat.waitForEnd(stopSignal);
	} catch (error) {
		if (!stopSignal.aborted)
			log.problem(journal.problems, journal.key, null, `stopped unexpectedly: ${messageOf(error)}`);
	} finally {
		if (chat) context.openChats.delete(chat);
		await chat?.close();
		if (!stopSignal.aborted) journal.finishedAt = log.elapsed();
	}
}
