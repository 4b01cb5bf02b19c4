// The conversation on screen: messages, "X has joined" notices and unsent messages, appended so a screen reader
// hears only what is new.
import type {Conversation} from './conversation.js';
import {h} from './dom.js';
import {messageItem, unsentItem} from './screens.js';
import type {Strings} from './strings.js';

/**
 * Brings the log up to date: appends what is new when the items shown are a prefix of the items now, else redraws.
 * Returns the keys now shown, for the next call.
 */
export function drawLog(
	log: HTMLElement,
	shown: readonly string[],
	conversation: Conversation,
	text: Strings,
	language: string,
): string[] {
	const format = new Intl.DateTimeFormat(language, {hour: '2-digit', minute: '2-digit'});
	const time = (ts: number) => format.format(new Date(ts));
	const items: [string, () => HTMLElement][] = [];
	const notices = [...conversation.notices];
	const noticesUpTo = (n: number) => {
		while (notices.length > 0 && notices[0]!.after <= n) {
			const notice = notices.shift()!;
			items.push([`j${notice.after}${notice.name}`, () => h('p', {class: 'event'}, text.agentJoined(notice.name))]);
		}
	};
	noticesUpTo(0);
	for (const message of conversation.messages) {
		items.push([message.id, () => messageItem(text, message, time)]);
		noticesUpTo(message.n);
	}
	noticesUpTo(Infinity);
	for (const entry of conversation.unsent) items.push([`u${entry.client_msg_id}`, () => unsentItem(text, entry.text)]);
	const keys = items.map(([key]) => key);
	const prefix = shown.length <= keys.length && shown.every((key, index) => keys[index] === key);
	if (!prefix) log.replaceChildren();
	for (const [, make] of items.slice(prefix ? shown.length : 0)) log.append(make());
	const scroller = log.parentElement;
	if (scroller) scroller.scrollTop = scroller.scrollHeight;
	return keys;
}
