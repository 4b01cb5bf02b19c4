// The client side of the wire in one import: the agent client and the error its requests reject with.
export {AgentClient, type AgentClientOptions} from './agent-client.js';
export {RequestError, type RequestErrorCode} from './request-error.js';
export {agentUrl} from './agent-url.js';
export {CustomerClient, type CustomerClientOptions} from './customer-client.js';
export {OutboxKeeper, type OutboxKeeping, type OutboxReport} from './outbox-keeper.js';
