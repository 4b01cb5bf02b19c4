// The desk keeps V8's heap near what it holds: a process that allocates fast does not grow it to several times that.
import {execFileSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

const module = fileURLToPath(new URL('../../source/cli/heap-size.ts', import.meta.url));

/** The largest heap (MB) of a fresh Node process holding ~40 MB of messages while it makes garbage fast. */
function largestHeap(keepSmall: boolean): number {
	const script = `
		${keepSmall ? `const {keepHeapSmall} = await import(${JSON.stringify(module)}); keepHeapSmall();` : ''}
		const held = [];
		let largest = 0;
		for (let round = 0; round < 300; round++) {
			for (let i = 0; i < 500; i++) held.push({id: 'm' + round + '_' + i, text: 'x'.repeat(100) + i, n: i});
			let frame = [];
			for (let i = 0; i < 20000; i++) { frame.push({i, text: 'row ' + i, cells: [i]}); if (frame.length > 5000) frame = []; }
			largest = Math.max(largest, process.memoryUsage().heapTotal);
		}
		process.stdout.write(String(largest / 1048576));`;
	return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8'}));
}

describe('keepHeapSmall', () => {
	it('keeps the heap well under what V8 would grow it to on its own', () => {
		const [kept, left] = [largestHeap(true), largestHeap(false)];
		expect(kept).toBeLessThan(left * 0.7);
	}, 60_000);
});
