// E11: when a transfer fails or is refused, the chat is the agent's again: offer the e-mail request and the follow-up.
import {composeNotice, isSkipped} from '../../courtesy/notices/index.js';
import type {CommandContext, CommandResult} from '../command.js';
import {noticeContext} from '../effects.js';

/**
 * The e-mail request goes into the composer, not out: the agent may have a better idea now that the chat
 * is back (E12, never sent blind). With an address already known, only the follow-up is suggested.
 */
export function transferFailedEffects(context: CommandContext, targetName: string | null): CommandResult {
	const chat = context.chat;
	if (!chat || chat.chat.status === 'ended') return [];
	if (chat.chat.customer.email) {
		return [
			{
				type: 'notice',
				text: `E11: the transfer did not go through. ${chat.chat.customer.email} is on file: /followup [when] [note] promises a reply within 24 h.`,
			},
		];
	}
	const request = composeNotice(
		'email-request',
		noticeContext(context, chat, {target: targetName ? {type: 'department', name: targetName} : null}),
	);
	if (isSkipped(request)) {
		return [
			{
				type: 'notice',
				text: 'E11: the transfer did not go through: ask for an e-mail address, then /email ADDRESS and /followup.',
			},
		];
	}
	return [
		{type: 'insert', text: request.text, marks: [], notice: 'email-request'},
		{
			type: 'notice',
			text: 'E11: the transfer did not go through. An e-mail request is in the composer (Enter sends it); then /email ADDRESS and /followup.',
		},
	];
}
