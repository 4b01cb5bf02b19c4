// Checks over everything received during the run: sequencing of events on every connection, and frame validity.
import {agentEvents, customerEvents, TRANSIENT_AGENT_EVENTS, TRANSIENT_CUSTOMER_EVENTS} from '../protocol/index.js';
import {expect, type CheckGroup} from './check.js';
import type {Probe} from './probe.js';

/** The first sequencing fault on one connection, or null. */
export function sequencingFault(probe: Probe): string | null {
	const transient = probe.endpoint === 'agent' ? TRANSIENT_AGENT_EVENTS : TRANSIENT_CUSTOMER_EVENTS;
	const known: Record<string, unknown> = probe.endpoint === 'agent' ? agentEvents : customerEvents;
	for (const received of probe.frames) {
		const frame = received.frame;
		if (frame?.type !== 'evt' || !Object.hasOwn(known, frame.event)) continue;
		if (transient.has(frame.event) && frame.seq !== undefined)
			return `${probe.label}: transient event ${frame.event} carries seq ${frame.seq}`;
		if (!transient.has(frame.event) && frame.seq === undefined)
			return `${probe.label}: sequenced event ${frame.event} came without a seq`;
	}
	const {seqs, seqStart} = probe;
	for (let index = 1; index < seqs.length; index++) {
		const previous = seqs[index - 1]!;
		const entry = seqs[index]!;
		if (entry.seq !== previous.seq + 1) {
			return `${probe.label}: expected seq ${previous.seq + 1} after ${previous.seq} (${previous.event}), got ${entry.seq} (${entry.event})`;
		}
	}
	if (seqStart) {
		const first = seqs.find(entry => entry.index > seqStart.index);
		if (first && first.seq !== seqStart.base + 1) {
			return `${probe.label}: expected the first event after the ${probe.endpoint === 'agent' ? 'auth' : 'join'} result (seq ${seqStart.base}) to have seq ${seqStart.base + 1}, got ${first.seq} (${first.event})`;
		}
	}
	return null;
}

export const streamChecks: CheckGroup = {
	title: 'whole run',
	checks: () => [
		{
			name: 'seq rises by 1 without gaps on every connection; transient events carry none',
			async run(context) {
				const probes = context.probes.filter(probe => probe.seqs.length > 0 || probe.seqStart);
				const faults = probes.map(probe => sequencingFault(probe)).filter(fault => fault !== null);
				expect(faults.length === 0, () => `${faults[0]}${faults.length > 1 ? ` (and ${faults.length - 1} more)` : ''}`);
				expect(
					probes.some(probe => probe.seqs.length > 0),
					'expected sequenced events during the run, got none',
				);
			},
		},
		{
			name: 'every frame from the server valid (whole run)',
			async run(context) {
				const {violations} = context;
				expect(
					context.probes.some(probe => probe.frames.length > 0),
					'expected frames from the server during the run, got none',
				);
				expect(violations.length === 0, () => `${violations.length} invalid frame(s); first: ${violations[0]!.reason}`);
			},
		},
	],
};
