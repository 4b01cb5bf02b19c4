// Patches Ink's incremental writer in node_modules (run by `npm ci` through "prepare", and by every build): a frame of
// the same size as the last is written as its changed cells only (scripts/ink-frame-update.ts, copied into Ink as
// build/frame-update.js), and a synchronized update wraps only a frame that moves about the screen.
//
// Why: on a 40-row desk a keystroke or a ticking timer changes a few cells, and Ink rewrote each changed line from the
// first changed column to its end (borders and the next pane included) after moving from the bottom of the frame to
// the top: ~180 bytes for one typed letter, on a link that is often SSH inside tmux. Where the new writer does not
// apply (the first frame, a resize, a frame of another height, a line wider than the terminal) Ink's own writer runs,
// with unchanged rows skipped in one cursor move (CSI n E) instead of one per row.
// The patch is small and idempotent; a line it expects but cannot find stops the build (an Ink upgrade must be looked
// at), and test/ui/terminal/ink-patch.test.ts checks the patched writer against a real terminal emulator.
import {transformSync} from 'esbuild';
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath, pathToFileURL} from 'node:url';

const MARK = '/* switchboard: skipped rows in one move */';
const FRAME_MARK = '/* switchboard: changed cells only */';
const SYNC_MARK = '/* switchboard: the writer synchronizes */';
const inkBuild = new URL('../node_modules/ink/build/', import.meta.url);
const frameUpdateSource = new URL('./ink-frame-update.ts', import.meta.url);

/** The flush of skipped rows, as source text: one CSI E for a single row (as Ink wrote it), CSI n E for more. */
const flush =
	"if (skippedRows > 0) { buffer.push(skippedRows === 1 ? ansiEscapes.cursorNextLine : '\\u001B[' + skippedRows + 'E'); skippedRows = 0; }";

/** The changed-cells writer, before Ink's own cursor-only and row-by-row paths, for a frame of the same size. */
const frameUpdatePath = `        if (areColumnsUnchanged && previousOutput.length > 0 && text !== '\\n' && nextLines.length === previousLines.length) { ${FRAME_MARK}
            const update = frameUpdate(previousLines, nextLines, { columns: stream.columns, cursorWasShown: wasCursorShown, previousCursor: previousCursorPosition, cursor: activeCursor, synchronize });
            if (update !== undefined) {
                stream.write(update);
                wasCursorShown = activeCursor !== undefined;
                previousCursorPosition = activeCursor ? { ...activeCursor } : undefined;
                previousOutput = text;
                previousLines = nextLines;
                return true;
            }
        }
`;

type Replacement = [from: string, to: string];

/** Each `from` must occur exactly once in the part of the file it applies to. */
function replaceOnce(source: string, [from, to]: Replacement, where: string): string {
	const count = source.split(from).length - 1;
	if (count !== 1) throw new Error(`${where}: expected one "${from.trim()}", found ${count}`);
	return source.replace(from, () => to);
}

const incrementalStart = 'const createIncremental = ';

const importReplacement: Replacement = [
	"import lineUpdate from './line-update.js';\n",
	"import lineUpdate from './line-update.js';\nimport frameUpdate from './frame-update.js';\nimport { bsu, esu } from './write-synchronized.js';\n",
];

/** The first version of this patch; a node_modules patched by it gets the rest. */
const skippedRowsReplacements: Replacement[] = [
	[
		'        for (let i = 0; i < visibleCount; i++) {\n',
		`        let skippedRows = 0; ${MARK}\n        for (let i = 0; i < visibleCount; i++) {\n`,
	],
	['                    buffer.push(ansiEscapes.cursorNextLine);\n', '                    skippedRows++;\n'],
	[
		'            const nextLine = nextLines[i];\n',
		`            ${flush}\n            const nextLine = nextLines[i];\n`,
	],
	[
		'        const cursorSuffix = buildCursorSuffix(nextLines.length - 1, activeCursor);\n        buffer.push(cursorSuffix);\n',
		`        ${flush}\n        const cursorSuffix = buildCursorSuffix(nextLines.length - 1, activeCursor);\n        buffer.push(cursorSuffix);\n`,
	],
];

/** In createIncremental only (the standard writer has the same lines). */
const incrementalReplacements: Replacement[] = [
	[
		'    const render = (text) => {\n',
		// Ink's own paths write once each; with `synchronize` that write goes out inside one synchronized update.
		`    const render = (text, synchronize = false) => { ${SYNC_MARK}\n        const write = (output) => stream.write(synchronize ? bsu + output + esu : output);\n`,
	],
	[
		'        const previousVisible = visibleLineCount(previousLines, previousOutput);\n',
		`        const previousVisible = visibleLineCount(previousLines, previousOutput);\n${frameUpdatePath}`,
	],
	['            stream.write(buildCursorOnlySequence({\n', '            write(buildCursorOnlySequence({\n'],
	['            stream.write(returnPrefix +\n', '            write(returnPrefix +\n'],
	["        stream.write(buffer.join(''));\n", "        write(buffer.join(''));\n"],
	[
		'    render.isCursorDirty = () => isCursorDirty;\n',
		'    render.isCursorDirty = () => isCursorDirty;\n    render.synchronizes = true;\n',
	],
];

/** Applies the patch to the source text of ink/build/log-update.js; the text unchanged when it is already patched. */
export function patchLogUpdate(source: string): string {
	if (source.includes(FRAME_MARK)) return source;
	let patched = replaceOnce(source, importReplacement, 'ink/build/log-update.js');
	if (!source.includes(MARK))
		for (const replacement of skippedRowsReplacements)
			patched = replaceOnce(patched, replacement, 'ink/build/log-update.js');
	const at = patched.indexOf(incrementalStart);
	if (at < 0) throw new Error(`ink/build/log-update.js: expected one "${incrementalStart}", found 0`);
	let incremental = patched.slice(at);
	for (const replacement of incrementalReplacements)
		incremental = replaceOnce(incremental, replacement, 'ink/build/log-update.js (createIncremental)');
	return patched.slice(0, at) + incremental;
}

/** ink/build/ink.js: the throttled frame hands `synchronize` to a writer that wraps its own frames. */
export function patchInkRenderer(source: string): string {
	if (source.includes(SYNC_MARK)) return source;
	const from = `                const shouldSync = this.shouldSync();
                if (shouldSync && shouldWrite) {
                    this.options.stdout.write(bsu);
                }
                this.log(output);
                if (shouldSync && shouldWrite) {
                    this.options.stdout.write(esu);
                }
`;
	const to = `                const shouldSync = this.shouldSync(); ${SYNC_MARK}
                const writerSynchronizes = this.log.synchronizes === true;
                if (shouldSync && shouldWrite && !writerSynchronizes) {
                    this.options.stdout.write(bsu);
                }
                this.log(output, shouldSync && shouldWrite);
                if (shouldSync && shouldWrite && !writerSynchronizes) {
                    this.options.stdout.write(esu);
                }
`;
	return replaceOnce(source, [from, to], 'ink/build/ink.js');
}

/** scripts/ink-frame-update.ts as the plain JavaScript module Ink's build directory takes. */
export function frameUpdateModule(): string {
	return transformSync(readFileSync(frameUpdateSource, 'utf8'), {loader: 'ts', format: 'esm', target: 'node22'}).code;
}

function patchFile(name: string, patch: (source: string) => string): void {
	const file = fileURLToPath(new URL(name, inkBuild));
	const source = existsSync(file) ? readFileSync(file, 'utf8') : '';
	const patched = patch(source);
	if (patched !== source) writeFileSync(file, patched);
}

export function patchInk(): void {
	patchFile('frame-update.js', () => frameUpdateModule());
	patchFile('log-update.js', patchLogUpdate);
	patchFile('ink.js', patchInkRenderer);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) patchInk();
