// What the rendered conversations know about their own size, for keys that scroll by a page or to the top.
//
// Only the conversation component knows how many rows it has and how many lines its chat wraps to at its
// width; the key handler lives outside it. Each conversation registers here while it is mounted.

export type ConversationViewport = {
	/** Rows of the conversation viewport. */
	rows: number;
	/** Largest useful scroll offset (lines from the bottom), worked out when asked: wrapping a long chat costs. */
	maxOffset(): number;
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
