// How a simulated customer types a line: a human pace, the growing draft reported now and then (the sneak peek, E23), then the send.

/** About what a person types in a chat box, in characters per second. */
export const DEFAULT_CHARS_PER_SECOND = 7;
/** A long line still takes at most this long at speed 1: nobody waits a minute for a simulated paragraph. */
export const MAX_TYPING_MS = 6_000;
/** How often the widget reports the draft, in clock time (not scaled, so a fast demo does not flood the server). */
export const SNEAK_PEEK_INTERVAL_MS = 300;

export type TypingPlan = {
	/** Clock milliseconds from the first keystroke, each with the draft so far; the drafts only grow. */
	peeks: Array<{atMs: number; draft: string}>;
	sendAtMs: number;
};

/** The schedule for typing `text` at `charsPerSecond` (null: the default), with every delay divided by `speed`. */
export function typingPlan(text: string, charsPerSecond: number | null, speed: number): TypingPlan {
	// Code points, so a draft never ends in half an emoji.
	const characters = Array.from(text);
	const pace = charsPerSecond !== null && charsPerSecond > 0 ? charsPerSecond : DEFAULT_CHARS_PER_SECOND;
	const sendAtMs = Math.min((characters.length / pace) * 1_000, MAX_TYPING_MS) / speed;
	const times: number[] = [];
	for (let at = SNEAK_PEEK_INTERVAL_MS; at < sendAtMs; at += SNEAK_PEEK_INTERVAL_MS) times.push(at);
	// Even a line typed faster than one interval shows up once as a draft before it is sent.
	if (times.length === 0 && sendAtMs > 0 && characters.length > 1) times.push(sendAtMs / 2);
	const peeks: TypingPlan['peeks'] = [];
	for (const atMs of times) {
		const typed = Math.max(1, Math.ceil((characters.length * atMs) / sendAtMs));
		const draft = characters.slice(0, Math.min(typed, characters.length)).join('');
		if (draft !== peeks.at(-1)?.draft) peeks.push({atMs, draft});
	}
	return {peeks, sendAtMs};
}
