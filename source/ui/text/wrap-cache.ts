// Wrapped lines of each message, cached per (message id, width), so a long conversation is wrapped
// only where it is on screen and only once per width.
//
// Split panes show conversations at different widths at the same time, and a resize drag passes
// through many widths; so the cache keeps a few widths (least recently used goes first) and, per
// width, a bounded number of messages (least recently used goes first).
import {wrapText} from './wrap.js';

export interface WrapCacheOptions {
	/** Messages remembered per width. */
	readonly maxMessagesPerWidth?: number;
	/** Widths remembered at once: one per visible pane, plus the one being resized from. */
	readonly maxWidths?: number;
	/** The wrapping function; tests count its calls. */
	readonly wrap?: (text: string, width: number) => string[];
}

export interface WrapCache {
	/** Lines of message `id` (whose text is `text`) at `width`; wrapped now only if not cached. */
	lines(id: string, text: string, width: number): readonly string[];
	/** Number of lines, for the virtualisation math. */
	height(id: string, text: string, width: number): number;
	/** Drops a message at every width (deleted, or replaced by its server copy). */
	forget(id: string): void;
	clear(): void;
	/** Entries held, over all widths. */
	readonly size: number;
}

interface Entry {
	readonly text: string;
	readonly lines: readonly string[];
}

export function createWrapCache(options: WrapCacheOptions = {}): WrapCache {
	const maxMessages = Math.max(1, options.maxMessagesPerWidth ?? 2_000);
	const maxWidths = Math.max(1, options.maxWidths ?? 4);
	const wrap = options.wrap ?? wrapText;
	// Map iteration order is insertion order; re-inserting on use makes the first key the least recent.
	const byWidth = new Map<number, Map<string, Entry>>();
	// A render asks for many messages at one width; skip the re-ordering for the width just used.
	let recentWidth = Number.NaN;
	let recentEntries: Map<string, Entry> | undefined;

	function entriesFor(width: number): Map<string, Entry> {
		if (width === recentWidth && recentEntries) return recentEntries;
		let entries = byWidth.get(width);
		if (entries) {
			byWidth.delete(width);
		} else {
			entries = new Map();
			if (byWidth.size >= maxWidths) byWidth.delete(byWidth.keys().next().value!);
		}
		byWidth.set(width, entries);
		recentWidth = width;
		recentEntries = entries;
		return entries;
	}

	function lines(id: string, text: string, width: number): readonly string[] {
		const entries = entriesFor(width);
		const cached = entries.get(id);
		entries.delete(id);
		// The text is compared too, so an edited or re-sent message is never shown with stale lines.
		if (cached && cached.text === text) {
			entries.set(id, cached);
			return cached.lines;
		}
		const entry: Entry = {text, lines: Object.freeze(wrap(text, width))};
		if (entries.size >= maxMessages) entries.delete(entries.keys().next().value!);
		entries.set(id, entry);
		return entry.lines;
	}

	return {
		lines,
		height: (id, text, width) => lines(id, text, width).length,
		forget(id) {
			for (const entries of byWidth.values()) entries.delete(id);
		},
		clear() {
			byWidth.clear();
			recentEntries = undefined;
		},
		get size() {
			let size = 0;
			for (const entries of byWidth.values()) size += entries.size;
			return size;
		},
	};
}
