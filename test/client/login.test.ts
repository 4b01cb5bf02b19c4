// The login step alone: the auth payload, and what each kind of answer means for the link.
import {describe, expect, it} from 'vitest';
import {authPayload, judgeLogin} from '../../source/client/login.js';
import {RequestError} from '../../source/client/request-error.js';
import {agent} from '../protocol/fixtures.js';

const client = {name: 'switchboard', version: '1.0.0'};
const snapshot = {seq: 3, chats: [], offers: [], followups: []};
const refused = (code: ConstructorParameters<typeof RequestError>[0]) => ({
	ok: false as const,
	error: new RequestError(code, `${code}!`),
});

describe('authPayload', () => {
	it('asks to resume only when there is a session', () => {
		expect(authPayload('t', client, null)).toEqual({token: 't', client});
		expect(authPayload('t', client, {id: 's1', lastSeq: 9})).toEqual({
			token: 't',
			client,
			resume: {session_id: 's1', last_seq: 9},
		});
	});
});

describe('judgeLogin', () => {
	it('accepts a fresh session with a snapshot, and a resume of the session asked for', () => {
		const fresh = {session_id: 's2', agent, resumed: false, snapshot};
		expect(judgeLogin({ok: true, payload: fresh}, null)).toEqual({ok: true, result: fresh});
		expect(judgeLogin({ok: true, payload: fresh}, 's1')).toEqual({ok: true, result: fresh});
		const resumed = {session_id: 's1', agent, resumed: true};
		expect(judgeLogin({ok: true, payload: resumed}, 's1')).toEqual({ok: true, result: resumed});
	});

	it('maps refusals: bad token stops, resume_expired logs in afresh, the rest retries', () => {
		expect(judgeLogin(refused('bad_token'), null)).toMatchObject({
			end: {kind: 'stop', code: 4001, reason: 'the server refused the token'},
		});
		expect(judgeLogin(refused('resume_expired'), 's1')).toMatchObject({end: {kind: 'fresh'}});
		expect(judgeLogin(refused('timeout'), null)).toMatchObject({
			end: {kind: 'resume', reason: expect.stringMatching(/in time/)},
		});
		expect(judgeLogin(refused('internal'), null)).toMatchObject({
			// The server's own words ("internal!") are not shown: they may name ids.
			end: {kind: 'resume', reason: 'sign-in failed: the server ran into an error of its own'},
		});
	});

	it('treats answers that do not fit the question as protocol errors', () => {
		expect(judgeLogin({ok: true, payload: {session_id: 's1', agent, resumed: false}}, null)).toMatchObject({
			end: {kind: 'resume'},
			protocolError: expect.stringMatching(/snapshot/),
		});
		expect(judgeLogin({ok: true, payload: {session_id: 's9', agent, resumed: true}}, 's1')).toMatchObject({
			end: {kind: 'fresh'},
			protocolError: expect.stringMatching(/did not ask for/),
		});
		expect(judgeLogin({ok: true, payload: {session_id: 's9', agent, resumed: true}}, null)).toMatchObject({
			end: {kind: 'fresh'},
		});
	});
});
