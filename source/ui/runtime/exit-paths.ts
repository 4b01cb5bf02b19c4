// Every way the desk can end (quit, SIGTERM, SIGHUP, SIGINT, a crash, the process exiting) leads to one cleanup, once.
//
// DESIGN: the terminal is restored on every exit path. The cleanup leaves the alternate screen, shows the cursor and
// turns bracketed paste off before anything else, so even an agent whose SSH link dropped gets a usable shell back.

export type ExitReason =
	{kind: 'quit'} | {kind: 'signal'; signal: 'SIGTERM' | 'SIGHUP' | 'SIGINT'} | {kind: 'crash'; error: unknown};

/** The parts of `process` the exit paths listen on (a fake in tests). */
type Listener = (...args: unknown[]) => void;

export type ProcessEvents = {
	on(event: string, listener: Listener): unknown;
	off(event: string, listener: Listener): unknown;
};

export type ExitPaths = {
	/** Ends the desk for this reason; later calls get the same promise. */
	end(reason: ExitReason): Promise<number>;
	/** Settles with the exit code once the desk has ended. */
	done: Promise<number>;
};

const SIGNAL_NUMBERS = {SIGHUP: 1, SIGINT: 2, SIGTERM: 15} as const;

export function exitCodeFor(reason: ExitReason): number {
	switch (reason.kind) {
		case 'quit':
			return 0;
		case 'signal':
			// The shell convention: 128 + the signal's number.
			return 128 + SIGNAL_NUMBERS[reason.signal];
		case 'crash':
			return 1;
	}
}

export type ExitPathOptions = {
	process: ProcessEvents;
	/** Synchronous: puts the terminal back (unmount Ink, write the restore sequence). Must be safe to call twice. */
	restoreTerminal(): void;
	/** Asynchronous, after the terminal is back: stop the client (it says goodbye to the server). */
	shutdown(reason: ExitReason): Promise<void>;
	/** Tells the agent about a crash, after the terminal is restored (so the message is readable on the normal screen). */
	reportCrash(error: unknown): void;
};

export function installExitPaths(options: ExitPathOptions): ExitPaths {
	let ending: Promise<number> | null = null;
	let resolveDone: (code: number) => void = () => undefined;
	const done = new Promise<number>(resolve => {
		resolveDone = resolve;
	});

	const listeners: Array<[string, Listener]> = [];
	const listen = (event: string, listener: Listener) => {
		options.process.on(event, listener);
		listeners.push([event, listener]);
	};

	const end = (reason: ExitReason): Promise<number> => {
		ending ??= (async () => {
			try {
				options.restoreTerminal();
			} catch {
				// A terminal that is gone (SIGHUP) cannot be restored; the shutdown must still run.
			}
			if (reason.kind === 'crash') options.reportCrash(reason.error);
			try {
				await options.shutdown(reason);
			} catch {
				// Ending anyway: a failed goodbye to the server must not keep the agent's terminal.
			}
			for (const [event, listener] of listeners) options.process.off(event, listener);
			const code = exitCodeFor(reason);
			resolveDone(code);
			return code;
		})();
		return ending;
	};

	for (const signal of ['SIGTERM', 'SIGHUP', 'SIGINT'] as const)
		listen(signal, () => void end({kind: 'signal', signal}));
	listen('uncaughtException', error => void end({kind: 'crash', error}));
	listen('unhandledRejection', error => void end({kind: 'crash', error}));
	// Last resort: whatever exits the process (process.exit from elsewhere) still leaves a usable terminal.
	listen('exit', () => {
		try {
			options.restoreTerminal();
		} catch {
			// Nothing more can be done while the process exits.
		}
	});

	return {end, done};
}
