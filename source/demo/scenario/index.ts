// Demo scenarios in one import: the types, reading a file or text, and the bundled scenario.
export type {AutopilotStep, Scenario, ScenarioCustomer, ScriptStep} from './scenario.js';
export {parseScenario, parseScenarioText} from './parse-scenario.js';
export {loadScenario} from './load-scenario.js';
export {colleagueGreeting} from './colleague-greeting.js';
export {ScenarioError, formatScenarioIssue} from './scenario-error.js';
export {parseDuration} from './duration.js';
export {DEFAULT_ANSWER_AFTER_MS, DEFAULT_AWAIT_TIMEOUT_MS, DEFAULT_CAPACITY} from './limits.js';
export {BUNDLED_SCENARIO_SOURCE, bundledScenario} from '../scenarios/bundled.js';
