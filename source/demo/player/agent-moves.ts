// What the agent's side did, as a customer sees it: moves read from the customer's events, and which `expect` case they satisfy.
import type {CustomerServerEvent} from '../../client/customer-client.js';
import type {CustomerChatView} from '../../protocol/index.js';
import type {AgentMove} from '../scenario/scenario.js';

export type Observation =
	/** The first agent took the chat. */
	| {kind: 'assigned'; agentName: string}
	| {kind: 'reply'; text: string; auto: boolean; agentName: string | null}
	| {kind: 'hold'}
	| {kind: 'unhold'}
	| {kind: 'transfer-started'}
	/** The chat moved to another agent (or department). */
	| {kind: 'transfer'; from: string | null; to: string | null}
	| {kind: 'transfer-failed'}
	| {kind: 'rating-request'}
	| {kind: 'end'};

/** Follows the customer's view of the chat through its events and says what each one means. */
export class ChatWatch {
	#view: CustomerChatView | null = null;

	/** The view from the join; after a resume keep following the events instead (they replay what was missed). */
	reset(view: CustomerChatView): void {
		this.#view = view;
	}

	observe(event: CustomerServerEvent): Observation[] {
		switch (event.event) {
			case 'message.created': {
				const {author, text, auto, visibility} = event.payload.message;
				return author.type === 'agent' && visibility === 'public'
					? [{kind: 'reply', text, auto, agentName: author.name}]
					: [];
			}
			case 'rating.requested':
				return [{kind: 'rating-request'}];
			case 'chat.ended':
				this.#view = event.payload.chat;
				return [{kind: 'end'}];
			case 'chat.updated':
				return this.#changed(event.payload.chat);
			default:
				return [];
		}
	}

	#changed(next: CustomerChatView): Observation[] {
		const before = this.#view;
		this.#view = next;
		const seen: Observation[] = [];
		const was = before?.status ?? 'queued';
		if (next.status === 'on_hold' && was !== 'on_hold') seen.push({kind: 'hold'});
		if (was === 'on_hold' && next.status === 'active') seen.push({kind: 'unhold'});
		if (next.status === 'transferring' && was !== 'transferring') seen.push({kind: 'transfer-started'});
		const from = before?.agent_name ?? null;
		const to = next.agent_name;
		if (from === null && to !== null) seen.push({kind: 'assigned', agentName: to});
		else if (from !== null && (to !== from || next.department_id !== before?.department_id))
			seen.push({kind: 'transfer', from, to});
		else if (was === 'transferring' && (next.status === 'active' || next.status === 'on_hold'))
			seen.push({kind: 'transfer-failed'});
		return seen;
	}
}

/** Whether an observation is the move an `expect` case waits for; reply patterns are tested case-insensitively. */
export function matchesMove(move: AgentMove, observation: Observation): boolean {
	if (move.kind !== 'reply') return move.kind === observation.kind;
	if (observation.kind !== 'reply') return false;
	return move.pattern === null || caseInsensitive(move.pattern).test(observation.text);
}

/** The pattern with the i flag, and without g or y: a stateful lastIndex would make the same text match only every other time. */
function caseInsensitive(pattern: RegExp): RegExp {
	const flags = pattern.flags.replace(/[gyi]/g, '');
	return new RegExp(pattern.source, `${flags}i`);
}
