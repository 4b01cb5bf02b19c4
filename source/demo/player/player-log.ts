// The player's log lines and problem records: one format for customers and colleagues, silent once the player has stopped.
import type {JournalProblem} from './journal.js';

export type PlayerLog = {
	/** Something worth a line in the log (a customer joined, a colleague took a chat). */
	note(who: string, message: string): void;
	/** Something unexpected: logged with the scenario line, and recorded in `problems`. */
	problem(problems: JournalProblem[], who: string, line: number | null, message: string): void;
	/** Clock milliseconds since the player started. */
	elapsed(): number;
};

/** `+12.3s mia: joined` and `+40.0s mia (demo.yaml:14): the chat ended while the script was still running`. */
export function createPlayerLog(options: {
	source: string;
	elapsed: () => number;
	write: (line: string) => void;
	stopped: () => boolean;
}): PlayerLog {
	const stamp = () => `+${(options.elapsed() / 1_000).toFixed(1)}s`;
	return {
		elapsed: options.elapsed,
		note(who, message) {
			if (!options.stopped()) options.write(`${stamp()} ${who}: ${message}`);
		},
		problem(problems, who, line, message) {
			if (options.stopped()) return;
			problems.push({at: options.elapsed(), line, message});
			options.write(`${stamp()} ${who}${line === null ? '' : ` (${options.source}:${line})`}: ${message}`);
		},
	};
}
