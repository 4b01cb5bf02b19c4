// How a chat's state is shown: a symbol and a word, never colour alone, with an ASCII symbol for plain terminals.
import type {ChatStatus} from '../protocol/index.js';

export type ChatLook = {
	/** For UTF-8 terminals. All are one column wide (East Asian Width "A" for some: narrow outside CJK locales). */
	unicode: string;
	/** For TERM=dumb, non-UTF-8 locales, or a CJK locale that draws ambiguous-width symbols wide. */
	ascii: string;
	word: string;
};

export const CHAT_LOOKS: Readonly<Record<ChatStatus, ChatLook>> = {
	offered: {unicode: '◆', ascii: '*', word: 'offered'},
	queued: {unicode: '◇', ascii: '.', word: 'queued'},
	active: {unicode: '●', ascii: 'o', word: 'active'},
	on_hold: {unicode: '‖', ascii: '=', word: 'on hold'},
	transferring: {unicode: '→', ascii: '>', word: 'transferring'},
	ended: {unicode: '✓', ascii: 'x', word: 'ended'},
};
