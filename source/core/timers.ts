// The timers the desk's runtime and the demo run on, passed in (the system's in the CLI, a hand-driven one in tests).
// Only the type lives here: core never reads the clock itself (DESIGN.md); source/cli/system-timers.ts is the real one.

export type Timers = {
	setTimeout(callback: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
	setInterval(callback: () => void, ms: number): unknown;
	clearInterval(handle: unknown): void;
	now(): number;
};
