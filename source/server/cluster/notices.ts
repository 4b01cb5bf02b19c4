// What one process of a cluster tells the others besides stream wake-ups, each a NOTIFY with tab-separated fields:
// k/K AGENT|CHAT LINK (a newer link took the stream over: the older one closes with 4003), r AGENT REASON (the account
// was revoked: 4001), and the transient events t AGENTS, u CHAT, p AGENT (presence), each ORIGIN first, frame last.
import {CloseCode} from '../../protocol/index.js';
import type {ClusterCentre} from './centre.js';

export function handleNotice({bus}: ClusterCentre, kind: string, fields: string[]): void {
	const [first, second] = fields;
	if (kind === 'k' || kind === 'K') {
		const streams = kind === 'k' ? bus.agents : bus.customers;
		const local = streams.get(first!);
		if (local && local.linkId !== second) {
			streams.delete(first!);
			local.connection.close(CloseCode.replaced, 'replaced by a newer connection');
		}
		return;
	}
	if (kind === 'r') {
		const local = bus.agents.get(first!);
		if (!local) return;
		bus.agents.delete(first!);
		local.connection.close(
			CloseCode.badToken,
			second === 'removed' ? 'the account was removed' : 'the token was rotated',
		);
		return;
	}
	// Transient events: the process that sent them delivered to its own links already.
	if (first === bus.processId) return;
	const text = fields.slice(2).join('\t');
	if (kind === 't') {
		for (const id of second!.split(',')) bus.agents.get(id)?.connection.sendText(text);
	} else if (kind === 'u') {
		bus.customers.get(second!)?.connection.sendText(text);
	} else if (kind === 'p') {
		for (const local of bus.agents.values()) if (local.id !== second) local.connection.sendText(text);
	}
}
