// /lang CODE: set the customer's language, which every automatic notice and the guard follow.
import {NOTICE_LOCALES, resolveNoticeLocale} from '../courtesy/notices/index.js';
import type {Command, CommandEffect} from './command.js';
import {request, usageError} from './effects.js';
import {OPEN, focusedChat, isResult} from './focused-chat.js';

// The protocol's own pattern: what the server accepts is what we may send.
const WIRE_LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/u;

/** The canonical BCP 47 form of `code` ("NB-no" → "nb-NO"), or null when it is not a language tag. */
export function canonicalLocale(code: string): string | null {
	try {
		const [canonical] = Intl.getCanonicalLocales(code.replace(/_/gu, '-'));
		return canonical !== undefined && WIRE_LOCALE.test(canonical) ? canonical : null;
	} catch {
		return null;
	}
}

export const langCommand: Command = {
	name: 'lang',
	aliases: [],
	description: "Set the customer's language for notices and the guard",
	usage: `CODE (${NOTICE_LOCALES.join(', ')} or any BCP 47 tag)`,
	run(context, args) {
		const [code, ...extra] = args.words;
		if (code === undefined) return usageError(langCommand, '/lang needs a language code');
		const locale = extra.length === 0 ? canonicalLocale(code) : null;
		if (locale === null) return usageError(langCommand, `"${args.text}" is not a language code`);
		const chat = focusedChat(context, langCommand, OPEN);
		if (isResult(chat)) return chat;
		const effects: CommandEffect[] = [request('customer.update', {chat_id: chat.id, locale})];
		const written = resolveNoticeLocale(locale);
		// The agent should know when the customer will get English rather than their own language.
		if (written === 'en' && !locale.startsWith('en'))
			effects.push({type: 'alert', text: `Notices have no ${locale} wording: this customer gets them in English.`});
		return effects;
	},
};
