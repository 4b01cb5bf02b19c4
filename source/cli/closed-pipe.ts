// Output to a pipe whose reader went away (`switchboard config list | head -1`) ends the program quietly.
//
// Node turns a write to a closed pipe into an 'error' event (EPIPE) that, unhandled, prints a stack trace. A C program
// would die of SIGPIPE there; this does the same as far as anyone can see: no output, exit code 128 + 13.

/** The exit code of a program killed by SIGPIPE, what `set -o pipefail` scripts see for `yes | head -1`. */
export const CLOSED_PIPE_EXIT_CODE = 141;

type Exit = (code: number) => void;

/** True for the errors a write to a reader that has gone away raises. */
export function isClosedPipe(error: unknown): boolean {
	const code = (error as {code?: unknown} | null)?.code;
	return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
}

/** Listens on stdout and stderr: a closed pipe exits at once (nothing more can be said); other errors are left alone. */
export function endQuietlyOnClosedPipe(
	streams: NodeJS.WritableStream[] = [process.stdout, process.stderr],
	exit: Exit = code => process.exit(code),
): void {
	for (const stream of streams) {
		stream.on('error', (error: unknown) => {
			if (isClosedPipe(error)) exit(CLOSED_PIPE_EXIT_CODE);
			else throw error;
		});
	}
}
