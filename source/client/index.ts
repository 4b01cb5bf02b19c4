// The client side of the wire in one import: the agent client and the error its requests reject with.
export {AgentClient} from './agent-client.js';
export {OutboxKeeper} from './outbox-keeper.js';
