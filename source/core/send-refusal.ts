// A send the server refused, in the agent's words: who it was for and why, never a chat id or the server's raw text.
import type {ProtocolError} from '../protocol/index.js';

/**
 * Why a message did not go out, from the error's code. The server's own message is left out on purpose: it is
 * written for developers and names internal ids ("chat 3fQ... does not exist").
 */
export function refusalWords(error: Pick<ProtocolError, 'code'>): string {
	switch (error.code) {
		case 'not_found':
			return 'the server no longer knows this chat';
		case 'forbidden':
			return 'the chat is no longer yours';
		case 'conflict':
			return 'the chat has ended';
		case 'bad_request':
		case 'too_large':
			return 'the message is empty or too long';
		case 'rate_limited':
			return 'too many messages at once';
		case 'unsupported':
			return 'the server does not support it';
		default:
			return 'the server refused it';
	}
}

/** The start of a message, enough to recognise it: one line, cut at a word where possible. */
export function textStart(text: string, max = 60): string {
	const line = text.replaceAll(/\s+/g, ' ').trim();
	if ([...line].length <= max) return line;
	const cut = [...line].slice(0, max).join('');
	const atWord = cut.lastIndexOf(' ');
	return `${atWord > max / 2 ? cut.slice(0, atWord) : cut}…`;
}

/** `Not delivered to Sarah Jones (the server no longer knows this chat): "Let me check the…"`. */
export function notDeliveredText(
	customer: string,
	text: string,
	error: Pick<ProtocolError, 'code'>,
	whole = false,
): string {
	return `Not delivered to ${customer} (${refusalWords(error)}): "${whole ? text : textStart(text)}"`;
}
