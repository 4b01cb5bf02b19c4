// A remote name can never pass for the desk's own labels ("» You (auto)", "[note]", "***"): issue 13.
import {describe, expect, it} from 'vitest';
import {messageEntry} from '../../source/ui/components/conversation/conversation-entries.js';
import {remoteName} from '../../source/ui/remote-text.js';
import type {Message} from '../../source/protocol/index.js';

const theme = {ascii: false} as never;

function customerMessage(name: string): Message {
	return {
		id: 'm1',
		chat_id: 'c1',
		n: 1,
		client_msg_id: 'k1',
		author: {type: 'customer', id: 'cu1', name},
		text: 'refund me now',
		visibility: 'public',
		auto: false,
		ts: 0,
	};
}

describe('remote names on the desk', () => {
	it.each([
		['» You (auto)', '"You"'],
		['>> You', '"You"'],
		['*** Alex', 'Alex'],
		['[note] Alex (auto)', 'Alex'],
		['You (sending…)', '"You"'],
		['Sarah Jones', 'Sarah Jones'],
		['Ola » Nordmann', 'Ola Nordmann'],
	])('%s is shown as %s', (name, shown) => {
		expect(remoteName(name)).toBe(shown);
	});

	it('a customer named like the agent’s own message does not look like one', () => {
		const own = messageEntry(
			{...customerMessage('x'), author: {type: 'agent', id: 'alex', name: 'Alex'}, auto: true},
			'alex',
			{theme} as never,
		);
		const impostor = messageEntry(customerMessage('» You (auto)'), 'alex', {theme} as never);
		expect(own.body).toBe('» You (auto): refund me now');
		expect(impostor.body).toBe('"You": refund me now');
	});
});
