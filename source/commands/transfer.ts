// /transfer [target] [note]: tell the customer to whom and that nothing need be repeated, brief the colleague, then transfer (E11, E24).
import {logToArray} from '../core/index.js';
import type {DeskChat} from '../core/index.js';
import type {Command, CommandContext, CommandEffect, CommandResult} from './command.js';
import {failure, holdEndContext, noticeContext, noticeEffect, request, usageError} from './effects.js';
import {OPEN, focusedChat, isResult} from './focused-chat.js';
import {findTarget, nameForCustomer, type ResolvedTarget} from './transfer-target.js';

const MAX_NOTE_CHARS = 2_000;
const ASK = 'ask';

/**
 * E11 (amended): "if you are willing": the customer is asked whether the transfer is all right (to whom, that
 * nothing need be repeated), and nothing moves yet. The agent's line says how to go on once they agree, and
 * warns when nobody there can take the chat now.
 */
function askConsent(
	context: CommandContext,
	chat: DeskChat,
	found: ResolvedTarget,
	targetWords: readonly string[],
): CommandResult {
	const who = chat.chat.customer.name?.trim() || 'the customer';
	const typed = targetWords.map(word => (/\s/u.test(word) ? `"${word}"` : word)).join(' ');
	const effects: CommandEffect[] = [
		noticeEffect(
			'transfer',
			noticeContext(context, chat, {
				askConsent: true,
				target: {type: found.target.type, name: nameForCustomer(found, chat.chat.customer.locale)},
			}),
			chat.id,
		),
		{
			type: 'alert',
			text: found.available
				? `E11: asked ${who} whether a transfer to ${found.name} is all right. Once they agree: /transfer ${typed} [note].`
				: `E11: asked ${who} whether a transfer to ${found.name} is all right, but nobody there can take the chat now: it would fail. Once they agree: /transfer ${typed} [note], or offer an e-mail follow-up.`,
		},
	];
	return effects;
}

export const transferCommand: Command = {
	name: 'transfer',
	aliases: ['t'],
	description: 'Transfer the chat to a colleague or a department, with a brief for them',
	usage: '[ask] [agent|department] [note for the colleague]',
	capability: 'transfer',
	run(context, args) {
		const chat = focusedChat(context, transferCommand, OPEN);
		if (isResult(chat)) return chat;
		// No target: the picker shows departments and agents with their availability; a guess would be worse.
		if (args.words.length === 0) return [{type: 'picker', picker: 'transfer', chatId: chat.id, query: ''}];
		// E11 (amended): "/transfer ask TARGET" asks the customer first and moves nothing (a target called "ask" still
		// works on its own: the word means asking only when a target follows it).
		const asking = args.words.length > 1 && args.words[0]!.toLowerCase() === ASK;
		const skip = asking ? 1 : 0;
		const lookup = findTarget(
			args.words.slice(skip),
			context.colleagues,
			context.departments,
			context.agent?.id ?? null,
		);
		if ('missing' in lookup)
			return usageError(
				transferCommand,
				`No colleague or department is called "${lookup.missing}" (quote names with spaces)`,
			);
		if ('ambiguous' in lookup) {
			const names = lookup.ambiguous.map(entry => `${entry.target.type} ${entry.name} (${entry.target.id})`).join(', ');
			return failure(
				`"${args.words.slice(0, lookup.words).join(' ')}" could be ${names}: use the id. Use: /transfer [agent|department] [note]`,
			);
		}
		if (asking) return askConsent(context, chat, lookup.found, args.words.slice(skip, skip + lookup.words));
		const note = args.after(lookup.words);
		if (note.length > MAX_NOTE_CHARS)
			return usageError(transferCommand, `The note is ${note.length} characters; keep it under ${MAX_NOTE_CHARS}`);
		const {target, name} = lookup.found;
		const customerMessages = logToArray(chat.messages)
			.filter(message => message.author.type === 'customer')
			.map(message => message.text);
		const base = noticeContext(context, chat, {
			target: {type: target.type, name: nameForCustomer(lookup.found, chat.chat.customer.locale)},
		});
		// The note is written for a colleague ("angry, wants a refund"), so it goes in the brief only; the
		// customer's notice explains the move by who can help, in wording that needs no reason.
		// E10, E11: a transfer during a hold first thanks the customer for waiting (with the apology when it ran over).
		const thanks =
			chat.chat.status === 'on_hold' ? [noticeEffect('hold-end', holdEndContext(context, chat), chat.id)] : [];
		return [
			...thanks,
			noticeEffect('transfer', base, chat.id),
			noticeEffect(
				'transfer-brief',
				// The brief is for a colleague: the department's own name, not the customer's translation of it.
				{
					...base,
					target: {type: target.type, name},
					note: note || null,
					waitMs: Math.max(0, context.now - chat.chat.created_at),
					customerMessages,
				},
				chat.id,
			),
			request('chat.transfer', {chat_id: chat.id, target, note}),
		];
	},
};
