// The agent moving around the desk: which chat each pane shows (E24: several at once), focus, scrolling.
import {MAX_PANES, focusedChatId, scrollOf, type DeskState, type ScrollAnchor} from './desk-state.js';
import {chatWithNumber} from './chat-numbers.js';
import {mapDelete, mapSet, withView} from './desk-edit.js';
import {settleReading} from './reading.js';
import {nextNeedingAttention} from './response-timer.js';

/** Shows a chat in the focused pane; one already on screen in another pane is reached by moving the focus there. */
export function focusChat(state: DeskState, chatId: string): DeskState {
	if (!state.chats.has(chatId)) return state;
	const {panes, focusedPane} = state.view;
	const shownAt = panes.indexOf(chatId);
	const next =
		shownAt === -1
			? withView(state, {panes: panes.map((shown, index) => (index === focusedPane ? chatId : shown))})
			: withView(state, {focusedPane: shownAt});
	return settleReading(state, next);
}

/** Alt+1..9, Alt+J: the chat with that number (see chat-numbers.ts); no chat has it: nothing changes. */
export function focusNumber(state: DeskState, number: number): DeskState {
	const chatId = chatWithNumber(state, number);
	return chatId === null ? state : focusChat(state, chatId);
}

/** Ctrl+N / Ctrl+P through the chat list, wrapping; from an empty pane, the first or the last chat. */
export function focusStep(state: DeskState, step: 1 | -1): DeskState {
	const {order} = state;
	if (order.length === 0) return state;
	const current = focusedChatId(state);
	const at = current === null ? -1 : order.indexOf(current);
	const index = at === -1 ? (step === 1 ? 0 : order.length - 1) : (at + step + order.length) % order.length;
	return focusChat(state, order[index]!);
}

/** E1, Alt+A: the longest-waiting chat; pressing again moves on to the next one. */
export function focusAttention(state: DeskState, now: number): DeskState {
	const pick = nextNeedingAttention(state, now, focusedChatId(state));
	return pick ? focusChat(state, pick.chatId) : state;
}

/** A new pane beside the others showing the first chat not yet on screen (or nothing); it takes the focus. */
export function splitPane(state: DeskState): DeskState {
	const {panes} = state.view;
	if (panes.length >= MAX_PANES) return state;
	const chatId = state.order.find(id => !panes.includes(id)) ?? null;
	return settleReading(state, withView(state, {panes: [...panes, chatId], focusedPane: panes.length}));
}

/** Closes the focused pane; the focus goes to the pane before it. The last pane stays. */
export function closePane(state: DeskState): DeskState {
	const {panes, focusedPane} = state.view;
	if (panes.length <= 1) return state;
	const next = withView(state, {
		panes: panes.filter((_, index) => index !== focusedPane),
		focusedPane: Math.max(0, focusedPane - 1),
	});
	return settleReading(state, next);
}

export function stepPane(state: DeskState, step: 1 | -1): DeskState {
	const count = state.view.panes.length;
	return withView(state, {focusedPane: (state.view.focusedPane + step + count) % count});
}

/**
 * Scrolls the focused conversation back to `anchor` (worked out by the UI, which knows the wrapped
 * heights); null follows, and reads, new messages again. The same anchor again changes nothing.
 */
export function scrollFocused(state: DeskState, anchor: ScrollAnchor | null): DeskState {
	const chatId = focusedChatId(state);
	if (chatId === null) return state;
	const current = scrollOf(state, chatId);
	const target =
		anchor === null ? null : {n: Math.floor(anchor.n), linesBelow: Math.max(0, Math.floor(anchor.linesBelow))};
	if (
		current === target ||
		(current !== null && target !== null && current.n === target.n && current.linesBelow === target.linesBelow)
	)
		return state;
	const scroll = target === null ? mapDelete(state.view.scroll, chatId) : mapSet(state.view.scroll, chatId, target);
	return settleReading(state, withView(state, {scroll}));
}
