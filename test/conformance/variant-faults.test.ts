// The checker is strict: a server with one deliberate fault (test/variant-server) fails the check made for it.
import {describe, expect, it} from 'vitest';
import {formatSummary} from '../../source/conformance/index.js';
import {FAULTS, type Fault} from '../variant-server/variant-options.js';
import {failures, variantChecker} from './variant-check.js';

const check = variantChecker();

describe('a broken variant fails the right check', () => {
	// One fault each (test/variant-server/variant-options.ts), and the check that must catch it, by name.
	const caughtBy: Record<Fault, RegExp> = {
		'agent-id-to-customer': /^no agent id reaches a customer/,
		'hold-reason-to-customer': /^hold claimed: the hold reason never reaches the customer/,
		'wrong-retryable': /retryable:true; §10 gives not_found retryable:false/,
		'resume-after-drop': /^resume from below an acknowledged seq/,
		'replay-new-ts': /^replayed events keep their original seq, ts and payload.*a new ts/,
		'second-auth-accepted': /^a second auth on one connection -> conflict/,
		'second-join-accepted': /^a second join on one customer connection -> conflict/,
		'typing-on-ended-fails': /^an ended chat: typing.set succeeds.*typing.set answered error conflict/,
		'rating-before-agent': /^rating claimed: rating.submit before any agent had the chat/,
		'rating-not-stored': /^rating claimed: an accepted rating is stored/,
		'offers-missing-from-snapshot': /^a pending offer is in the snapshot of a fresh login/,
		'offers-to-away': /^an away agent is offered no new chat/,
		'queued-not-offered-at-login': /^two agents: a chat queued while nobody could take it reaches an agent/,
		// Caught where the offer arrives (§6.1), not by racing the revocation that follows at once.
		'offer-already-expired': /expected the offer to expire after it was sent/,
		'ended-chat-unreadable': /^an ended chat: .*chat.history answered error/,
		'presence-to-self': /no presence.changed about itself: the agent got presence.changed about its own presence/,
		'no-rate-limit': /^a rate limit exists: .*it has no rate limit/,
		'n-not-per-chat': /^message numbers count per chat/,
		'routing-in-customer-status': /^a chat offered to an agent still shows as queued to its customer/,
		'no-4008': /^heartbeat: .* -> close 4008/,
		'declined-not-reoffered': /^two agents: a declined chat reaches an agent again/,
		'transfer-to-self-accepted': /^transfer claimed: chat.transfer to yourself -> bad_request/,
		'transfer-note-to-customer': /^two agents, transfer claimed: .*the customer was sent the transfer note/,
	};

	it.each(FAULTS)('%s', async fault => {
		const report = await check({fault, capabilities: ['hold', 'rating', 'transfer']});
		expect(failures(report).join('\n')).toMatch(new RegExp(caughtBy[fault].source, 'm'));
		expect(formatSummary(report)).not.toMatch(/compatible with/);
	});
});
