// Pure routing decisions, without sockets: eligibility, least-loaded choice, declines, transfers, staffing.
import {describe, expect, it} from 'vitest';
import {
	anyoneCanTakeChat,
	canTakeChat,
	chooseAgentForOffer,
	chooseTransferTarget,
	departmentStaffing,
	hasUndeclinedCandidate,
	type RoutingAgent,
} from '../../source/server/routing.js';

const agent = (id: string, extra: Partial<RoutingAgent> = {}): RoutingAgent => ({
	id,
	departments: [],
	presence: 'online',
	available: true,
	load: 0,
	capacity: 2,
	lastOfferedAt: 0,
	...extra,
});

describe('chooseAgentForOffer', () => {
	it('picks the least loaded agent', () => {
		const agents = [agent('a', {load: 1}), agent('b', {load: 0}), agent('c', {load: 1})];
		expect(chooseAgentForOffer(agents, null)?.id).toBe('b');
	});

	it('breaks ties by who waited longest for an offer, then by id', () => {
		expect(chooseAgentForOffer([agent('a', {lastOfferedAt: 5}), agent('b', {lastOfferedAt: 2})], null)?.id).toBe('b');
		expect(chooseAgentForOffer([agent('b'), agent('a')], null)?.id).toBe('a');
	});

	it('skips agents who are away, offline, unreachable or full', () => {
		const agents = [
			agent('away', {presence: 'away'}),
			agent('offline', {presence: 'offline'}),
			agent('gone', {available: false}),
			agent('full', {load: 2, capacity: 2}),
		];
		expect(chooseAgentForOffer(agents, null)).toBeUndefined();
		expect(anyoneCanTakeChat(agents)).toBe(false);
		expect(canTakeChat(agent('ok'))).toBe(true);
	});

	it('honours departments; an agent without departments takes any', () => {
		const agents = [agent('billing', {departments: ['billing']}), agent('any', {load: 1})];
		expect(chooseAgentForOffer(agents, 'billing')?.id).toBe('billing');
		expect(chooseAgentForOffer(agents, 'tech')?.id).toBe('any');
		expect(chooseAgentForOffer([agent('billing', {departments: ['billing']})], 'tech')).toBeUndefined();
		// A chat without a department goes to anyone.
		expect(chooseAgentForOffer([agent('billing', {departments: ['billing']})], null)?.id).toBe('billing');
	});

	it('skips agents who declined', () => {
		expect(chooseAgentForOffer([agent('a'), agent('b', {load: 1})], null, new Set(['a']))?.id).toBe('b');
	});
});

describe('hasUndeclinedCandidate', () => {
	it('looks past load but not past presence, reachability or department', () => {
		const agents = [
			agent('a'),
			agent('b', {load: 2}),
			agent('c', {presence: 'away'}),
			agent('d', {departments: ['tech']}),
		];
		expect(hasUndeclinedCandidate(agents, null, new Set(['a']))).toBe(true); // b, once a seat frees
		expect(hasUndeclinedCandidate(agents, 'billing', new Set(['a', 'b']))).toBe(false);
		expect(hasUndeclinedCandidate(agents, 'tech', new Set(['a', 'b']))).toBe(true);
	});
});

describe('chooseTransferTarget', () => {
	const agents = [
		agent('from'),
		agent('bob', {departments: ['billing']}),
		agent('busy', {departments: ['billing'], load: 2}),
	];

	it('takes the named agent only when able, never the sender', () => {
		expect(chooseTransferTarget(agents, {type: 'agent', id: 'bob'}, 'from')?.id).toBe('bob');
		expect(chooseTransferTarget(agents, {type: 'agent', id: 'busy'}, 'from')).toBeUndefined();
		expect(chooseTransferTarget(agents, {type: 'agent', id: 'from'}, 'from')).toBeUndefined();
		expect(chooseTransferTarget(agents, {type: 'agent', id: 'nobody'}, 'from')).toBeUndefined();
	});

	it('picks the best agent of a department, excluding the sender', () => {
		expect(chooseTransferTarget(agents, {type: 'department', id: 'billing'}, 'from')?.id).toBe('bob');
		expect(
			chooseTransferTarget([agent('from', {departments: ['billing']})], {type: 'department', id: 'billing'}, 'from'),
		).toBeUndefined();
	});
});

describe('departmentStaffing', () => {
	it('counts online, reachable agents serving the department and whether any has a seat', () => {
		const agents = [
			agent('a', {departments: ['billing'], load: 2}),
			agent('b'),
			agent('c', {presence: 'away'}),
			agent('d', {departments: ['tech']}),
		];
		expect(departmentStaffing(agents, 'billing')).toEqual({agents_online: 2, accepting: true});
		expect(departmentStaffing([agent('a', {departments: ['billing'], load: 2})], 'billing')).toEqual({
			agents_online: 1,
			accepting: false,
		});
	});
});
