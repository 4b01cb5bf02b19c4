// /unhold: end the hold and thank the customer for waiting (E10).
import type {Command} from './command.js';
import {holdEndContext, noticeEffect, request, usageError} from './effects.js';
import {focusedChat, isResult} from './focused-chat.js';

export const unholdCommand: Command = {
	name: 'unhold',
	aliases: [],
	description: 'End the hold and thank the customer for waiting',
	usage: '',
	capability: 'hold',
	run(context, args) {
		if (args.words.length > 0) return usageError(unholdCommand, '/unhold takes no arguments');
		const chat = focusedChat(context, unholdCommand, ['on_hold']);
		if (isResult(chat)) return chat;
		return [
			request('chat.unhold', {chat_id: chat.id}),
			noticeEffect('hold-end', holdEndContext(context, chat), chat.id),
		];
	},
};
