// The desk keeps V8's young generation small: a process that allocates fast does not grow it to tens of MB.
import {execFileSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

const module = fileURLToPath(new URL('../../source/cli/young-generation.ts', import.meta.url));

/** New space (both semi-spaces) in MB after a burst of short-lived allocation, in a fresh Node process. */
function newSpaceAfterBurst(keepSmall: boolean): number {
	const script = `
		import {getHeapSpaceStatistics} from 'node:v8';
		${keepSmall ? `const {keepYoungGenerationSmall} = await import(${JSON.stringify(module)}); keepYoungGenerationSmall();` : ''}
		const kept = [];
		for (let i = 0; i < 2e6; i++) { const o = {i, text: 'message ' + i, lines: [i]}; if (i % 10 === 0) kept.push(o); }
		const space = getHeapSpaceStatistics().find(space => space.space_name === 'new_space');
		process.stdout.write(String(space.space_size / 1048576));`;
	return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8'}));
}

describe('keepYoungGenerationSmall', () => {
	it('stops the new space from growing while the process allocates', () => {
		// Without it V8 grows the new space as it sees fit (64 MB semi-spaces on a machine with memory to spare).
		expect(newSpaceAfterBurst(true)).toBeLessThanOrEqual(4);
		expect(newSpaceAfterBurst(false)).toBeGreaterThan(newSpaceAfterBurst(true));
	}, 30_000);
});
