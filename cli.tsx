#!/usr/bin/env node
// Entry point: picks the subcommand from the command line and runs it; usage errors exit 2 with one line.
import {endQuietlyOnClosedPipe} from './source/cli/closed-pipe.js';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {
	mainHelp,
	serveHelp,
	conformanceHelp,
	deskHelp,
	configHelp,
	cannedHelp,
	demoHelp,
	accountsHelp,
	dataHelp,
} from './source/cli/help-text.js';
import {UsageError} from './source/cli/usage-error.js';

type Command = {help: string; run: (argv: string[], importMeta: ImportMeta, version: string) => Promise<number>};

// Every subcommand loads on use: `--version` and `--help` load none, `serve` never loads Ink or React, and the desk's
// start-up (an agent waiting for the first frame) pays for no other subcommand. In the bundle each import() below
// is code that runs on first use (scripts/build.ts), not a file read.
const deskCommand = () => import('./source/cli/desk.js');
const desk: Command = {help: deskHelp, run: async (...args) => (await deskCommand()).runDeskCommand(...args)};

const commands: Record<string, Command> = {
	desk,
	// DESIGN.md names the desk "client"; both spellings open it.
	client: desk,
	serve: {help: serveHelp, run: async (...args) => (await import('./source/cli/serve.js')).runServe(...args)},
	accounts: {
		help: accountsHelp,
		run: async (argv, importMeta) => (await import('./source/cli/accounts.js')).runAccounts(argv, importMeta),
	},
	data: {
		help: dataHelp,
		run: async (argv, importMeta) => (await import('./source/cli/data.js')).runData(argv, importMeta),
	},
	conformance: {
		help: conformanceHelp,
		run: async (...args) => (await import('./source/cli/conformance.js')).runConformance(...args),
	},
	config: {help: configHelp, run: async (...args) => (await import('./source/cli/config.js')).runConfig(...args)},
	canned: {help: cannedHelp, run: async (...args) => (await import('./source/cli/canned.js')).runCanned(...args)},
	demo: {help: demoHelp, run: async (...args) => (await import('./source/cli/demo.js')).runDemo(...args)},
};

// `switchboard config list | head -1`: the reader may leave early; that is no error of ours.
endQuietlyOnClosedPipe();

/** The main help, pointing at this installation's README, LICENSE and docs/ (they ship beside dist/). */
function mainHelpText(): string {
	return mainHelp.trimStart().replace('PACKAGE_DIR', fileURLToPath(new URL('..', import.meta.url)));
}

function packageVersion(): string {
	const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
		version: string;
	};
	return packageJson.version;
}

async function main(argv: string[]): Promise<number> {
	const [first, ...rest] = argv;
	if (first === '--help' || first === '-h' || first === 'help') {
		process.stdout.write(mainHelpText());
		return 0;
	}
	if (first === '--version' || first === '-v') {
		process.stdout.write(`${packageVersion()}\n`);
		return 0;
	}
	// Nothing on the command line: the desk when there is a server to go to, the help when there is not.
	if (first === undefined) {
		const {deskConfigured, runDeskCommand} = await deskCommand();
		if (deskConfigured()) return runDeskCommand([], import.meta, packageVersion());
		process.stdout.write(mainHelpText());
		return 0;
	}
	// Flags without a command are the desk's: `switchboard --server ws://... --token T`.
	if (first.startsWith('-')) {
		if (rest.includes('--help') || rest.includes('-h')) {
			process.stdout.write(deskHelp.trimStart());
			return 0;
		}
		return desk.run(argv, import.meta, packageVersion());
	}
	const command = commands[first];
	if (!command) throw new UsageError(`unknown command "${first}"`);
	if (rest.includes('--help') || rest.includes('-h')) {
		process.stdout.write(command.help.trimStart());
		return 0;
	}
	return command.run(rest, import.meta, packageVersion());
}

main(process.argv.slice(2)).then(
	code => {
		process.exitCode = code;
	},
	(error: unknown) => {
		if (error instanceof UsageError) {
			process.stderr.write(`switchboard: ${error.message} (see switchboard --help)\n`);
			process.exitCode = 2;
			return;
		}
		process.stderr.write(`switchboard: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
		process.exitCode = 1;
	},
);
