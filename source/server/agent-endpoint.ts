// The agent endpoint (/agent): hello, the auth gate, capability checks and dispatch of every agent op.
import type {WebSocket} from 'ws';
import {
	AGENT_SUBPROTOCOL,
	agentOps,
	CloseCode,
	protocolError,
	type AgentOpRequest,
	type Capability,
	type ReqFrame,
} from '../protocol/index.js';
import {authenticate, type AgentLink} from './agent-auth.js';
import {agentChatOps} from './agent-chat-ops.js';
import type {AgentOpHandler, AgentOpHandlers} from './agent-context.js';
import {agentCentreOps} from './agent-centre-ops.js';
import type {Transport} from './connection.js';
import type {ContactCentre} from './contact-centre.js';
import {answerRequest, refuse} from './requests.js';

const handlers: AgentOpHandlers = {...agentChatOps, ...agentCentreOps};

export function acceptAgentSocket(
	centre: ContactCentre,
	socket: WebSocket,
	transport: Transport | null,
	address: string,
): void {
	if (socket.protocol !== AGENT_SUBPROTOCOL) {
		socket.close(CloseCode.badFrame, `offer the subprotocol ${AGENT_SUBPROTOCOL}`);
		return;
	}
	const link: AgentLink = {connection: undefined!, agent: null, session: null, address};
	link.connection = centre.openConnection(socket, transport, 'agent', address, {
		request: frame => handleRequest(centre, link, frame),
		ack: seq => {
			if (!link.session?.ack(seq))
				link.connection.rejectFrame(null, protocolError('bad_frame', `seq: ${seq} is above the last event sent`));
		},
		closed: () => link.session?.detach(link.connection),
	});
	link.connection.sendText(centre.helloText());
}

function handleRequest(centre: ContactCentre, link: AgentLink, frame: ReqFrame): void {
	const {connection} = link;
	answerRequest(connection, frame.id, centre.settings.reportError, after => {
		if (frame.op === 'auth') return authenticate(centre, link, frame.payload as AgentOpRequest<'auth'>, after);
		const agent = link.agent ?? refuse('unauthenticated', 'authenticate first (op "auth")');
		const op = frame.op as keyof AgentOpHandlers;
		const capability = (agentOps[op] as {capability?: Capability}).capability;
		if (capability && !centre.settings.capabilities.has(capability))
			refuse('unsupported', `this server does not offer ${capability}`);
		const handler = handlers[op] as AgentOpHandler<typeof op>;
		return handler({centre, agent, connection, after}, frame.payload as never);
	});
}
