// What the autopilot needs of the desk: the driver the UI implements (core/desk-driver.ts).
export type {DeskDriver as AutopilotDesk} from '../../core/desk-driver.js';
