// Starts a server as a child process (so it has a core of its own) and reads its listen URL from stdout.
import {spawn, type ChildProcess} from 'node:child_process';
import {readFileSync} from 'node:fs';

export type ChildServer = {url: string; pid: number; stop: () => Promise<void>};

/** `nodeArgs`: flags for node itself (before the script), e.g. `--inspect` for a heap probe. */
export async function startChildServer(script: string, args: string[], nodeArgs: string[] = []): Promise<ChildServer> {
	const child: ChildProcess = spawn(process.execPath, [...process.execArgv, ...nodeArgs, script, ...args], {
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	const url = await new Promise<string>((resolve, reject) => {
		let output = '';
		const timer = setTimeout(() => reject(new Error(`${script} did not start within 15 s:\n${output}`)), 15_000);
		child.stdout!.on('data', chunk => {
			output += String(chunk);
			const match = /listening on (ws:\/\/\S+)/.exec(output);
			if (match) {
				clearTimeout(timer);
				resolve(match[1]!);
			}
		});
		child.once('exit', code => reject(new Error(`${script} exited with ${code}:\n${output}`)));
	});
	return {
		url,
		pid: child.pid!,
		stop: () =>
			new Promise<void>(resolve => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			}),
	};
}

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux; clock ticks of 10 ms). */
export function cpuMsOf(pid: number): number {
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	// Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return (Number(fields[11]) + Number(fields[12])) * 10;
}
