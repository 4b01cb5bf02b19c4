// The bundled scenario ("switchboard demo" with no file), parsed once on first use.
import {parseScenario} from '../scenario/parse-scenario.js';
import type {Scenario} from '../scenario/scenario.js';
import {defaultScenarioYaml} from './default-scenario.js';

/** Scenario.source for the bundled scenario, as the contract names it. */
export const BUNDLED_SCENARIO_SOURCE = '(bundled)';

let parsed: Scenario | null = null;

/** The default scenario: about five minutes at speed 1 (tests keep it valid and complete). */
export function bundledScenario(): Scenario {
	parsed ??= parseScenario(defaultScenarioYaml, BUNDLED_SCENARIO_SOURCE);
	return parsed;
}
