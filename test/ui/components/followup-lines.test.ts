// The desk's follow-up list shows each due time as the customer was told it: in their zone, named (issue 12, E7).
import {describe, expect, it} from 'vitest';
import {followupLines, zonedDueText} from '../../../source/ui/components/chat-list/followup-lines.js';
import type {Followup} from '../../../source/protocol/index.js';

// Sunday 2025-11-23 08:30 UTC.
const NOW = Date.UTC(2025, 10, 23, 8, 30);
const HOUR = 3_600_000;

function followup(dueAt: number): Followup {
	return {id: 'f1', chat_id: 'c1', contact: 'wang@example.com', due_at: dueAt, note: '', created_at: 0, agent_id: 'a'};
}

describe('zonedDueText', () => {
	it("names the zone, and says today, this week and later by the customer's own calendar", () => {
		expect(zonedDueText(NOW + 2 * HOUR, NOW, 'Asia/Shanghai')).toBe('18:30 GMT+8');
		// 20:30 UTC is already Monday in Shanghai.
		expect(zonedDueText(NOW + 12 * HOUR, NOW, 'Asia/Shanghai')).toBe('Mon 04:30 GMT+8');
		expect(zonedDueText(NOW + 10 * 24 * HOUR, NOW, 'Europe/Oslo')).toBe('3 Dec 09:30 CET');
	});
});

describe('followupLines', () => {
	it('shows a follow-up in the zone it was told in, and one without a zone on the desk clock', () => {
		const told = {...followup(NOW + 2 * HOUR), time_zone: 'Asia/Shanghai'};
		const [zoned, plain] = followupLines(
			[
				{followup: told, whom: '王伟', zone: 'Asia/Shanghai'},
				{followup: followup(NOW + 2 * HOUR), whom: 'Sarah', zone: null},
			],
			NOW,
			false,
		);
		expect(zoned?.text).toBe('王伟 · due 18:30 GMT+8');
		expect(plain?.text).toMatch(/^Sarah · due \d\d:30$/);
	});
});
