// The wire contract of switchboard protocol v1: one import for both client and server.
export * from './version.js';
export * from './close-codes.js';
export * from './errors.js';
export * from './model.js';
export * from './ops.js';
export * from './events.js';
export * from './customer-endpoint.js';
export * from './frames.js';
export * from './decode.js';
