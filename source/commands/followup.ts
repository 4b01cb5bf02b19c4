// /followup [when] [note]: promise a follow-up by a stated time and record it with the server (E7, E11, E20).
import type {Command} from './command.js';
import {noticeContext, noticeEffect, request, usageError} from './effects.js';
import {OPEN, focusedChat, isResult} from './focused-chat.js';
import {DEFAULT_FOLLOWUP_MS, dueTimeText, knownZone, parseDueTime, safeZone} from './followup-when.js';

const MAX_NOTE_CHARS = 2_000;

export const followupCommand: Command = {
	name: 'followup',
	aliases: ['fu'],
	description: 'Record a follow-up (default: within 24 hours) and tell the customer when',
	usage: '[2h|3d|tomorrow [10:00]|14:30] [note]',
	capability: 'followup',
	run(context, args) {
		const timeZone = safeZone(context.config.timeZone ?? 'UTC');
		const due = parseDueTime(args.words, context.now, timeZone);
		if (due !== null && 'error' in due) return usageError(followupCommand, due.error);
		const at = due?.at ?? context.now + DEFAULT_FOLLOWUP_MS;
		const note = args.after(due?.words ?? 0);
		if (note.length > MAX_NOTE_CHARS)
			return usageError(followupCommand, `The note is ${note.length} characters; keep it under ${MAX_NOTE_CHARS}`);
		const chat = focusedChat(context, followupCommand, OPEN);
		if (isResult(chat)) return chat;
		const contact = chat.chat.customer.email;
		if (!contact)
			return usageError(followupCommand, "The customer's e-mail is not known: record it with /email ADDRESS first");
		// Issue 12, E7: the customer is told the time in their own zone where the widget gave it; else in the desk's,
		// named plainly. The agent's own words ("14:30", "tomorrow") are read on the desk's clock either way.
		const told = knownZone(chat.chat.customer.time_zone) ?? timeZone;
		const here = told === timeZone ? '' : ` (${dueTimeText(at, timeZone)} here)`;
		return [
			request('followup.create', {chat_id: chat.id, contact, due_at: at, note}),
			// E7: the customer is told the time; the notice fails to compose rather than promise without one.
			noticeEffect('followup', noticeContext(context, chat, {due: {at, timeZone: told}, contact}), chat.id),
			// The zone named as the customer's notice names it, so the agent reads the time the customer was told.
			{type: 'alert', text: `Follow-up with ${contact} due ${dueTimeText(at, told)}${here}.`},
		];
	},
};
