// Cuts a chat.history page short so its res stays within one frame (docs/protocol.md §12.1).
import {LIMITS, type Message} from '../protocol/index.js';
import type {HistoryPage} from './store/contract.js';

/** Room left for the res envelope around the messages: type, a 64-character id, ok, has_more. */
const ENVELOPE_BYTES = 512;

/**
 * Keeps the messages nearest the page's anchor that fit in `budget` bytes: the oldest ones when paging forward
 * (`after`), the newest ones otherwise. A cut page says has_more. One message always fits: texts are capped far below.
 */
export function fitHistoryPage(
	page: HistoryPage,
	forward: boolean,
	budget = LIMITS.maxFrameBytes - ENVELOPE_BYTES,
): HistoryPage {
	const {messages} = page;
	let used = 0;
	let kept = 0;
	for (; kept < messages.length; kept++) {
		const message = messages[forward ? kept : messages.length - 1 - kept]!;
		used += Buffer.byteLength(JSON.stringify(message)) + 1;
		if (used > budget && kept > 0) break;
	}
	if (kept === messages.length) return page;
	const fitting: Message[] = forward ? messages.slice(0, kept) : messages.slice(messages.length - kept);
	return {messages: fitting, has_more: true};
}
