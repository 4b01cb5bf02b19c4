// /name NAME: set the customer's name as they spell it (E3), so greetings and notices use it.
import type {Command} from './command.js';
import {request, usageError} from './effects.js';
import {OPEN, focusedChat, isResult} from './focused-chat.js';

const MAX_NAME_CHARS = 200;

export const nameCommand: Command = {
	name: 'name',
	aliases: [],
	description: "Set the customer's name",
	usage: 'NAME',
	run(context, args) {
		// One line, blanks collapsed: a stray newline would break every sentence the name is put in.
		const name = args.after(0).replace(/\s+/gu, ' ').trim();
		if (name === '') return usageError(nameCommand, "/name needs the customer's name as they spell it");
		if (name.length > MAX_NAME_CHARS) return usageError(nameCommand, `A name is at most ${MAX_NAME_CHARS} characters`);
		const chat = focusedChat(context, nameCommand, OPEN);
		if (isResult(chat)) return chat;
		return [request('customer.update', {chat_id: chat.id, name})];
	},
};
