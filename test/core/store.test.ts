// The desk store: useSyncExternalStore's contract, and one notification per batch (DESIGN: ≤ 1 render per burst).
import {describe, expect, it} from 'vitest';
import {createDeskStore} from '../../source/core/store.js';
import {chat, created, desk, msg} from '../helpers/fixtures.js';

describe('createDeskStore', () => {
	it('starts from an empty desk or the state given', () => {
		expect(createDeskStore().getState().chats.size).toBe(0);
		const initial = desk([chat('c1')]);
		expect(createDeskStore(initial).getState()).toBe(initial);
	});

	it('notifies subscribers when the state changes, not when an action changes nothing', () => {
		const store = createDeskStore(desk([chat('c1')]));
		let calls = 0;
		store.subscribe(() => calls++);
		store.dispatch(created(msg('c1', 1)));
		expect(calls).toBe(1);
		store.dispatch(created(msg('c1', 1)));
		expect(calls).toBe(1);
	});

	it('a batch applies every action and notifies once', () => {
		const store = createDeskStore(desk([chat('c1'), chat('c2')]));
		let calls = 0;
		store.subscribe(() => calls++);
		store.dispatchBatch([created(msg('c1', 1)), created(msg('c2', 1)), created(msg('c1', 2))]);
		expect(calls).toBe(1);
		expect(store.getState().chats.get('c1')!.messages.length).toBe(2);
		store.dispatchBatch([]);
		store.dispatchBatch([created(msg('c1', 1))]);
		expect(calls).toBe(1);
	});

	it('stops notifying after unsubscribe, also when a listener unsubscribes during a notification', () => {
		const store = createDeskStore(desk([chat('c1')]));
		const seen: string[] = [];
		const stopFirst = store.subscribe(() => {
			seen.push('first');
			stopFirst();
		});
		store.subscribe(() => seen.push('second'));
		store.dispatch(created(msg('c1', 1)));
		store.dispatch(created(msg('c1', 2)));
		expect(seen).toEqual(['first', 'second', 'second']);
	});

	it('getState is stable between changes, as useSyncExternalStore requires', () => {
		const store = createDeskStore();
		expect(store.getState()).toBe(store.getState());
	});
});
