#!/usr/bin/env node
// Entry point: picks the subcommand from the command line and runs it; usage errors exit 2 with one line.
import {readFileSync} from 'node:fs';
import {mainHelp, serveHelp, conformanceHelp} from './source/cli/help-text.js';
import {UsageError} from './source/cli/usage-error.js';
import {runServe} from './source/cli/serve.js';
import {runConformance} from './source/cli/conformance.js';

type Command = {help: string; run: (argv: string[], importMeta: ImportMeta, version: string) => Promise<number>};

const commands: Record<string, Command> = {
	serve: {help: serveHelp, run: runServe},
	conformance: {help: conformanceHelp, run: runConformance},
};

function packageVersion(): string {
	const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string};
	return packageJson.version;
}

async function main(argv: string[]): Promise<number> {
	const [first, ...rest] = argv;
	if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
		process.stdout.write(mainHelp.trimStart());
		return 0;
	}
	if (first === '--version' || first === '-v') {
		process.stdout.write(`${packageVersion()}\n`);
		return 0;
	}
	const command = commands[first];
	if (!command) {
		throw new UsageError(first.startsWith('-') ? `unknown flag ${first.split('=')[0]}` : `unknown command "${first}"`);
	}
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
