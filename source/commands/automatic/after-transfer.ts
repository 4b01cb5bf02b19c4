// E11: when a transfer fails or is refused, the chat is the agent's again: offer the e-mail request and the follow-up.
import {composeNotice, isSkipped} from '../../courtesy/notices/index.js';
import type {CommandContext, CommandResult} from '../command.js';
import {noticeContext, noticeEffect} from '../effects.js';
import {nameForCustomer} from '../transfer-target.js';

/** Who could not take the chat, as the customer should read it: a department in their language where known. */
function targetForCustomer(context: CommandContext, targetName: string | null, locale: string): string | null {
	if (targetName === null) return null;
	const department = [...context.departments.values()].find(entry => entry.name === targetName);
	if (!department) return targetName;
	return nameForCustomer(
		{
			target: {type: 'department', id: department.id},
			name: department.name,
			available: department.accepting,
			...(department.names ? {names: department.names} : {}),
		},
		locale,
	);
}

/**
 * E11 (amended): the customer is told at once, in their language, that the transfer did not go through and
 * that the agent is still there. Then the e-mail request goes into the composer, not out: the agent may have
 * a better idea now that the chat is back (E12, never sent blind). With an address already known, only the
 * follow-up is suggested.
 */
export function transferFailedEffects(context: CommandContext, targetName: string | null): CommandResult {
	const chat = context.chat;
	if (!chat || chat.chat.status === 'ended') return [];
	const target = targetForCustomer(context, targetName, chat.chat.customer.locale);
	const told = noticeEffect(
		'transfer-failed',
		noticeContext(context, chat, {target: target === null ? null : {type: 'department', name: target}}),
		chat.id,
	);
	if (chat.chat.customer.email) {
		return [
			told,
			{
				type: 'alert',
				text: `E11: the transfer did not go through. ${chat.chat.customer.email} is on file: /followup [when] [note] promises a reply within 24 h.`,
			},
		];
	}
	// The failure was just told; the request need not say it again.
	const request = composeNotice('email-request', noticeContext(context, chat, {target: null}));
	if (isSkipped(request)) {
		return [
			told,
			{
				type: 'alert',
				text: 'E11: the transfer did not go through: ask for an e-mail address, then /email ADDRESS and /followup.',
			},
		];
	}
	return [
		told,
		{type: 'insert', text: request.text, marks: [], notice: 'email-request'},
		{
			type: 'alert',
			text: 'E11: the transfer did not go through. An e-mail request is in the composer (Enter sends it); then /email ADDRESS and /followup.',
		},
	];
}
