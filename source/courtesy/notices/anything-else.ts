// E18: whether /end should first ask "anything else?", or may close because that was just asked.

/** "The last few minutes" of the issue: an answer older than this may no longer hold. */
export const ANYTHING_ELSE_WINDOW_MS = 5 * 60_000;

/**
 * True when /end should ask first: never asked, or asked `windowMs` ago or longer. A time in the future
 * (clocks out of step) counts as just asked, so a customer is not asked twice in a row.
 */
export function shouldAskAnythingElse(
	lastAskedAt: number | null | undefined,
	now: number,
	windowMs: number = ANYTHING_ELSE_WINDOW_MS,
): boolean {
	if (lastAskedAt === null || lastAskedAt === undefined || !Number.isFinite(lastAskedAt)) return true;
	return now - lastAskedAt >= windowMs;
}
