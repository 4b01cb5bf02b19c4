// Which lines a conversation shows at a width, height and scroll anchor: the virtualised window as plain rows.
import type {ScrollAnchor} from '../../../core/desk-state.js';
import {computeLineWindow} from '../../text/line-window.js';
import {positionOfAnchor, type AnchorLayout} from '../../text/scroll-anchor.js';
import type {WrapCache} from '../../text/wrap-cache.js';
import {
	clockTime,
	entryHeight,
	entryLines,
	TIME_WIDTH,
	type EntryKind,
	type EntrySource,
} from './conversation-entries.js';

export type ConversationRow =
	{key: string; kind: EntryKind; text: string} | {key: string; kind: 'divider'} | {key: string; kind: 'blank'};

export type ConversationWindow = {
	rows: ConversationRow[];
	atTop: boolean;
	atBottom: boolean;
	/** The unread divider is below the viewport (new messages further down). */
	unreadBelow: boolean;
};

export function conversationLayout(
	source: EntrySource,
	width: number,
	rows: number,
	wrapCache: WrapCache,
): AnchorLayout {
	return {
		messageCount: source.count,
		heightOf: index => entryHeight(source.at(index), width, wrapCache),
		viewportHeight: rows,
		unreadFrom: source.unreadFrom,
		confirmed: source.confirmed,
		nAt: index => source.nAt(index),
		indexOfN: n => source.indexOfN(n),
	};
}

/** The rows to draw, top to bottom, `rows` of them (blank ones first when the chat is short); null anchor = following. */
export function conversationWindow(
	source: EntrySource,
	width: number,
	rows: number,
	anchor: ScrollAnchor | null,
	wrapCache: WrapCache,
): ConversationWindow {
	const layout = conversationLayout(source, width, rows, wrapCache);
	const window = computeLineWindow(layout, positionOfAnchor(layout, anchor));
	const result: ConversationRow[] = [];
	for (let blank = 0; blank < window.blankRows; blank++) result.push({key: `blank-${blank}`, kind: 'blank'});
	const indent = ' '.repeat(TIME_WIDTH);
	for (const part of window.parts) {
		if (part.kind === 'divider') {
			result.push({key: `divider-${part.beforeIndex}`, kind: 'divider'});
			continue;
		}
		const entry = source.at(part.index);
		const lines = entryLines(entry, width, wrapCache);
		for (let line = part.fromLine; line < part.toLine; line++) {
			const prefix = line === 0 ? `${clockTime(entry.ts)} ` : indent;
			result.push({key: `${entry.id}:${line}`, kind: entry.kind, text: prefix + (lines[line] ?? '')});
		}
	}
	return {rows: result, atTop: window.atTop, atBottom: window.atBottom, unreadBelow: window.divider === 'below'};
}
