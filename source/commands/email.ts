// /email ADDRESS: record the customer's e-mail, the contact a follow-up goes to (E11, E20).
import type {Command} from './command.js';
import {request, usageError} from './effects.js';
import {OPEN, focusedChat, isResult} from './focused-chat.js';

const MAX_EMAIL_CHARS = 320;
// Deliberately loose: one @, a dot in the domain, no blanks. Stricter checks refuse real addresses.
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/u;

export function isEmailAddress(text: string): boolean {
	return text.length <= MAX_EMAIL_CHARS && EMAIL.test(text);
}

export const emailCommand: Command = {
	name: 'email',
	aliases: [],
	description: "Record the customer's e-mail address",
	usage: 'ADDRESS',
	run(context, args) {
		const [address, ...extra] = args.words;
		if (address === undefined) return usageError(emailCommand, "/email needs the customer's address");
		if (extra.length > 0 || !isEmailAddress(address))
			return usageError(emailCommand, `"${args.text}" is not an e-mail address`);
		const chat = focusedChat(context, emailCommand, OPEN);
		if (isResult(chat)) return chat;
		return [request('customer.update', {chat_id: chat.id, email: address})];
	},
};
