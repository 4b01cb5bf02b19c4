// What the screen asks of the connection: the operations the desk runtime carries out for a key or a command.
import type {CommandResult} from '../commands/index.js';
import type {Visibility} from '../protocol/index.js';

export type DeskController = {
	acceptOffer(chatId: string): void;
	declineOffer(chatId: string): void;
	/** Queues the text in the outbox (works offline; nothing typed is lost). */
	sendMessage(chatId: string, text: string, visibility?: Visibility): void;
	/**
	 * A composer line starting with "/" (E12 and the rest of the courtesy commands): null when it is not a
	 * command (a message such as "//path"); otherwise its effects, already under way. One error effect
	 * means nothing was done, and the composer should keep the line for the agent to fix.
	 */
	runLine(chatId: string | null, line: string): CommandResult | null;
	/** The composer of a chat changed; the runtime tells the server "typing", throttled. */
	composerChanged(chatId: string, text: string): void;
	togglePresence(): void;
	/** The agent scrolled to the top of what is loaded and the server has older messages. */
	loadOlder(chatId: string): void;
	/**
	 * E8: a page of the earlier chats of `chatId`'s customer (`before`: the last chat id of the page before, null for
	 * the first); the answer goes to the earlier chats overlay.
	 */
	loadEarlierChats(chatId: string, before: string | null): void;
	/** E8: a page of an earlier chat's messages (`before`: the lowest `n` already there, null for the newest page). */
	loadEarlierTranscript(earlierChatId: string, before: number | null): void;
	/** Connects now instead of waiting out the backoff; false when there is nothing to hurry (connected, connecting). */
	reconnect(): boolean;
	/** Signs in with a new token after the server refused the last one; `save` also writes it to the config file. */
	signIn(token: string, save: boolean): void;
	/** Ends the desk: stops the client and leaves the screen. */
	quit(): void;
};
