// Small builders for command effects, so each command reads as the etiquette it carries out.
import {composeNotice, holdOverrun, isSkipped, type NoticeContext, type NoticeKind} from '../courtesy/notices/index.js';
import {customerName, isNameKnown, type DeskChat} from '../core/index.js';
import type {Command, CommandContext, CommandEffect, CommandOp, CommandResult, RequestEffect} from './command.js';
import type {AgentOpRequest} from '../protocol/index.js';

/** "/hold [minutes] [reason]": how a command is written, for errors and /help. */
export function synopsis(command: Pick<Command, 'name' | 'usage'>): string {
	return command.usage ? `/${command.name} ${command.usage}` : `/${command.name}`;
}

/** Wrong use: exactly one effect, so nothing can be sent by a command typed wrongly. */
export function usageError(command: Pick<Command, 'name' | 'usage'>, why: string): CommandResult {
	return [{type: 'error', text: `${why}. Use: ${synopsis(command)}`}];
}

export function failure(text: string): CommandResult {
	return [{type: 'error', text}];
}

export function request<O extends CommandOp>(op: O, payload: AgentOpRequest<O>): RequestEffect {
	return {type: 'request', op, payload} as RequestEffect;
}

/** The desk's notice context for a chat: the customer's language and names, and a counter for varied wording (E4). */
export function noticeContext(
	context: CommandContext,
	chat: DeskChat,
	extra: Partial<NoticeContext> = {},
): NoticeContext {
	return {
		customerLocale: chat.chat.customer.locale,
		agentLocale: context.config.agentLocale ?? null,
		customerName: isNameKnown(chat) ? customerName(chat) : null,
		agentName: context.agent?.name ?? null,
		company: context.agent?.company ?? null,
		department:
			chat.chat.department_id === null ? null : (context.departments.get(chat.chat.department_id)?.name ?? null),
		variant: chat.arrival,
		config: context.config.notices,
		...extra,
	};
}

/** E10: the thanks at the end of a hold; after a hold that ran past its promised time, with the apology. */
export function holdEndContext(context: CommandContext, chat: DeskChat): NoticeContext {
	const hold = chat.chat.hold;
	return noticeContext(context, chat, {overrun: hold !== null && holdOverrun(hold, context.now)});
}

/**
 * An automatic notice as a send; when config switched it off (or it cannot keep its rule), a line for
 * the agent saying so instead, so the agent knows the customer was not told.
 */
export function noticeEffect(kind: NoticeKind, context: NoticeContext, chatId: string): CommandEffect {
	const notice = composeNotice(kind, context);
	if (isSkipped(notice)) return {type: 'alert', text: `No ${kind} notice sent: ${notice.skipped}.`};
	return {type: 'send', chatId, text: notice.text, visibility: notice.visibility, auto: true, notice: kind};
}
