// /hold [minutes] [reason]: put the chat on hold and tell the customer why and for how long (E7, E10).
import type {Command} from './command.js';
import {holdOverrun} from '../courtesy/notices/index.js';
import {noticeContext, noticeEffect, request, usageError} from './effects.js';
import {focusedChat, isResult} from './focused-chat.js';
import {MAX_HOLD_MINUTES, MIN_HOLD_MINUTES, looksLikeMinutes, parseHoldMinutes} from './hold-minutes.js';

/** E7 wants a time stated even when the agent typed none; three minutes is a promise most checks keep. */
export const DEFAULT_HOLD_MINUTES = 3;
const MAX_REASON_CHARS = 500;

export const holdCommand: Command = {
	name: 'hold',
	aliases: [],
	description: 'Put the chat on hold; the customer is told why and for how long',
	usage: '[minutes] [reason]',
	capability: 'hold',
	run(context, args) {
		const [first] = args.words;
		let minutes = context.config.defaultHoldMinutes ?? DEFAULT_HOLD_MINUTES;
		let reason = args.text;
		if (first !== undefined && looksLikeMinutes(first)) {
			const parsed = parseHoldMinutes(first);
			if (parsed === null)
				return usageError(
					holdCommand,
					`Minutes must be a number from ${MIN_HOLD_MINUTES} to ${MAX_HOLD_MINUTES}, not "${first}"`,
				);
			minutes = parsed;
			reason = args.after(1);
		}
		if (reason.length > MAX_REASON_CHARS)
			return usageError(holdCommand, `The reason is ${reason.length} characters; keep it under ${MAX_REASON_CHARS}`);
		const chat = focusedChat(context, holdCommand, ['active', 'on_hold']);
		if (isResult(chat)) return chat;
		const payload = reason === '' ? {chat_id: chat.id, minutes} : {chat_id: chat.id, minutes, reason};
		// E7, E10: /hold during a hold gives a new estimate; the customer is told it, with an apology.
		const running = chat.chat.status === 'on_hold' ? chat.chat.hold : null;
		const extra = {
			minutes,
			reason: reason || null,
			extended: running !== null,
			overrun: running !== null && holdOverrun(running, context.now),
		};
		// E10: the notice asks, and reaches the customer before their status turns to "on hold": the runner
		// waits for the send to be confirmed before it asks the server for the hold.
		return [noticeEffect('hold', noticeContext(context, chat, extra), chat.id), request('chat.hold', payload)];
	},
};
