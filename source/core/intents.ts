// What the agent (through the UI) and request results can change on the desk, beside what the client emits.
import type {Agent, Department, Followup} from '../protocol/index.js';
import type {DeskAction} from './actions.js';
import type {AlertKind, AlertLevel, ScrollAnchor} from './desk-state.js';

/** Keys and commands: which chats are on screen, scrolling, reading, dismissing. */
export type DeskIntent =
	/** Alt+1..9, Alt+J and digits: the chat with that number (numbers never shift, see chat-numbers.ts). */
	| {type: 'focus.number'; number: number}
	| {type: 'focus.chat'; chatId: string}
	/** Ctrl+N / Ctrl+P: the next or previous chat in the list, wrapping. */
	| {type: 'focus.next'}
	| {type: 'focus.previous'}
	/** Alt+A (E1): the longest-waiting chat other than the one in the focused pane. */
	| {type: 'focus.attention'; now: number}
	/** A new pane (up to 4) showing the first chat not already on screen; it takes the focus. */
	| {type: 'pane.split'}
	/** Closes the focused pane (the last one stays). */
	| {type: 'pane.close'}
	/** Tab / Shift+Tab. */
	| {type: 'pane.next'}
	| {type: 'pane.previous'}
	/**
	 * Scrolls the focused pane's conversation back to a message (see ScrollAnchor); null follows the newest
	 * again. Only the UI knows how many lines each message wraps to, so it works out the anchor for a key.
	 */
	| {type: 'scroll.to'; anchor: ScrollAnchor | null}
	/** Back to the newest message, following it again. */
	| {type: 'scroll.bottom'}
	| {type: 'chat.read'; chatId: string}
	/** Removes an ended chat from the desk (no-op for a chat that has not ended). */
	| {type: 'chat.close'; chatId: string}
	| {type: 'alert.dismiss'; alertId: string}
	/** A warning the desk itself raises (E7: a hold's promised time runs out); it stays until dismissed. */
	| {type: 'alert.post'; kind: AlertKind; level: AlertLevel; text: string; chatId: string | null; at: number}
	| {type: 'alerts.clear'}
	/** The agent has dealt with a failed send (resent or copied it). */
	| {type: 'failed.dismiss'; chatId: string; clientMsgId: string}
	/** E8: the customer details beside the conversation, or over it when there is no room. */
	| {type: 'details.open'}
	| {type: 'details.close'}
	| {type: 'details.toggle'};

/** Results of requests the UI makes through the client, that the server reports by no event. */
export type DeskResult =
	| {type: 'departments.loaded'; departments: readonly Department[]; at: number}
	| {type: 'agents.loaded'; agents: readonly Agent[]; at: number}
	/** presence.set answers with the agent record. */
	| {type: 'agent.updated'; agent: Agent; at: number}
	/** followup.create answers with the follow-up (E11, E20). */
	| {type: 'followup.added'; followup: Followup; at: number};

/** Everything reduceDesk accepts. */
export type DeskInput = DeskAction | DeskIntent | DeskResult;
