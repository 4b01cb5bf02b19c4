// The bundled scenario ("switchboard demo" with no file): default.yaml beside this module, parsed once on first use.
import {readFileSync} from 'node:fs';
import {parseScenario} from '../scenario/parse-scenario.js';
import type {Scenario} from '../scenario/scenario.js';

/** Scenario.source for the bundled scenario, as the contract names it. */
export const BUNDLED_SCENARIO_SOURCE = '(bundled)';

// Beside this module in source/ (tests) and beside the bundle in dist/ (scripts/build.ts copies it there).
const DEFAULT_SCENARIO_FILE = new URL('./default.yaml', import.meta.url);

let parsed: Scenario | null = null;

/** The default scenario: about five minutes at speed 1 (tests keep it valid and complete). */
export function bundledScenario(): Scenario {
	parsed ??= parseScenario(readFileSync(DEFAULT_SCENARIO_FILE, 'utf8'), BUNDLED_SCENARIO_SOURCE);
	return parsed;
}
