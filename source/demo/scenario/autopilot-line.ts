// Checks an autopilot composer line before the demo runs: a mistyped command or an unknown transfer target would stall it mid-way.
import {parseArgs, parseCommandLine} from '../../commands/parse.js';
import {COMMANDS, findCommand} from '../../commands/registry.js';
import {didYouMean} from '../../courtesy/did-you-mean.js';

/** Who a /transfer may name: departments and colleagues, by id or by name. */
export type TransferTargets = readonly {id: string; name: string}[];

export type AutopilotLine = {
	/** True for /c and /canned: the autopilot sends what the command puts in the composer. */
	canned: boolean;
	problem: string | null;
};

/** The longest run of leading words naming a target wins, as the desk's /transfer reads them. */
function namesTarget(words: readonly string[], targets: TransferTargets): boolean {
	for (let count = words.length; count >= 1; count--) {
		const wanted = words.slice(0, count).join(' ').toLowerCase();
		if (targets.some(target => target.id.toLowerCase() === wanted || target.name.toLowerCase() === wanted)) return true;
	}
	return false;
}

export function checkAutopilotLine(line: string, targets: TransferTargets): AutopilotLine {
	const parsed = parseCommandLine(line);
	if (parsed === null) return {canned: false, problem: null};
	const command = findCommand(parsed.name);
	if (!command) {
		const names = COMMANDS.flatMap(known => [known.name, ...known.aliases]);
		return {
			canned: false,
			problem: `there is no command /${parsed.name}${didYouMean(parsed.name, names)}; a message that starts with "/" is written "//..."`,
		};
	}
	if (/\n/u.test(line)) return {canned: false, problem: 'a command is one line'};
	const canned = command.name === 'canned';
	// Without arguments these two open a picker, which the autopilot cannot operate.
	if (canned && parsed.args.text === '')
		return {
			canned,
			problem: '/c needs a query here (e.g. "/c pw"): alone it opens the picker, which the autopilot cannot use',
		};
	if (command.name === 'transfer') {
		const {words} = parseArgs(parsed.args.text);
		if (words.length === 0)
			return {
				canned,
				problem:
					'/transfer needs a target here (e.g. "/transfer technical ..."): alone it opens the picker, which the autopilot cannot use',
			};
		if (!namesTarget(words, targets)) {
			const known = [...new Set(targets.map(target => target.id))];
			return {
				canned,
				problem: `"${words[0]}" is no department or colleague of this scenario${didYouMean(words[0]!, known)}; targets are ${known.join(', ') || '(none)'}`,
			};
		}
	}
	return {canned, problem: null};
}
