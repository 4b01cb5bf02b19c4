// Starts a server as a child process (so it has a core of its own) and reads its listen URL from stdout.
import {spawn, type ChildProcess} from 'node:child_process';

export type ChildServer = {url: string; stop: () => Promise<void>};

export async function startChildServer(script: string, args: string[]): Promise<ChildServer> {
	const child: ChildProcess = spawn(process.execPath, [...process.execArgv, script, ...args], {
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
		stop: () =>
			new Promise<void>(resolve => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			}),
	};
}
