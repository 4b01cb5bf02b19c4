// docs/scenarios.md stays true: its example files parse, and it names every field, step and move the parser knows.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {bundledScenario, parseScenario} from '../../../source/demo/scenario/index.js';
import {SCENARIO_FIELDS} from '../../../source/demo/scenario/parse-scenario.js';
import {AGENT_FIELDS, COLLEAGUE_FIELDS} from '../../../source/demo/scenario/read-cast.js';
import {CUSTOMER_FIELDS} from '../../../source/demo/scenario/read-customer.js';
import {MOVES} from '../../../source/demo/scenario/read-expect.js';
import {STEP_KINDS} from '../../../source/demo/scenario/read-script.js';
import {AUTOPILOT_STEPS} from '../../../source/demo/scenario/read-autopilot.js';

const doc = readFileSync(new URL('../../../docs/scenarios.md', import.meta.url), 'utf8');

describe('docs/scenarios.md', () => {
	it('has example files that are valid scenarios', () => {
		const files = [...doc.matchAll(/```yaml\n([\s\S]*?)```/gu)].map(match => match[1]!);
		expect(files.length).toBeGreaterThanOrEqual(1);
		for (const file of files) expect(parseScenario(file, 'example.yaml').customers.length).toBeGreaterThan(0);
	});

	it('names every field, step and move', () => {
		const names = [
			...SCENARIO_FIELDS,
			...AGENT_FIELDS,
			...COLLEAGUE_FIELDS,
			...CUSTOMER_FIELDS,
			...STEP_KINDS,
			...Object.keys(MOVES),
			...AUTOPILOT_STEPS,
			'chars_per_second',
			'on',
			'then',
			'timeout',
			'on_timeout',
			'fill',
			'pattern',
			'score',
			'comment',
		];
		// In inline code, alone or in an example such as `{pattern: PATTERN, timeout: DURATION}`.
		const inCode = new Set([...doc.matchAll(/`([^`\n]+)`/gu)].flatMap(match => match[1]!.match(/[a-z_]+/gu) ?? []));
		for (const name of names) expect(inCode.has(name), name).toBe(true);
	});

	it('describes each customer of the bundled scenario', () => {
		for (const customer of bundledScenario().customers) expect(doc, customer.key).toContain(`\`${customer.key}\``);
	});
});
