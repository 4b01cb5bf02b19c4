// Runs the built CLI (dist/cli.js) with the project's Node, for tests of the real command line.
import {spawn, type ChildProcess} from 'node:child_process';
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const cliPath = `${projectRoot}dist/cli.js`;
/** The running Node (the project's Node 24 under npm test), never whatever `node` is on PATH. */
export const nodePath = process.execPath;

function assertBuilt() {
	if (!existsSync(cliPath)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does it first)');
}

export type CliResult = {code: number | null; stdout: string; stderr: string};

/** Runs the CLI to completion, killing it if it outlives the deadline. */
export async function runCli(
	args: string[],
	{timeout = 15_000, env = {}}: {timeout?: number; env?: Record<string, string>} = {},
): Promise<CliResult> {
	assertBuilt();
	const child = spawn(nodePath, [cliPath, ...args], {env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'pipe']});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', chunk => (stdout += chunk));
	child.stderr.on('data', chunk => (stderr += chunk));
	const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
	const code = await new Promise<number | null>(resolve => child.on('close', resolve));
	clearTimeout(timer);
	return {code, stdout, stderr};
}

/** Starts the CLI and leaves it running; the caller stops it by its pid through `child.kill`. */
export function startCli(
	args: string[],
	env: Record<string, string> = {},
): {child: ChildProcess; output: () => string} {
	assertBuilt();
	const child = spawn(nodePath, [cliPath, ...args], {env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'pipe']});
	let output = '';
	child.stdout!.on('data', chunk => (output += chunk));
	child.stderr!.on('data', chunk => (output += chunk));
	return {child, output: () => output};
}
