// What the rendered conversations know about their own size and wrapping, for keys that scroll by a page or to the top.
//
// Only the conversation component knows how many rows it has and how many lines its chat wraps to at its
// width; the key handler lives outside it. Each conversation registers here while it is mounted.

import type {AnchorLayout} from '../text/scroll-anchor.js';

export type ConversationViewport = {
	/** Rows of the conversation viewport. */
	rows: number;
	/**
	 * The conversation as laid out while scrolled back (rows - 1: the last row says "more below"), built when
	 * asked; heights are wrapped lazily, so a key costs what it moves over.
	 */
	layout(): AnchorLayout;
};

export type ViewportRegistry = {
	get(chatId: string): ConversationViewport | undefined;
	register(chatId: string, viewport: ConversationViewport): () => void;
};

export function createViewportRegistry(): ViewportRegistry {
	const viewports = new Map<string, ConversationViewport>();
	return {
		get: chatId => viewports.get(chatId),
		register(chatId, viewport) {
			viewports.set(chatId, viewport);
			return () => {
				if (viewports.get(chatId) === viewport) viewports.delete(chatId);
			};
		},
	};
}
