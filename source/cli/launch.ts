#!/usr/bin/env node
// The published command: refuses a Node too old in one line, turns on the compile cache, then loads the bundle.
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

// Compiled code is kept on disk (the system temp directory, or NODE_COMPILE_CACHE), so the second start skips
// most of the parsing and compiling; the desk flushes it once its first frame is out (source/cli/compile-cache.ts).
const {enableCompileCache} = await import('node:module');
enableCompileCache();
await import(new URL('./switchboard.js', import.meta.url).href);

export {};
