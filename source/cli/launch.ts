#!/usr/bin/env node
// The published command: refuses a Node too old in one line, answers --version, turns on the compile cache, then loads the bundle.
// Built as its own small file (scripts/build.ts) so that it still runs on an old Node: the bundle would fail there
// before any of its code ran, on a built-in module (node:sqlite) or an export (enableCompileCache) it lacks.

/** The oldest Node the bundle runs on; package.json's engines field says the same (a test keeps them equal). */
const REQUIRED_NODE = '22.13';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const [needMajor = 0, needMinor = 0] = REQUIRED_NODE.split('.').map(Number);
if (major < needMajor || (major === needMajor && minor < needMinor)) {
	process.stderr.write(
		`switchboard: needs Node.js ${REQUIRED_NODE} or newer; this is Node.js ${process.versions.node}\n`,
	);
	process.exit(1);
}

/** package.json's version, written in by the build (scripts/build.ts); the launcher reads no file to print it. */
declare const SWITCHBOARD_VERSION: string;

// `--version` is answered here, before any import: it costs what starting Node costs, not what loading the bundle
// does (cli.tsx answers it the same way when the bundle is run directly).
const [first] = process.argv.slice(2);
if (first === '--version' || first === '-v') {
	process.stdout.write(`${SWITCHBOARD_VERSION}\n`);
} else {
	await startBundle();
}

// Compiled code is kept on disk (the system temp directory, or NODE_COMPILE_CACHE), so the second start skips
// most of the parsing and compiling; the desk flushes it once its first frame is out (source/cli/compile-cache.ts).
async function startBundle(): Promise<void> {
	const {enableCompileCache} = await import('node:module');
	enableCompileCache();
	await import(new URL('./switchboard.js', import.meta.url).href);
}

export {};
