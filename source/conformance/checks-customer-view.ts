// Checks of what a customer never sees (§17.6): agent ids, hold reasons, routing. They read every customer frame of the run.
import type {ServerFrame} from '../protocol/index.js';
import {expect, type CheckGroup} from './check.js';
import type {ConformanceContext} from './context.js';
import {show} from './describe.js';

/** Every value in a parsed frame, with the path that leads to it (keys, not text: ids of any spelling are fair). */
function* walk(value: unknown, path: string): Generator<{path: string; key: string; value: unknown; parent: unknown}> {
	if (value === null || typeof value !== 'object') return;
	for (const [key, child] of Object.entries(value)) {
		const childPath = Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`;
		yield {path: childPath, key, value: child, parent: value};
		yield* walk(child, childPath);
	}
}

/** Every valid frame every customer connection of the run has received so far, closed ones included. */
function customerFrames(context: ConformanceContext): Array<{label: string; frame: ServerFrame}> {
	return context.probes
		.filter(probe => probe.endpoint === 'customer')
		.flatMap(probe => probe.framesSince(0).map(frame => ({label: probe.label, frame})));
}

function frameName(frame: ServerFrame): string {
	return frame.type === 'evt' ? frame.event : frame.type;
}

export const customerViewChecks: CheckGroup = {
	title: 'what a customer never sees',
	checks: context => [
		{
			name: 'no agent id reaches a customer: author.id of agent messages is null, no agent_id field (§17.6)',
			async run(context) {
				const frames = customerFrames(context);
				expect(frames.length > 0, 'not run: no customer connection has had a frame yet');
				for (const {label, frame} of frames) {
					for (const {path, key, value, parent} of walk(frame, frameName(frame))) {
						expect(key !== 'agent_id', `${label}: ${path} gives the customer an agent id (${show(value)})`);
						const author = parent as {type?: unknown; id?: unknown};
						if (key === 'id' && author.type === 'agent')
							expect(value === null, `${label}: ${path} is the agent's id ${show(value)}; it must be null`);
					}
				}
			},
		},
		{
			name: 'a chat offered to an agent still shows as queued to its customer (§17.3, §17.6)',
			async run(context) {
				const frames = customerFrames(context);
				expect(frames.length > 0, 'not run: no customer connection has had a frame yet');
				for (const {label, frame} of frames) {
					for (const {path, key, value} of walk(frame, frameName(frame))) {
						if (key !== 'status' || !path.includes('chat')) continue;
						expect(value !== 'offered', `${label}: ${path} shows the customer status "offered" (routing)`);
					}
				}
			},
		},
		// Only a server that claims hold has hold reasons to keep.
		...(context.capabilities()?.has('hold')
			? [
					{
						name: 'hold claimed: the hold reason never reaches the customer (§17.6)',
						async run(context: ConformanceContext) {
							const {chatId, customer} = context.requireMainChat();
							const {probe} = await context.agent();
							const reason = `conformance private reason ${Date.now().toString(36)}`;
							const since = customer.probe.mark();
							await probe.call('chat.hold', {chat_id: chatId, minutes: 2, reason});
							try {
								await customer.probe.waitEvent<{chat: {status: string}}>('chat.updated', {
									since,
									match: payload => payload.chat.status === 'on_hold',
									what: 'chat.updated with status on_hold at the customer',
								});
								// Everything the hold made has reached the customer once the pong is back.
								await customer.probe.barrier();
								for (const frame of customer.probe.framesSince(since)) {
									for (const {path, value} of walk(frame, frameName(frame))) {
										expect(
											typeof value !== 'string' || !value.includes(reason),
											`${customer.probe.label}: ${path} carries the agent's hold reason`,
										);
									}
								}
							} finally {
								await probe.call('chat.unhold', {chat_id: chatId});
							}
						},
					},
				]
			: []),
	],
};
