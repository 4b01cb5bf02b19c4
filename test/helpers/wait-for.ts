// Polls a condition until it holds or a deadline passes: tests wait on conditions, never on fixed sleeps.
export async function waitFor<T>(
	check: () => T | undefined | false | null | Promise<T | undefined | false | null>,
	{
		timeout = 10_000,
		interval = 10,
		message = 'condition',
	}: {timeout?: number; interval?: number; message?: string} = {},
): Promise<T> {
	const deadline = Date.now() + timeout;
	let lastError: unknown;
	for (;;) {
		try {
			const value = await check();
			if (value !== undefined && value !== false && value !== null) return value;
		} catch (error) {
			lastError = error;
		}
		if (Date.now() > deadline) {
			const detail = lastError instanceof Error ? `: ${lastError.message}` : '';
			throw new Error(`timed out after ${timeout} ms waiting for ${message}${detail}`);
		}
		await new Promise(resolve => setTimeout(resolve, interval));
	}
}
