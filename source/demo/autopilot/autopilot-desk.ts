// What the autopilot needs of the desk: its state to watch, and the agent's own moves (accept, type a line, press Enter).
import type {DeskState} from '../../core/desk-state.js';

/** The desk's handle (source/ui/desk-handle.ts) has exactly this shape; the demo passes it in. */
export type AutopilotDesk = {
	getState(): DeskState;
	subscribe(listener: () => void): () => void;
	accept(chatId: string): void;
	/** Types the line into the chat's composer and presses Enter, as the agent would. */
	submit(chatId: string, line: string): void;
	enter(chatId: string): void;
	draft(chatId: string): string;
	guardShown(chatId: string): boolean;
};
