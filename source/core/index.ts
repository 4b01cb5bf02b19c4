// The desk as pure data: one import for the UI and the client glue.
export type * from './actions.js';
export type * from './intents.js';
export type * from './desk-driver.js';
export * from './desk-state.js';
export * from './message-log.js';
export * from './reducer.js';
export * from './store.js';
export * from './selectors.js';
export * from './chat-look.js';
export * from './names.js';
export * from './response-timer.js';
