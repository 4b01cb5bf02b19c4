// The delivery watch: waits until particular sends are confirmed or one is refused, whichever order the answers come in.
import {describe, expect, it} from 'vitest';
import type {DeskAction} from '../../../source/core/actions.js';
import {createDeliveryWatch, type Delivery} from '../../../source/ui/runtime/delivery-watch.js';
import {meAuthor, message, T0} from '../helpers/fixtures.js';

const sent = (id: string): DeskAction => ({
	type: 'outbox.sent',
	client_msg_id: id,
	message: message('c1', 1, meAuthor, 'hi', {client_msg_id: id}),
	at: T0,
});
const failed = (id: string): DeskAction => ({
	type: 'outbox.failed',
	client_msg_id: id,
	error: {code: 'conflict', message: 'the chat has ended', retryable: false},
	at: T0,
});
const settle = () => new Promise(resolve => setImmediate(resolve));

/** The promise's outcome so far (undefined while it waits). */
function watch(promise: Promise<Delivery>): () => Delivery | undefined {
	let outcome: Delivery | undefined;
	void promise.then(value => (outcome = value));
	return () => outcome;
}

describe('createDeliveryWatch', () => {
	it("settles 'sent' once every id is confirmed, not before", async () => {
		const deliveries = createDeliveryWatch();
		const outcome = watch(deliveries.settled(['a', 'b']));
		deliveries.observe(sent('a'));
		await settle();
		expect(outcome()).toBeUndefined();
		deliveries.observe(sent('b'));
		await settle();
		expect(outcome()).toBe('sent');
	});

	it("settles 'failed' as soon as one is refused, whatever the others do", async () => {
		const deliveries = createDeliveryWatch();
		const outcome = watch(deliveries.settled(['a', 'b']));
		deliveries.observe(sent('a'));
		deliveries.observe(failed('b'));
		await settle();
		expect(outcome()).toBe('failed');
	});

	it('counts a confirmation that arrived before the wait began (a fast server, a send refused at once)', async () => {
		const deliveries = createDeliveryWatch();
		deliveries.observe(sent('a'));
		deliveries.observe(failed('x'));
		expect(await deliveries.settled(['a'])).toBe('sent');
		expect(await deliveries.settled(['x'])).toBe('failed');
		// One known, one still on its way.
		deliveries.observe(sent('c'));
		const outcome = watch(deliveries.settled(['c', 'd']));
		await settle();
		expect(outcome()).toBeUndefined();
		deliveries.observe(sent('d'));
		await settle();
		expect(outcome()).toBe('sent');
	});

	it("an empty list is 'sent' at once", async () => {
		expect(await createDeliveryWatch().settled([])).toBe('sent');
	});

	it('ignores other actions and other ids', async () => {
		const deliveries = createDeliveryWatch();
		const outcome = watch(deliveries.settled(['a']));
		deliveries.observe({type: 'protocol.error', message: 'bad frame', at: T0});
		deliveries.observe(sent('other'));
		deliveries.observe(failed('another'));
		await settle();
		expect(outcome()).toBeUndefined();
		deliveries.observe(sent('a'));
		await settle();
		expect(outcome()).toBe('sent');
	});

	it('two waits on different sends settle each on its own', async () => {
		const deliveries = createDeliveryWatch();
		const first = watch(deliveries.settled(['a']));
		const second = watch(deliveries.settled(['b']));
		deliveries.observe(failed('b'));
		await settle();
		expect([first(), second()]).toEqual([undefined, 'failed']);
		deliveries.observe(sent('a'));
		await settle();
		expect(first()).toBe('sent');
	});

	it("stop() ends every wait with 'failed' (the desk is closing)", async () => {
		const deliveries = createDeliveryWatch();
		const first = watch(deliveries.settled(['a']));
		const second = watch(deliveries.settled(['b', 'c']));
		deliveries.stop();
		await settle();
		expect([first(), second()]).toEqual(['failed', 'failed']);
	});
});
