// Which automatic notices a change of the desk calls for: the greeting on accept, the e-mail offer after a failed transfer, thanks for a rating.
import type {CommandContext, CommandResult} from '../../commands/index.js';
import {greetingOnAccept, ratingThanksEffects, transferFailedEffects} from '../../commands/index.js';
import type {DeskState, Alert} from '../../core/desk-state.js';

export type TriggeredEffects = {chatId: string; effects: CommandResult};

/**
 * The alerts `after` has that `before` did not: new ones, and one counted again (the desk counts a
 * repeat of the latest line instead of adding it: the same transfer failing twice in a row).
 */
function newAlerts(before: DeskState, after: DeskState): Alert[] {
	if (after.alerts === before.alerts) return [];
	const counts = new Map(before.alerts.map(alert => [alert.id, alert.count]));
	return after.alerts.filter(alert => alert.count > (counts.get(alert.id) ?? 0));
}

/** The name of the department or colleague a chat was being transferred to, before the transfer failed. */
function transferTargetName(before: DeskState, chatId: string): string | null {
	const target = before.chats.get(chatId)?.chat.transfer;
	if (!target) return null;
	return target.type === 'department'
		? (before.departments.get(target.id)?.name ?? null)
		: (before.colleagues.get(target.id)?.name ?? null);
}

/**
 * Compares two desk states. Only transitions seen in this session count: a chat already on the desk when
 * a snapshot arrives after a reconnect is not greeted again (and `memory.greetedAt` guards that too).
 */
export function courtesyTriggers(
	before: DeskState,
	after: DeskState,
	contextFor: (chatId: string) => CommandContext,
): TriggeredEffects[] {
	const triggered: TriggeredEffects[] = [];
	const push = (chatId: string, effects: CommandResult) => effects.length > 0 && triggered.push({chatId, effects});
	if (after.offers !== before.offers || after.mine !== before.mine) {
		for (const [chatId, offer] of before.offers) {
			const chat = after.chats.get(chatId);
			const mine =
				!after.offers.has(chatId) &&
				after.mine.includes(chatId) &&
				chat !== undefined &&
				chat.chat.agent_id === after.agent?.id;
			if (mine && chat.chat.status === 'active')
				push(chatId, greetingOnAccept(contextFor(chatId), offer.transfer !== null));
		}
		// A server may assign without offering (protocol §15): such a chat is greeted like an accepted offer.
		for (const chatId of after.mine) {
			const chat = after.chats.get(chatId);
			if (before.mine.includes(chatId) || !chat?.assignedWithoutOffer || chat.chat.status !== 'active') continue;
			push(chatId, greetingOnAccept(contextFor(chatId), false));
		}
	}
	for (const alert of newAlerts(before, after)) {
		if (alert.chatId === null) continue;
		if (alert.kind === 'transfer.failed')
			push(alert.chatId, transferFailedEffects(contextFor(alert.chatId), transferTargetName(before, alert.chatId)));
		if (alert.kind === 'rating.received') {
			const score = after.chats.get(alert.chatId)?.rating?.score;
			if (score !== undefined) push(alert.chatId, ratingThanksEffects(contextFor(alert.chatId), score));
		}
	}
	return triggered;
}
