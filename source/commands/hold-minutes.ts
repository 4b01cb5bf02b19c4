// Reading /hold's estimate: whole or decimal minutes from 1 to 240, "3", "3m" or "3min" (E7).

export const MIN_HOLD_MINUTES = 1;
/** The protocol's ceiling for a hold estimate. */
export const MAX_HOLD_MINUTES = 240;

/** Whether a word was meant as minutes at all: a reason never starts with a digit in practice. */
export function looksLikeMinutes(word: string): boolean {
	return /^[-+]?\d/u.test(word);
}

/** The minutes, or null when the word is not a number of minutes in range. */
export function parseHoldMinutes(word: string): number | null {
	const match = /^(\d+(?:[.,]\d+)?)\s*(?:m|min|mins|minutes?)?$/iu.exec(word);
	if (!match) return null;
	const minutes = Number(match[1]!.replace(',', '.'));
	return minutes >= MIN_HOLD_MINUTES && minutes <= MAX_HOLD_MINUTES ? minutes : null;
}
