// /canned [query] (alias /c): the best canned response, previewed in the customer's language, into the composer (E12).
// Module by module, not the canned barrel: the barrel brings the YAML reader, which the desk loads only after its first frame.
import {chatValues} from '../canned/chat-values.js';
import {responsesForDepartment} from '../canned/department.js';
import {previewCanned} from '../canned/preview.js';
import {searchCanned} from '../canned/search.js';
import type {Command} from './command.js';
import {failure} from './effects.js';
import {OPEN, focusedChat, isResult} from './focused-chat.js';

export const cannedCommand: Command = {
	name: 'canned',
	aliases: ['c'],
	description: 'Put a canned response into the composer to edit before sending',
	usage: '[query]',
	run(context, args) {
		const chat = focusedChat(context, cannedCommand, OPEN);
		if (isResult(chat)) return chat;
		const query = args.text;
		// No query: the agent is browsing, which is the picker's job, not a guess of ours.
		if (query === '') return [{type: 'picker', picker: 'canned', chatId: chat.id, query}];
		const department =
			chat.chat.department_id === null
				? null
				: {id: chat.chat.department_id, name: context.departments.get(chat.chat.department_id)?.name ?? null};
		const responses = responsesForDepartment(context.canned, department);
		const [best] = searchCanned(responses, query, {locale: chat.chat.customer.locale, limit: 1});
		if (!best) return failure(`No canned response matches "${query}". Type /canned alone to browse them`);
		const values = chatValues({chat: chat.chat, agent: context.agent, departments: [...context.departments.values()]});
		const preview = previewCanned(best.response, {locale: chat.chat.customer.locale, values});
		// E12: inserted, never sent: the agent personalises it and sends it through the guard like any message.
		const effects: {type: 'insert'; text: string; marks: typeof preview.marks; cannedId: string}[] = [
			{type: 'insert', text: preview.text, marks: preview.marks, cannedId: best.response.id},
		];
		const notes: string[] = [];
		if (preview.languageFallback) notes.push(`no ${chat.chat.customer.locale} wording, using ${preview.language}`);
		if (preview.marks.length > 0) notes.push(`fill in ${preview.marks.map(mark => mark.marker).join(', ')}`);
		return notes.length > 0
			? [...effects, {type: 'alert', text: `"${best.response.title}": ${notes.join('; ')}.`}]
			: effects;
	},
};
