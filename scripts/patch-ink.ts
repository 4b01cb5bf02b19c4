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

const CACHE_MARK = '/* switchboard: caches kept across frames */';

/**
 * ink/build/output.js: the tokenised lines and measured widths are kept from one frame to the next (bounded), and
 * the blank cells a frame starts from are one shared cell. Ink made them anew for every frame, so a keystroke
 * re-tokenised and re-measured every text on screen: most of a frame's CPU on a full desk.
 */
export function patchInkOutput(source: string): string {
	if (source.includes(CACHE_MARK)) return source;
	const replacements: Replacement[] = [
		[
			'class OutputCaches {\n',
			`class OutputCaches { ${CACHE_MARK}\n    // Bounded: cleared when they hold this many characters of tokenised text, or entries of widths.\n    styledCharCount = 0;\n`,
		],
		[
			'            this.styledChars.set(line, cached);\n',
			'            this.styledCharCount += cached.length;\n            if (this.styledCharCount > 200000) { this.styledChars.clear(); this.styledCharCount = cached.length; }\n            this.styledChars.set(line, cached);\n',
		],
		[
			'            this.widths.set(text, cached);\n',
			'            if (this.widths.size >= 20000) this.widths.clear();\n            this.widths.set(text, cached);\n',
		],
		[
			'            this.blockWidths.set(text, cached);\n',
			'            if (this.blockWidths.size >= 20000) this.blockWidths.clear();\n            this.blockWidths.set(text, cached);\n',
		],
		[
			'export default class Output {\n',
			`const sharedCaches = new OutputCaches();
// Never changed in place: a write replaces a cell, it does not edit it.
const blankSpace = Object.freeze({ type: 'char', value: ' ', fullWidth: false, styles: Object.freeze([]) });
const previousRows = [];
const rowText = (line, y) => {
    const previous = previousRows[y];
    if (previous && previous.cells.length === line.length && previous.cells.every((cell, x) => cell === line[x])) {
        return previous.text;
    }
    // See https://github.com/vadimdemedes/ink/pull/564#issuecomment-1637022742
    const text = styledCharsToString(line.filter(item => item !== undefined)).trimEnd();
    previousRows[y] = { cells: line, text };
    return text;
};
export default class Output {
`,
		],
		['    caches = new OutputCaches();\n', '    caches = sharedCaches;\n'],
		// A text's lines as strings, and a line cut to columns: the same for the same input, so kept too.
		[
			`        const characterLines = [[]];
        for (const character of this.caches.getStyledChars(text)) {
            if (character.value === '\\n') {
                characterLines.push([]);
            }
            else {
                characterLines.at(-1).push(character);
            }
        }
        let lines = characterLines.map(line => styledCharsToString(line));
`,
			'        let lines = this.caches.getLines(text);\n',
		],
		[
			'    getStringWidth(text) {\n',
			`    lines = new Map();
    getLines(text) {
        let cached = this.lines.get(text);
        if (cached === undefined) {
            const characterLines = [[]];
            for (const character of this.getStyledChars(text)) {
                if (character.value === '\\n') {
                    characterLines.push([]);
                }
                else {
                    characterLines.at(-1).push(character);
                }
            }
            cached = characterLines.map(line => styledCharsToString(line));
            if (this.lines.size >= 20000) this.lines.clear();
            this.lines.set(text, cached);
        }
        return cached;
    }
    slices = new Map();
    getSlice(line, from, to, slice) {
        const key = from + ',' + to + ',' + line;
        let cached = this.slices.get(key);
        if (cached === undefined) {
            cached = slice(line, from, to);
            if (this.slices.size >= 20000) this.slices.clear();
            this.slices.set(key, cached);
        }
        return cached;
    }
    getStringWidth(text) {
`,
		],
		[
			'                    return this.sliceLineToColumns(line, from, to);\n',
			'                    return this.caches.getSlice(line, from, to, (...args) => this.sliceLineToColumns(...args));\n',
		],
		// A row made of the same cells as in the last frame is the same text: no need to build it again.
		[
			`            .map(line => {
            // See https://github.com/vadimdemedes/ink/pull/564#issuecomment-1637022742
            const lineWithoutEmptyItems = line.filter(item => item !== undefined);
            return styledCharsToString(lineWithoutEmptyItems).trimEnd();
        })
`,
			'            .map((line, y) => rowText(line, y))\n',
		],
		[
			`                row.push({
                    type: 'char',
                    value: ' ',
                    fullWidth: false,
                    styles: [],
                });
`,
			'                row.push(blankSpace);\n',
		],
	];
	return replacements.reduce(
		(patched, replacement) => replaceOnce(patched, replacement, 'ink/build/output.js'),
		source,
	);
}

/** ink/build/render-node-to-output.js: a text's widest line, measured on every frame for every text, kept (bounded). */
export function patchRenderNodeToOutput(source: string): string {
	if (source.includes(CACHE_MARK)) return source;
	return replaceOnce(
		source,
		[
			"import widestLine from 'widest-line';\n",
			`import measureWidestLine from 'widest-line';
const widestLines = new Map(); ${CACHE_MARK}
const widestLine = (text) => {
    let width = widestLines.get(text);
    if (width === undefined) {
        width = measureWidestLine(text);
        if (widestLines.size >= 20000) widestLines.clear();
        widestLines.set(text, width);
    }
    return width;
};
`,
		],
		'ink/build/render-node-to-output.js',
	);
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
	patchFile('output.js', patchInkOutput);
	patchFile('render-node-to-output.js', patchRenderNodeToOutput);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) patchInk();
