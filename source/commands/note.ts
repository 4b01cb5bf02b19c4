// /note TEXT: an internal note for colleagues, never shown to the customer (E8); the guard does not check notes.
import type {Command} from './command.js';
import {usageError} from './effects.js';
import {focusedChat, isResult} from './focused-chat.js';
import {LIMITS} from '../protocol/index.js';

export const noteCommand: Command = {
	name: 'note',
	aliases: ['n'],
	description: 'Add an internal note the customer never sees',
	usage: 'TEXT',
	run(context, args) {
		if (args.text === '') return usageError(noteCommand, '/note needs the text of the note');
		if (args.text.length > LIMITS.maxTextChars)
			return usageError(noteCommand, `The note is ${args.text.length} characters; the limit is ${LIMITS.maxTextChars}`);
		// Notes may go into an ended chat too: the wrap-up for colleagues often comes after the goodbye.
		const chat = focusedChat(context, noteCommand, ['active', 'on_hold', 'transferring', 'ended']);
		if (isResult(chat)) return chat;
		return [{type: 'send', chatId: chat.id, text: args.text, visibility: 'internal', auto: false, notice: null}];
	},
};
