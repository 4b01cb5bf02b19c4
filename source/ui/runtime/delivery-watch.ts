// Waits for the server to confirm (or refuse) particular sends, so a command's next request goes after its notices.
import type {DeskAction} from '../../core/actions.js';

export type Delivery = 'sent' | 'failed';

export type DeliveryWatch = {
	/** Feed every client action through this (before batching: the answer is wanted at once). */
	observe(action: DeskAction): void;
	/** Resolves when every id was confirmed ('sent') or when one was refused ('failed'). */
	settled(clientMsgIds: readonly string[]): Promise<Delivery>;
	/** Stops waiting: pending waits resolve 'failed' (the desk is closing). */
	stop(): void;
};

type Waiter = {ids: Set<string>; resolve: (delivery: Delivery) => void};

export function createDeliveryWatch(): DeliveryWatch {
	const waiters = new Set<Waiter>();
	// A confirmation can arrive before anyone waits for it (a fast server, a resend after a reconnect).
	const outcomes = new Map<string, Delivery>();
	const finish = (waiter: Waiter, delivery: Delivery) => {
		waiters.delete(waiter);
		waiter.resolve(delivery);
	};
	return {
		observe(action) {
			if (action.type !== 'outbox.sent' && action.type !== 'outbox.failed') return;
			const delivery: Delivery = action.type === 'outbox.sent' ? 'sent' : 'failed';
			let claimed = false;
			for (const waiter of [...waiters]) {
				if (!waiter.ids.has(action.client_msg_id)) continue;
				claimed = true;
				waiter.ids.delete(action.client_msg_id);
				if (delivery === 'failed') finish(waiter, 'failed');
				else if (waiter.ids.size === 0) finish(waiter, 'sent');
			}
			if (!claimed) {
				outcomes.set(action.client_msg_id, delivery);
				// Only recent outcomes matter: the command that wants them waits right after sending.
				if (outcomes.size > 200) outcomes.delete(outcomes.keys().next().value!);
			}
		},
		settled(clientMsgIds) {
			const ids = new Set<string>();
			for (const id of clientMsgIds) {
				const known = outcomes.get(id);
				outcomes.delete(id);
				if (known === 'failed') return Promise.resolve('failed');
				if (known === undefined) ids.add(id);
			}
			if (ids.size === 0) return Promise.resolve('sent');
			return new Promise(resolve => waiters.add({ids, resolve}));
		},
		stop() {
			for (const waiter of [...waiters]) finish(waiter, 'failed');
		},
	};
}
