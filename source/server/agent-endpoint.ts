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
import {agentDeskOps} from './agent-desk-ops.js';
import type {Transport} from './connection.js';
import type {Desk} from './desk.js';
import {answerRequest, refuse} from './requests.js';

const handlers: AgentOpHandlers = {...agentChatOps, ...agentDeskOps};

export function acceptAgentSocket(desk: Desk, socket: WebSocket, transport: Transport | null = null): void {
	if (socket.protocol !== AGENT_SUBPROTOCOL) {
		socket.close(CloseCode.badFrame, `offer the subprotocol ${AGENT_SUBPROTOCOL}`);
		return;
	}
	const link: AgentLink = {connection: undefined!, agent: null, session: null};
	link.connection = desk.openConnection(socket, transport, 'agent', {
		request: frame => handleRequest(desk, link, frame),
		ack: seq => {
			if (!link.session?.ack(seq))
				link.connection.rejectFrame(null, protocolError('bad_frame', `seq: ${seq} is above the last event sent`));
		},
		closed: () => link.session?.detach(link.connection),
	});
	link.connection.sendText(desk.settings.helloText);
}

function handleRequest(desk: Desk, link: AgentLink, frame: ReqFrame): void {
	const {connection} = link;
	answerRequest(connection, frame.id, desk.settings.reportError, after => {
		if (frame.op === 'auth') return authenticate(desk, link, frame.payload as AgentOpRequest<'auth'>, after);
		const agent = link.agent ?? refuse('unauthenticated', 'authenticate first (op "auth")');
		const op = frame.op as keyof AgentOpHandlers;
		const capability = (agentOps[op] as {capability?: Capability}).capability;
		if (capability && !desk.settings.capabilities.has(capability))
			refuse('unsupported', `this server does not offer ${capability}`);
		const handler = handlers[op] as AgentOpHandler<typeof op>;
		return handler({desk, agent, connection, after}, frame.payload as never);
	});
}
