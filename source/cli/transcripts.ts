// Transcripts for `switchboard data export`: every chat of the store (or of one customer), newest first, as one JSON
// array written element by element, or as plain text for people. Remote text is sanitised in the text form.
import type {Message} from '../protocol/index.js';
import {sanitizeRemoteText} from '../protocol/sanitize.js';
import type {ChatRecord, CustomerChatsPage, CustomerRecord, Store} from '../server/store/contract.js';

const PAGE = 200;

export type Transcript = {chat: Readonly<ChatRecord>; customer: Readonly<CustomerRecord> | null; messages: Message[]};

/** Every transcript a page of chats at a time, so a large database is never in memory at once. */
export async function* transcripts(store: Store, customerId: string | null): AsyncGenerator<Transcript> {
	let before: string | undefined;
	for (;;) {
		const query = {limit: PAGE, ...(before === undefined ? {} : {before})};
		const page: CustomerChatsPage =
			customerId === null ? await store.listChats(query) : await store.listChatsOfCustomer(customerId, query);
		for (const chat of page.chats) {
			const customer = (await store.getCustomer(chat.customer_id)) ?? null;
			yield {chat, customer, messages: await allMessages(store, chat.id)};
			before = chat.id;
		}
		if (!page.has_more) return;
	}
}

async function allMessages(store: Store, chatId: string): Promise<Message[]> {
	const messages: Message[] = [];
	for (let after = 0; ;) {
		const page = await store.listMessages(chatId, {after, limit: PAGE});
		messages.push(...page.messages);
		if (!page.has_more || page.messages.length === 0) return messages;
		after = page.messages.at(-1)!.n;
	}
}

/** The JSON form: what the store holds, as stored (the resume hash left out: it is a credential). */
export function transcriptJson({chat, customer, messages}: Transcript): string {
	const {resume_hash: _secret, ...kept} = chat;
	return JSON.stringify({chat: kept, customer, messages});
}

const clean = (text: string | null | undefined, multiline = false) =>
	sanitizeRemoteText(text ?? '', {multiline, maxLength: 100_000});

const time = (ts: number) => new Date(ts).toISOString().replace('T', ' ').slice(0, 19);

/** The plain text form: a heading line for the chat, then one line per message (continuation lines indented). */
export function transcriptText({chat, customer, messages}: Transcript): string {
	const who = customer
		? `${clean(customer.name) || 'unnamed customer'}${customer.email ? ` <${clean(customer.email)}>` : ''} (${customer.locale})`
		: `customer ${chat.customer_id} (erased)`;
	const span = `${time(chat.created_at)} UTC${chat.ended_at === null ? '' : ` to ${time(chat.ended_at)} UTC`}`;
	const details = [
		`chat ${chat.id}`,
		who,
		span,
		chat.status,
		...(chat.department_id ? [`department ${chat.department_id}`] : []),
		...(chat.agent_id ? [`agent ${chat.agent_id}`] : []),
		...(chat.rating === null
			? []
			: [`rated ${chat.rating}${chat.rating_comment ? `: ${clean(chat.rating_comment)}` : ''}`]),
	];
	const lines = [details.join(' · ')];
	for (const message of messages) {
		const author =
			message.author.type === 'system'
				? 'system'
				: `${clean(message.author.name) || message.author.type}${message.author.type === 'agent' ? ' (agent)' : ''}`;
		const marks = `${message.visibility === 'internal' ? ' [internal note]' : ''}${message.auto ? ' [automatic]' : ''}`;
		const text = clean(message.text, true).replaceAll('\n', '\n    ');
		lines.push(`${time(message.ts).slice(11)} ${author}${marks}: ${text}`);
	}
	return `${lines.join('\n')}\n`;
}
