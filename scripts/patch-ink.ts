// Patches Ink's incremental writer in node_modules (run by `npm ci` through "prepare", and by every build): rows that
// did not change are skipped with one cursor move per run of them (CSI n E) instead of one per row (CSI E).
//
// Why: on a 40-row desk a keystroke or a ticking timer changes one or a few rows, and Ink moved past every other row
// with its own 3-byte escape, ~120 bytes a frame of cursor movement alone, on a link that is often SSH inside tmux.
// The patch is small and idempotent; a line it expects but cannot find stops the build (an Ink upgrade must be looked
// at), and test/ui/terminal/ink-patch.test.ts checks the patched writer against a real terminal emulator.
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath, pathToFileURL} from 'node:url';

const MARK = '/* switchboard: skipped rows in one move */';
const file = fileURLToPath(new URL('../node_modules/ink/build/log-update.js', import.meta.url));

/** The flush of skipped rows, as source text: one CSI E for a single row (as Ink wrote it), CSI n E for more. */
const flush =
	"if (skippedRows > 0) { buffer.push(skippedRows === 1 ? ansiEscapes.cursorNextLine : '\\u001B[' + skippedRows + 'E'); skippedRows = 0; }";

const replacements: Array<[string, string]> = [
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

/** Applies the patch to Ink's source text; the text unchanged when it is already patched. */
export function patchLogUpdate(source: string): string {
	if (source.includes(MARK)) return source;
	let patched = source;
	for (const [from, to] of replacements) {
		const count = patched.split(from).length - 1;
		if (count !== 1) throw new Error(`ink/build/log-update.js: expected one "${from.trim()}", found ${count}`);
		patched = patched.replace(from, to);
	}
	return patched;
}

export function patchInk(): void {
	const source = readFileSync(file, 'utf8');
	const patched = patchLogUpdate(source);
	if (patched !== source) writeFileSync(file, patched);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) patchInk();
