// The one status line under the conversation: the link, the agent typing, a hold, the place in line and a rough wait.
import type {Conversation} from './conversation.js';
import type {Strings} from './strings.js';
import type {WireState} from './wire.js';

/** The line under the conversation: the link first (it explains everything else), then typing, hold, waiting. */
export function statusLine(
	conversation: Conversation,
	text: Strings,
	wire: WireState | 'none',
	agentTyping: boolean,
	now: number = Date.now(),
): string {
	const agent = conversation.agent ?? text.agent;
	if (wire === 'offline' || (wire === 'connecting' && conversation.lastSeq > 0)) return text.offline;
	if (wire === 'lost' || wire === 'replaced') return text.lost;
	if (agentTyping) return text.typing(agent);
	if (conversation.status === 'on_hold') return text.onHold(agent);
	if (conversation.status !== 'queued') return '';
	if (conversation.position === null) return text.waiting;
	const wait = waitShown(conversation, now);
	return [text.queuePosition(conversation.position), wait && text.waitAbout(wait), text.waiting]
		.filter(Boolean)
		.join(' ');
}

/** The rough wait in minutes while it still holds: once that long has passed without a new one, no number (E7). */
export function waitShown(conversation: Conversation, now: number): number | null {
	const {wait} = conversation;
	return wait !== null && now < wait.toldAt + wait.minutes * 60_000 ? wait.minutes : null;
}
