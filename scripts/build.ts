// `npm run build`: bundles the published command, and the benchmarks beside it, with esbuild; tsc only type-checks.
//
// dist/cli.js         the launcher (source/cli/launch.ts): Node version check, `--version`, compile cache, then the bundle
// dist/switchboard.js every subcommand in one file; each subcommand's code runs only when it is used
// dist/*.yaml         the data files under source/ (bundled scenario, canned library), copied flat beside the bundle:
//                     a module reads one with `new URL('./NAME.yaml', import.meta.url)`, which finds it beside the
//                     module in source/ (vitest) and beside the bundle in dist/ alike
// dist/bench/         the benchmarks and their baselines (not published: package.json "files")
//
// dist/widget.js      the browser chat widget (source/widget/), served by `serve` at /widget.js; one self-contained
//                     script for any browser from the last few years, no Node built-ins
import {build, type BuildOptions, type Plugin} from 'esbuild';
import {copyFileSync, globSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {builtinModules} from 'node:module';
import {basename, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {patchInk} from './patch-ink.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

/**
 * Ink connects to React DevTools only with DEV=true and react-devtools-core installed, which the published command
 * never has; the import of it would be hoisted to the top of the bundle and fail at load, so the module is empty.
 */
const noInkDevtools: Plugin = {
	name: 'no-ink-devtools',
	setup(builder) {
		builder.onResolve({filter: /^\.\/devtools\.js$/}, args =>
			args.importer.includes('/node_modules/ink/') ? {path: args.path, namespace: 'empty'} : undefined,
		);
		builder.onLoad({filter: /.*/, namespace: 'empty'}, () => ({contents: 'export {};', loader: 'js'}));
	},
};

/**
 * Node's built-in modules load when the code that uses them first runs, not all at start: an ES import of one is
 * hoisted to the top of the bundle (every start would load http, net, tls, sqlite, child_process, ...), so each
 * becomes a CommonJS require() inside the lazily run module that asked for it.
 */
const lazyBuiltins: Plugin = {
	name: 'lazy-builtins',
	setup(builder) {
		const builtins = new Set(builtinModules);
		builder.onResolve({filter: /^[a-z_:/]+$/}, args => {
			const name = args.path.replace(/^node:/, '');
			if (!builtins.has(name) && !args.path.startsWith('node:')) return undefined;
			// The require() in the stand-in module below: the real built-in, left to Node.
			if (args.namespace === 'lazy-builtin' || args.kind === 'require-call') return {path: args.path, external: true};
			return {path: args.path, namespace: 'lazy-builtin'};
		});
		builder.onLoad({filter: /.*/, namespace: 'lazy-builtin'}, args => ({
			contents: `module.exports = require(${JSON.stringify(args.path)});`,
			loader: 'js',
		}));
	},
};

/** zod's error messages in English only: the other 40-odd locales (300 KB) are never used. */
const englishOnlyZod: Plugin = {
	name: 'english-only-zod',
	setup(builder) {
		builder.onResolve({filter: /^\.\.\/locales\/index\.js$/}, args =>
			args.importer.includes('/node_modules/zod/') ? {path: args.path, namespace: 'zod-locales'} : undefined,
		);
		builder.onLoad({filter: /.*/, namespace: 'zod-locales'}, () => ({
			contents: "export {default as en} from 'zod/v4/locales/en.js';",
			loader: 'js',
			resolveDir: root,
		}));
	},
};

/**
 * meow's bundled dependencies build, as soon as they load, what only `--help` and a malformed package.json ever use:
 * normalize-package-data (with the SPDX licence lists), Babel's code frame, and child_process for nothing. Each
 * becomes what it is on first use, so parsing the desk's flags does not pay for them before its first frame. The
 * exact text is required: a meow release that moved it fails the build here rather than quietly costing the time.
 */
const lazyMeowDependencies: Plugin = {
	name: 'lazy-meow-dependencies',
	setup(builder) {
		const edits: [string, string][] = [
			["import { execFile } from 'node:child_process';\n", ''],
			['\npromisify(execFile);\n', '\n'],
			[
				'var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);',
				'const normalizePackageData = (...args) => getDefaultExportFromCjs(requireNormalize())(...args);',
			],
			[
				'var libExports = requireLib$1();',
				'var libExports = {codeFrameColumns: (...args) => requireLib$1().codeFrameColumns(...args)};',
			],
		];
		builder.onLoad({filter: /\/node_modules\/meow\/build\/dependencies\.js$/}, args => {
			let contents = readFileSync(args.path, 'utf8');
			for (const [from, to] of edits) {
				if (contents.split(from).length !== 2) throw new Error(`meow's dependencies.js changed: "${from.trim()}"`);
				contents = contents.replace(from, () => to);
			}
			return {contents, loader: 'js'};
		});
	},
};

/**
 * conf loads ajv (and its formats) and semver with itself, to compile a schema and to run migrations: the desk reads
 * its config file before its first frame and does neither (config-file.ts compiles the schema only to write). Each
 * is required where conf first uses it; an import hoisted to the top would run them all at load. Exact text, as above.
 */
const lazyConfParts: Plugin = {
	name: 'lazy-conf-parts',
	setup(builder) {
		builder.onLoad({filter: /\/node_modules\/conf\/dist\/source\/index\.js$/}, args => {
			let contents = readFileSync(args.path, 'utf8');
			const edits: [string, string][] = [
				["import { Ajv2020 as Ajv } from 'ajv/dist/2020.js';\n", ''],
				["import ajvFormatsModule from 'ajv-formats';\n", ''],
				["import semver from 'semver';\n", "const lazySemver = () => require('semver');\n"],
				['const ajvFormats = ajvFormatsModule.default;', "const ajvFormats = require('ajv-formats').default;"],
				['const ajv = new Ajv({', "const ajv = new (require('ajv/dist/2020.js').Ajv2020)({"],
			];
			for (const [from, to] of edits) {
				if (contents.split(from).length !== 2) throw new Error(`conf's index.js changed: "${from.trim()}"`);
				contents = contents.replace(from, () => to);
			}
			// `new semver.Range(...)` must stay a construction of Range, not of the function that finds it.
			contents = contents
				.replaceAll('new semver.', 'new (lazySemver()).')
				.replaceAll(/\bsemver\.(?=[a-zA-Z])/g, 'lazySemver().');
			return {contents, loader: 'js'};
		});
	},
};

/** What every Node output shares: ESM for the current Node, React's production build chosen at build time. */
const node: BuildOptions = {
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node22',
	// The development builds of React are dropped from the bundle, not merely skipped at run time.
	define: {'process.env.NODE_ENV': '"production"'},
	// Some dependencies are CommonJS and call require(); an ES module has none of its own.
	banner: {
		js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);",
	},
	plugins: [noInkDevtools, lazyBuiltins, englishOnlyZod, lazyMeowDependencies, lazyConfParts],
	// Less to read, hash and compile on every start; error messages are unchanged (stack traces show short names).
	minify: true,
	legalComments: 'none',
	logLevel: 'warning',
};

/** The version the launcher prints for `--version` without loading anything (source/cli/launch.ts). */
function packageVersion(): string {
	return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string}).version;
}

const outputs: Record<string, BuildOptions> = {
	launcher: {
		entryPoints: ['source/cli/launch.ts'],
		outfile: 'dist/cli.js',
		platform: 'node',
		format: 'esm',
		// Old enough syntax for any Node that might run it: its whole job is to refuse those politely.
		target: 'node16',
		define: {SWITCHBOARD_VERSION: JSON.stringify(packageVersion())},
		logLevel: 'warning',
	},
	// The metafile (dist/cli.meta.json, not published) is how test/cli/bundle.test.ts sees what loads on demand.
	cli: {...node, entryPoints: ['cli.tsx'], outfile: 'dist/switchboard.js', metafile: true},
	widget: {
		entryPoints: ['source/widget/index.ts'],
		outfile: 'dist/widget.js',
		bundle: true,
		platform: 'browser',
		// An IIFE: nothing leaks into the host page's globals.
		format: 'iife',
		target: ['chrome109', 'firefox115', 'safari15.4'],
		minify: true,
		legalComments: 'none',
		logLevel: 'warning',
	},
	bench: {
		...node,
		entryPoints: {
			run: 'bench/run.ts',
			'relay-server': 'bench/relay-server.ts',
			'desk/echo-app': 'bench/desk/echo-app.tsx',
			'desk/layout-app': 'bench/desk/layout-app.tsx',
		},
		outdir: 'dist/bench',
		// The pty and the headless terminal stay in node_modules (node-pty is native); the baselines bundle theirs.
		plugins: [
			...(node.plugins ?? []),
			{
				name: 'bench-packages-external',
				setup(builder) {
					builder.onResolve({filter: /^@lydell\/node-pty$|^@xterm\/headless$/}, args => ({
						path: args.path,
						external: true,
					}));
				},
			},
		],
	},
};

/** Every data file under source/, copied flat beside the bundle; two with one name would shadow each other. */
function copyDataFiles(): void {
	const seen = new Map<string, string>();
	for (const file of globSync('source/**/*.yaml', {cwd: root})) {
		const name = basename(file);
		const other = seen.get(name);
		if (other) throw new Error(`data files ${other} and ${file} would both be dist/${name}: rename one`);
		seen.set(name, file);
		copyFileSync(join(root, file), join(dist, name));
	}
}

async function main(): Promise<void> {
	const only = process.argv.slice(2);
	for (const name of only)
		if (!(name in outputs)) throw new Error(`unknown output ${name} (${Object.keys(outputs).join(', ')})`);
	if (only.length === 0) rmSync(dist, {recursive: true, force: true});
	mkdirSync(dist, {recursive: true});
	// Ink as the bundle carries it: patched (scripts/patch-ink.ts), also when node_modules predates the patch.
	patchInk();
	const chosen = only.length > 0 ? only : Object.keys(outputs);
	await Promise.all(
		chosen.map(async name => {
			const {metafile} = await build({absWorkingDir: root, ...outputs[name]});
			if (metafile) writeFileSync(join(dist, `${name}.meta.json`), JSON.stringify(metafile));
		}),
	);
	copyDataFiles();
}

main().catch((error: unknown) => {
	process.stderr.write(`build failed: ${error instanceof Error ? error.message : String(error)}\n`);
	process.exitCode = 1;
});
