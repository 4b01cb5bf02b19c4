// The desk as a program drives it (the demo's autopilot): the state to watch, and the agent's own moves. Only a type: the UI implements it.
import type {DeskState} from './desk-state.js';

export type DeskDriver = {
	getState(): DeskState;
	subscribe(listener: () => void): () => void;
	accept(chatId: string): void;
	/**
	 * Focuses the chat, puts `line` in its composer and presses Enter: a message meets the guard, a command
	 * runs, "/c query" puts the canned response in the composer, exactly as when the agent types it.
	 */
	submit(chatId: string, line: string): void;
	/** Enter in the chat's composer: sends what a canned response or a rewrite left there, or sends past the guard. */
	enter(chatId: string): void;
	draft(chatId: string): string;
	/** The guard is showing findings for this chat's draft. */
	guardShown(chatId: string): boolean;
};
