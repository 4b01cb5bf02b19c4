// docs/canned-responses.md stays true: its example files parse, and its table lists the bundled library as shipped.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {bundledResponses} from '../../source/canned/bundled.js';
import {parseCannedFile} from '../../source/canned/parse-file.js';

const doc = readFileSync(new URL('../../docs/canned-responses.md', import.meta.url), 'utf8');

describe('docs/canned-responses.md', () => {
	it('has example files that are valid', () => {
		const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map(match => match[1]!);
		expect(blocks.length).toBeGreaterThanOrEqual(2);
		for (const block of blocks)
			expect(parseCannedFile(block, 'example.yaml', {kind: 'team', name: 'example.yaml'}).length).toBeGreaterThan(0);
	});

	it('lists every bundled response with its shortcut', () => {
		for (const response of bundledResponses()) expect(doc).toContain(`| ${response.id} | ${response.shortcut} |`);
	});
});
