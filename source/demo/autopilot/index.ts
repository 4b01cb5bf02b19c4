// The demo's autopilot in one import.
export {createAutopilot, type Autopilot, type AutopilotOptions} from './autopilot.js';
export type {AutopilotDesk} from './autopilot-desk.js';
export {builtInAutopilot} from './built-in-script.js';
