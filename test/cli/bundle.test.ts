// The published command as built (scripts/build.ts): what loads on demand, the compile cache, the Node check, the package.
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, globSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {startDesk, stopDesks} from '../helpers/pty-desk.js';
import {projectRoot, runCli} from '../helpers/run-cli.js';
import {waitFor} from '../helpers/wait-for.js';

type Metafile = {inputs: Record<string, {imports: {path: string; kind: string; external?: boolean}[]}>};

/** Every module whose code runs as soon as `entry`'s does: its static imports, followed to the end. */
function loadedWith(entry: string): string[] {
	const {inputs} = JSON.parse(readFileSync(`${projectRoot}dist/cli.meta.json`, 'utf8')) as Metafile;
	if (!inputs[entry]) throw new Error(`${entry} is not in the bundle`);
	const seen = new Set([entry]);
	const pending = [entry];
	while (pending.length > 0) {
		for (const edge of inputs[pending.pop()!]?.imports ?? []) {
			// A dynamic import() is the on-demand part; a require() of a bundled CommonJS module runs where it stands.
			if (edge.external || edge.kind === 'dynamic-import' || seen.has(edge.path)) continue;
			seen.add(edge.path);
			pending.push(edge.path);
		}
	}
	return [...seen];
}

const packageJson = JSON.parse(readFileSync(`${projectRoot}package.json`, 'utf8')) as {
	version: string;
	engines: {node: string};
};

const packageOf = (path: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1];
const packagesLoadedWith = (entry: string) => new Set(loadedWith(entry).flatMap(path => packageOf(path) ?? []));

const scratch: string[] = [];
const tempDir = () => {
	const dir = mkdtempSync(join(tmpdir(), 'switchboard-bundle-'));
	scratch.push(dir);
	return dir;
};
/** Files Node wrote into a compile-cache directory (one folder per Node version inside). */
const cachedFiles = (dir: string) =>
	existsSync(dir) ? readdirSync(dir, {recursive: true, withFileTypes: true}).filter(entry => entry.isFile()) : [];

afterEach(async () => {
	await stopDesks();
	for (const dir of scratch.splice(0)) rmSync(dir, {recursive: true, force: true});
});

describe('the bundle', () => {
	it('runs no subcommand until it is asked for: the entry loads only the help text and the argument handling', () => {
		expect(packagesLoadedWith('cli.tsx')).toEqual(new Set());
		const entry = loadedWith('cli.tsx');
		expect(entry.some(path => path.startsWith('source/cli/serve') || path.startsWith('source/ui/'))).toBe(false);
	});

	// The desk signs in while Ink, React and the components load (source/cli/desk-view.tsx): the two waits overlap.
	it('starts connecting the desk before it loads Ink or React', () => {
		const desk = packagesLoadedWith('source/cli/desk.ts');
		expect(desk.has('ws')).toBe(true);
		for (const ui of ['ink', 'react', 'react-reconciler', 'yoga-layout']) expect(desk.has(ui)).toBe(false);
		expect(packagesLoadedWith('source/cli/desk-view.tsx').has('ink')).toBe(true);
	});

	it('serves without loading Ink or React, nor conf and its schema compiler (it reads the config file itself)', () => {
		const serve = packagesLoadedWith('source/cli/serve.ts');
		expect(serve.has('ws')).toBe(true); // the closure is really followed
		expect(loadedWith('source/cli/serve.ts')).toContain('source/config/server-config.ts');
		for (const heavy of ['ink', 'react', 'react-reconciler', 'yoga-layout', 'conf', 'ajv'])
			expect(serve.has(heavy), heavy).toBe(false);
	});

	it('carries every data file under source/ beside the bundle, unchanged', () => {
		const files = globSync('source/**/*.yaml', {cwd: projectRoot});
		expect(files.length).toBeGreaterThan(0);
		for (const file of files) {
			const copy = `${projectRoot}dist/${file.split('/').pop()}`;
			expect(readFileSync(copy, 'utf8'), copy).toBe(readFileSync(`${projectRoot}${file}`, 'utf8'));
		}
	});
});

describe('the compile cache', () => {
	it('is turned on by the command itself and written when it ends', async () => {
		const temp = tempDir();
		const result = await runCli(['--help'], {env: {TMPDIR: temp}});
		expect(result.code).toBe(0);
		expect(cachedFiles(join(temp, 'node-compile-cache')).length).toBeGreaterThan(0);
	});

	// --version costs what starting Node costs: the launcher answers it before loading the bundle (or anything else).
	it('is not even turned on for --version, which loads no bundle', async () => {
		const temp = tempDir();
		for (const flag of ['--version', '-v']) {
			const result = await runCli([flag], {env: {TMPDIR: temp}});
			expect(result).toMatchObject({code: 0, stdout: `${packageJson.version}\n`, stderr: ''});
		}
		expect(cachedFiles(join(temp, 'node-compile-cache'))).toEqual([]);
	});

	it('is written once the desk has drawn its first frame, while the desk still runs', async () => {
		const temp = tempDir();
		const cache = join(temp, 'node-compile-cache');
		// Port 9 (discard) refuses: the desk starts, draws and keeps trying; it never exits on its own here.
		const screen = await startDesk('ws://127.0.0.1:9', 'token', {env: {TMPDIR: temp}});
		await waitFor(() => cachedFiles(cache).length > 0, {timeout: 15_000, message: 'the compile cache on disk'});
		expect(screen.exited).toBeNull();
	});
});

describe('the Node check', () => {
	const required = /^>=(\d+\.\d+)$/.exec(packageJson.engines.node)?.[1];

	it('asks for the version package.json names', () => {
		expect(required).toBeDefined();
		expect(readFileSync(`${projectRoot}source/cli/launch.ts`, 'utf8')).toContain(
			`const REQUIRED_NODE = '${required}';`,
		);
	});

	// The system Node on the project's machines is 20 (DESIGN.md); elsewhere, any Node older than required will do.
	const oldNode = ['/usr/bin/node', '/usr/local/bin/node'].find(path => {
		if (!existsSync(path)) return false;
		const [major = 0, minor = 0] = execFileSync(path, ['-p', 'process.versions.node'], {encoding: 'utf8'})
			.trim()
			.split('.')
			.map(Number);
		const [needMajor = 0, needMinor = 0] = (required ?? '0.0').split('.').map(Number);
		return major < needMajor || (major === needMajor && minor < needMinor);
	});

	it.skipIf(oldNode === undefined)(`refuses an older Node (${oldNode}) in one line`, () => {
		for (const args of [['--version'], ['serve', '--port', '0'], ['demo']]) {
			const result = spawnSync(oldNode!, [`${projectRoot}dist/cli.js`, ...args], {encoding: 'utf8', timeout: 15_000});
			expect(result.status).toBe(1);
			expect(result.stdout).toBe('');
			expect(result.stderr).toMatch(
				new RegExp(`^switchboard: needs Node\\.js ${required} or newer; this is Node\\.js \\d+\\.\\d+\\.\\d+\\n$`),
			);
		}
	});
});

describe('the package', () => {
	it('ships the command, its data, README, LICENSE and docs/, and nothing else', () => {
		const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
			cwd: projectRoot,
			encoding: 'utf8',
		});
		const [{files}] = JSON.parse(output) as [{files: {path: string}[]}];
		const paths = files.map(file => file.path).sort();
		expect(paths).toContain('LICENSE');
		expect(paths).toContain('README.md');
		expect(paths).toContain('dist/cli.js');
		expect(paths).toContain('dist/switchboard.js');
		expect(paths.filter(path => path.startsWith('docs/')).length).toBe(
			globSync('docs/*.md', {cwd: projectRoot}).length,
		);
		for (const path of paths)
			expect(path).toMatch(/^(LICENSE|README\.md|package\.json|docs\/.+\.md|dist\/[^/]+\.(js|yaml))$/);
		expect(paths.some(path => path.endsWith('.map'))).toBe(false);
	});

	it('points from the help to where README, LICENSE and docs/ are', async () => {
		const {stdout} = await runCli(['--help']);
		const dir = /in\n {2}(\S+)\n/.exec(stdout)?.[1];
		expect(dir).toBeDefined();
		for (const name of ['README.md', 'LICENSE', 'docs/protocol.md'])
			expect(existsSync(join(dir!, name)), name).toBe(true);
	});
});
