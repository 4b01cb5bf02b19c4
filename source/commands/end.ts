// /end [now]: ask "anything else?" first, then close with thanks and the feedback request, and end the chat (E18, E19).
import {walkBack, type DeskChat} from '../core/index.js';
import {
	ANYTHING_ELSE_WINDOW_MS,
	asksAnythingElse,
	composeNotice,
	isSkipped,
	resolveNoticeLocale,
	shouldAskAnythingElse,
	type NoticeContext,
} from '../courtesy/notices/index.js';
import type {Command, CommandContext, CommandEffect} from './command.js';
import {noticeContext, noticeEffect, request, usageError} from './effects.js';
import {OPEN, focusedChat, isResult} from './focused-chat.js';

/** E18: when the agent last asked "anything else?" in their own words (or a canned text) in this chat, or null. */
function askedInOwnWords(chat: DeskChat, since: number): number | null {
	const locale = resolveNoticeLocale(chat.chat.customer.locale);
	let at: number | null = null;
	walkBack(chat.messages, message => {
		if (message.ts < since) return false;
		if (message.author.type === 'agent' && message.visibility === 'public' && asksAnythingElse(message.text, locale)) {
			at = message.ts;
			return false;
		}
		return true;
	});
	return at;
}

/** How many wordings of the closing with a rating request to compare against; the bundled lists have four. */
const CLOSING_WORDINGS = 8;

/**
 * E19 (amended): whether this chat was already asked for a rating: a rating given, the desk's own mark, or a
 * closing with the rating request in the conversation (so a desk restarted after a failed chat.end does not
 * ask again). The closing's wordings are composed as /end would, and compared whole.
 */
function ratingAlreadyRequested(context: CommandContext, chat: DeskChat, notice: NoticeContext): boolean {
	if (chat.chat.rating !== null || context.memory.ratingRequestedAt != null) return true;
	const asking = new Set<string>();
	for (let variant = 0; variant < CLOSING_WORDINGS; variant++) {
		const closing = composeNotice('closing', {...notice, rating: null, ratingRequested: false, variant});
		if (!isSkipped(closing) && closing.template === 'closing') asking.add(closing.text);
	}
	let found = false;
	walkBack(chat.messages, message => {
		found = message.author.type === 'agent' && message.visibility === 'public' && asking.has(message.text);
		return !found;
	});
	return found;
}

export const endCommand: Command = {
	name: 'end',
	aliases: [],
	description: 'Ask whether there is anything else, then close the chat with a feedback request',
	usage: '[now]',
	run(context, args) {
		const [first, ...extra] = args.words;
		if (extra.length > 0 || (first !== undefined && first.toLowerCase() !== 'now'))
			return usageError(endCommand, '/end takes only "now"');
		const chat = focusedChat(context, endCommand, OPEN);
		if (isResult(chat)) return chat;
		const ratings = context.capabilities.includes('rating');
		const base = noticeContext(context, chat, {ratings, rating: chat.chat.rating});
		const alreadyAsked = ratings && ratingAlreadyRequested(context, chat, base);
		const notice = {...base, ratingRequested: alreadyAsked};
		const windowMs = context.config.anythingElseWindowMs ?? ANYTHING_ELSE_WINDOW_MS;
		const asked = Math.max(
			context.memory.anythingElseAskedAt ?? -Infinity,
			askedInOwnWords(chat, context.now - windowMs) ?? -Infinity,
		);
		const lastAsked = Number.isFinite(asked) ? asked : null;
		if (first === undefined && shouldAskAnythingElse(lastAsked, context.now, windowMs)) {
			const ask = noticeEffect('anything-else', notice, chat.id);
			// Switched off in config: the team chose not to ask, so waiting for an answer would only stall /end.
			if (ask.type === 'send') {
				return [
					ask,
					{type: 'mark', chatId: chat.id, mark: 'anything-else-asked', at: context.now},
					{
						type: 'alert',
						text: 'Asked whether there is anything else (E18). Wait for the answer, then /end again, or /end now.',
					},
				];
			}
		}
		const effects: CommandEffect[] = [noticeEffect('closing', notice, chat.id)];
		// E19: the closing asks for a rating; the server only collects it when it has that capability. E19
		// (amended): never twice in a chat, and not from a customer who has rated already.
		if (ratings && !alreadyAsked)
			effects.push(request('rating.request', {chat_id: chat.id}), {
				type: 'mark',
				chatId: chat.id,
				mark: 'rating-requested',
				at: context.now,
			});
		effects.push(request('chat.end', {chat_id: chat.id}));
		return effects;
	},
};
