// `switchboard canned list|add|import|export`: manages canned-response files from the shell (the logic is in source/canned/).
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {text as readStream} from 'node:stream/consumers';
import {
	CannedFileError,
	CannedInputError,
	addCanned,
	describeUpdate,
	exportCanned,
	formatCannedList,
	importCannedFile,
	listCanned,
	loadCannedLibrary,
	responseFromFields,
	responsesFromSnippet,
	responsesFromSnippetFile,
	type CannedResponse,
} from '../canned/index.js';
import {cannedFilesOf, loadConfig} from '../config/index.js';
import {LANGUAGES, type Language} from '../courtesy/languages.js';
import {asUsageError} from './desk.js';
import {parseFlags} from './parse-flags.js';
import {UsageError} from './usage-error.js';

/** Where the command reads and writes; tests pass their own streams and environment. */
export type CannedIo = {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	readStdin: () => Promise<string>;
	env: NodeJS.ProcessEnv;
};

/** `--text-en`, `--text-nb`, ...: one per language the project speaks (courtesy/languages.ts). */
const LANGUAGE_FLAGS: Readonly<Record<string, Language>> = Object.fromEntries(
	LANGUAGES.map(language => [`text${language[0]!.toUpperCase()}${language.slice(1)}`, language]),
);
const LANGUAGE_FLAG_SPECS = Object.fromEntries(
	Object.keys(LANGUAGE_FLAGS).map(name => [name, {type: 'string'} as const]),
) as Record<`text${string}`, {readonly type: 'string'}>;

/** The flags `canned` takes; test/cli/help-text.test.ts keeps its help text in step with them. */
export const CANNED_FLAGS = {
	canned: {type: 'string', isMultiple: true},
	file: {type: 'string'},
	bundled: {type: 'boolean', default: true},
	lang: {type: 'string'},
	id: {type: 'string'},
	title: {type: 'string'},
	shortcut: {type: 'string'},
	category: {type: 'string'},
	department: {type: 'string'},
	tag: {type: 'string', isMultiple: true},
	text: {type: 'string', isMultiple: true},
	...LANGUAGE_FLAG_SPECS,
	from: {type: 'string'},
	replace: {type: 'boolean', default: false},
	out: {type: 'string'},
} as const;

type FlagName = keyof typeof CANNED_FLAGS;

const FIELD_FLAGS: FlagName[] = [
	'id',
	'title',
	'shortcut',
	'category',
	'department',
	'tag',
	'text',
	...(Object.keys(LANGUAGE_FLAGS) as FlagName[]),
];

// Which flags each action reads; any other is a mistake worth saying, not something to ignore silently.
const ACTION_FLAGS: Record<string, readonly FlagName[]> = {
	list: ['canned', 'file', 'bundled', 'lang'],
	add: ['file', 'from', 'replace', ...FIELD_FLAGS],
	import: ['file', 'replace'],
	export: ['canned', 'file', 'bundled', 'out'],
};

const kebab = (name: string) => name.replaceAll(/[A-Z]/g, letter => `-${letter.toLowerCase()}`);

function given(argv: readonly string[], name: FlagName): boolean {
	const flag = `--${kebab(name)}`;
	return argv.some(
		argument => argument === flag || argument.startsWith(`${flag}=`) || argument === `--no-${kebab(name)}`,
	);
}

function textsFrom(flags: Record<string, unknown>): Record<string, string> {
	const texts: Record<string, string> = {};
	for (const [flag, language] of Object.entries(LANGUAGE_FLAGS)) {
		const value = flags[flag];
		if (typeof value === 'string') texts[language] = value;
	}
	for (const entry of (flags.text as string[] | undefined) ?? []) {
		const at = entry.indexOf('=');
		if (at <= 0) throw new UsageError(`--text takes LANG=TEXT (e.g. --text de="Guten Tag"), not "${entry}"`);
		texts[entry.slice(0, at).trim()] = entry.slice(at + 1);
	}
	return texts;
}

async function responsesToAdd(
	argv: readonly string[],
	flags: Record<string, unknown>,
	io: CannedIo,
): Promise<CannedResponse[]> {
	const from = flags.from as string | undefined;
	if (from !== undefined) {
		const mixed = FIELD_FLAGS.find(name => given(argv, name));
		if (mixed)
			throw new UsageError(
				`--from and --${kebab(mixed)} do not go together: give the response either as flags or as YAML`,
			);
		return from === '-' ? responsesFromSnippet(await io.readStdin(), 'stdin') : responsesFromSnippetFile(from);
	}
	try {
		return [
			responseFromFields({
				id: flags.id as string | undefined,
				title: flags.title as string | undefined,
				shortcut: flags.shortcut as string | undefined,
				category: flags.category as string | undefined,
				department: flags.department as string | undefined,
				tags: flags.tag as string[] | undefined,
				text: textsFrom(flags),
			}),
		];
	} catch (error) {
		if (error instanceof CannedInputError) throw new UsageError(error.message);
		throw error;
	}
}

/** The desk's files (config `canned` and `personal-canned`) unless the flags name others, so the shell sees what the desk uses. */
function configuredFiles(io: CannedIo): {teamFiles: string[]; personalFile: string} {
	try {
		// conf reads XDG_CONFIG_HOME from the process; the command's own environment names the directory here.
		const home = io.env.XDG_CONFIG_HOME;
		return cannedFilesOf(
			loadConfig({env: io.env, ...(home ? {configDir: join(home, 'switchboard')} : {})}).config,
			io.env,
		);
	} catch (error) {
		return asUsageError(error);
	}
}

async function run(
	action: string,
	rest: string[],
	argv: readonly string[],
	flags: Record<string, unknown>,
	io: CannedIo,
): Promise<number> {
	const configured = configuredFiles(io);
	const personalFile = (flags.file as string | undefined) ?? configured.personalFile;
	const named = (flags.canned as string[] | undefined) ?? [];
	const files = {
		teamFiles: named.length > 0 ? named : configured.teamFiles,
		personalFile,
		bundled: flags.bundled as boolean,
	};
	switch (action) {
		case 'list': {
			const {responses} = loadCannedLibrary(files);
			io.stdout(formatCannedList(listCanned(responses, rest.join(' '), (flags.lang as string | undefined) ?? null)));
			return 0;
		}
		case 'add': {
			if (rest.length > 0) throw new UsageError(`canned add takes no arguments, only flags (got "${rest[0]}")`);
			const result = addCanned(personalFile, await responsesToAdd(argv, flags, io), flags.replace as boolean);
			const lines = describeUpdate(result);
			const wrote = result.added.length + result.replaced.length > 0;
			(wrote ? io.stdout : io.stderr)(`${lines.join('\n')}\n`);
			return wrote ? 0 : 1;
		}
		case 'import': {
			if (rest.length !== 1)
				throw new UsageError(
					'canned import takes one file: switchboard canned import FILE [--file TARGET] [--replace]',
				);
			io.stdout(
				`${describeUpdate(importCannedFile(rest[0]!, personalFile, {replace: flags.replace as boolean})).join('\n')}\n`,
			);
			return 0;
		}
		case 'export': {
			if (rest.length > 0) throw new UsageError(`canned export takes no arguments (write to a file with --out FILE)`);
			const yaml = exportCanned(loadCannedLibrary(files).responses);
			const out = flags.out as string | undefined;
			if (out === undefined) {
				io.stdout(yaml);
			} else {
				writeFileSync(out, yaml);
				io.stdout(`exported to ${out}\n`);
			}
			return 0;
		}
		default:
			throw new UsageError(`unknown canned action "${action}" (list, add, import or export)`);
	}
}

/** The command with its input and output passed in; runCanned binds it to the process. */
export async function runCannedWith(argv: string[], importMeta: ImportMeta, io: CannedIo): Promise<number> {
	// The argument parser reads a lone "-" as input, not as the value of --from; "-" means stdin here.
	const fromStdin = argv.findIndex((argument, index) => argument === '--from' && argv[index + 1] === '-');
	if (fromStdin !== -1) argv = [...argv.slice(0, fromStdin), '--from=-', ...argv.slice(fromStdin + 2)];
	const {input, flags} = parseFlags(argv, CANNED_FLAGS, importMeta);
	const [action, ...rest] = input;
	if (action === undefined) throw new UsageError('canned needs an action: list, add, import or export');
	const allowed = ACTION_FLAGS[action];
	if (allowed) {
		const stray = (Object.keys(CANNED_FLAGS) as FlagName[]).find(name => !allowed.includes(name) && given(argv, name));
		if (stray) throw new UsageError(`--${kebab(stray)} is not a flag of canned ${action}`);
	}
	try {
		return await run(action, rest, argv, flags as Record<string, unknown>, io);
	} catch (error) {
		if (!(error instanceof CannedFileError)) throw error;
		// Every problem on its own line (file:line: path: message), so an editor or terminal can jump to it.
		io.stderr(`${error.message}\n`);
		const count = error.issues.length === 1 ? 'a problem' : `${error.issues.length} problems`;
		io.stderr(
			`switchboard: ${count} in canned-response files${action === 'add' || action === 'import' ? '; nothing was written' : ''}\n`,
		);
		return 1;
	}
}

export async function runCanned(argv: string[], importMeta: ImportMeta, _version: string): Promise<number> {
	return runCannedWith(argv, importMeta, {
		stdout: text => process.stdout.write(text),
		stderr: text => process.stderr.write(text),
		readStdin: () => readStream(process.stdin),
		env: process.env,
	});
}
