// The demo's autopilot in one import.
export {createAutopilot, type Autopilot} from './autopilot.js';
export type {AutopilotDesk} from './autopilot-desk.js';
