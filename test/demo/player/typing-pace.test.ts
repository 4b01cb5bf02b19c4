// Typing pace: drafts every 300 ms that only grow, a default human pace, a 6 s cap, and every delay divided by speed.
import {describe, expect, it} from 'vitest';
import {typingPlan} from '../../../source/demo/player/typing-pace.js';

describe('typingPlan', () => {
	it('reports the growing draft every 300 ms, then sends at the end of typing', () => {
		expect(typingPlan('Hello there', 10, 1)).toEqual({
			peeks: [
				{atMs: 300, draft: 'Hel'},
				{atMs: 600, draft: 'Hello '},
				{atMs: 900, draft: 'Hello the'},
			],
			sendAtMs: 1_100,
		});
	});

	it('types about 7 characters a second by default', () => {
		expect(typingPlan('x'.repeat(14), null, 1).sendAtMs).toBe(2_000);
	});

	it('caps a long line at 6 s, with drafts all the way', () => {
		const plan = typingPlan('y'.repeat(300), null, 1);
		expect(plan.sendAtMs).toBe(6_000);
		expect(plan.peeks).toHaveLength(19);
		expect(plan.peeks.at(-1)!.draft.length).toBeLessThan(300);
	});

	it('divides the typing time by the speed, keeping drafts 300 ms apart on the clock', () => {
		const plan = typingPlan('Hello there', 10, 2);
		expect(plan.sendAtMs).toBe(550);
		expect(plan.peeks).toEqual([{atMs: 300, draft: 'Hello '}]);
	});

	it('shows even a very fast line once as a draft, and never splits an emoji', () => {
		const plan = typingPlan('ok 👍', 100, 1);
		expect(plan.peeks).toHaveLength(1);
		expect(plan.peeks[0]!.atMs).toBeCloseTo(20);
		expect([...plan.peeks[0]!.draft].every(char => char !== '\uD83D')).toBe(true);
		for (const text of ['👍👍👍👍👍👍👍👍👍👍']) {
			for (const {draft} of typingPlan(text, 3, 1).peeks) expect(/[\uD800-\uDBFF]$/.test(draft)).toBe(false);
		}
	});
});
