// Finding emoji in text, one per grapheme, and the key that says two emoji are "the same" for mirroring (E4).
import {graphemes} from './graphemes.js';

export type EmojiAt = {emoji: string; key: string; start: number; end: number};

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const PRESENTATION = /\p{Emoji_Presentation}/u;
const FLAG = /^\p{Regional_Indicator}{2}$/u;
const KEYCAP = /^[0-9#*]\uFE0F?\u20E3$/u;
const TAG_FLAG = /^\u{1F3F4}[\u{E0020}-\u{E007F}]+$/u;
const SKIN_TONE = /[\u{1F3FB}-\u{1F3FF}]/gu;
const VARIATION = /[\uFE0E\uFE0F]/gu;

/**
 * Whether one grapheme is an emoji: a pictograph shown as an emoji (by default, or asked for with U+FE0F,
 * or joined into a ZWJ sequence or given a skin tone), a flag or a keycap. "©", "™" and a plain "☺" are text.
 */
export function isEmoji(grapheme: string): boolean {
	if (FLAG.test(grapheme) || KEYCAP.test(grapheme) || TAG_FLAG.test(grapheme)) return true;
	if (!PICTOGRAPHIC.test(grapheme)) return false;
	if (grapheme.includes('\uFE0E')) return false;
	return (
		PRESENTATION.test(grapheme) ||
		grapheme.includes('\uFE0F') ||
		grapheme.includes('\u200D') ||
		/[\u{1F3FB}-\u{1F3FF}]/u.test(grapheme)
	);
}

/** 👍🏽 and 👍 are the same emoji for mirroring; so are ❤️ and ❤. */
export function emojiKey(emoji: string): string {
	return emoji.replace(SKIN_TONE, '').replace(VARIATION, '');
}

/** Every emoji in the text, in order, with its place. Useful to build GuardContext.customerEmojiSeen. */
export function emojiIn(text: string): EmojiAt[] {
	const found: EmojiAt[] = [];
	for (const {segment, index} of graphemes(text)) {
		if (isEmoji(segment))
			found.push({emoji: segment, key: emojiKey(segment), start: index, end: index + segment.length});
	}
	return found;
}
