// Both endpoints of a server process in a cluster: the same frames and handlers as the single-process server, each
// request run as one unit of work (typing excepted: it changes nothing), sessions and streams kept in the database.
import type {WebSocket} from 'ws';
import {
	AGENT_SUBPROTOCOL,
	agentOps,
	CloseCode,
	CUSTOMER_SUBPROTOCOL,
	protocolError,
	type AgentOpRequest,
	type Capability,
	type CustomerOpRequest,
	type ReqFrame,
} from '../../protocol/index.js';
import {admittedAgent} from '../agent-auth.js';
import {agentCentreOps} from '../agent-centre-ops.js';
import {agentChatOps} from '../agent-chat-ops.js';
import type {AgentOpHandler, AgentOpHandlers} from '../agent-context.js';
import type {AgentState} from '../agent-state.js';
import type {FrameConnection, Transport} from '../connection.js';
import type {CustomerSession} from '../customer-sessions.js';
import {customerOpHandlers} from '../customer-ops.js';
import {answerRequest, refuse, type After} from '../requests.js';
import type {LocalStream} from './bus.js';
import type {ClusterCentre} from './centre.js';
import {clusterAgentOps, clusterCustomerInfo} from './ops.js';
import {clusterCustomerResume, clusterJoin, clusterResume, clusterSignIn} from './sessions.js';

const agentHandlers: AgentOpHandlers = {...agentChatOps, ...agentCentreOps, ...clusterAgentOps};

type Link = {connection: FrameConnection; address: string; stream: LocalStream | null};

/** Runs a handler in a unit; its `after` effects are kept per attempt, so a unit run again does not double them. */
async function inUnit(centre: ClusterCentre, after: After, work: (after: After) => object | Promise<object>) {
	const {result, effects} = await centre.unit(async () => {
		const effects: Array<() => void | Promise<void>> = [];
		const result = await work(effect => effects.push(effect));
		return {result, effects};
	});
	for (const effect of effects) after(effect);
	return result;
}

/** An ack above what this link was sent is a confused client (bad_frame); an agent's is kept for resumes (§5.4). */
function acked(centre: ClusterCentre, link: Link, seq: number): void {
	const stream = link.stream;
	if (!stream || seq > stream.sent) {
		link.connection.rejectFrame(null, protocolError('bad_frame', `seq: ${seq} is above the last event sent`));
		return;
	}
	if (stream.kind === 'agent') centre.bus.acked(stream, seq);
	else if (seq > stream.acked) stream.acked = seq;
}

export function acceptClusterAgentSocket(
	centre: ClusterCentre,
	socket: WebSocket,
	transport: Transport | null,
	address: string,
): void {
	if (socket.protocol !== AGENT_SUBPROTOCOL) {
		socket.close(CloseCode.badFrame, `offer the subprotocol ${AGENT_SUBPROTOCOL}`);
		return;
	}
	const link: Link & {agent: AgentState | null} = {connection: undefined!, address, stream: null, agent: null};
	link.connection = centre.openConnection(socket, transport, 'agent', address, {
		request: frame => agentRequest(centre, link, frame),
		ack: seq => acked(centre, link, seq),
		closed: () => {
			if (link.stream) centre.linkClosed(link.stream);
		},
	});
	link.connection.sendText(centre.helloText());
}

function agentRequest(centre: ClusterCentre, link: Link & {agent: AgentState | null}, frame: ReqFrame): void {
	const {connection} = link;
	answerRequest(connection, frame.id, centre.settings.reportError, async after => {
		if (frame.op === 'auth') {
			const request = frame.payload as AgentOpRequest<'auth'>;
			const agent = await admittedAgent(centre, link, request);
			const {result, stream} = request.resume
				? await clusterResume(centre, connection, agent, request.resume, after)
				: await clusterSignIn(centre, connection, agent, after);
			link.agent = agent;
			link.stream = stream;
			connection.signedIn();
			return result;
		}
		const agent = link.agent ?? refuse('unauthenticated', 'authenticate first (op "auth")');
		const op = frame.op as keyof AgentOpHandlers;
		const capability = (agentOps[op] as {capability?: Capability}).capability;
		if (capability && !centre.settings.capabilities.has(capability))
			refuse('unsupported', `this server does not offer ${capability}`);
		const handler = agentHandlers[op] as AgentOpHandler<typeof op>;
		if (op === 'typing.set') return handler({centre, agent, connection, after}, frame.payload as never);
		return inUnit(centre, after, unitAfter =>
			handler({centre, agent, connection, after: unitAfter}, frame.payload as never),
		);
	});
}

export function acceptClusterCustomerSocket(
	centre: ClusterCentre,
	socket: WebSocket,
	transport: Transport | null,
	address: string,
): void {
	if (socket.protocol !== CUSTOMER_SUBPROTOCOL) {
		socket.close(CloseCode.badFrame, `offer the subprotocol ${CUSTOMER_SUBPROTOCOL}`);
		return;
	}
	const link: Link & {session: CustomerSession | null} = {connection: undefined!, address, stream: null, session: null};
	link.connection = centre.openConnection(socket, transport, 'customer', address, {
		request: frame => customerRequest(centre, link, frame),
		ack: seq => acked(centre, link, seq),
		closed: () => {
			if (link.stream) centre.linkClosed(link.stream);
		},
	});
	link.connection.sendText(centre.helloText());
}

function customerRequest(centre: ClusterCentre, link: Link & {session: CustomerSession | null}, frame: ReqFrame): void {
	const {connection} = link;
	answerRequest(connection, frame.id, centre.settings.reportError, async after => {
		if (frame.op === 'join' || frame.op === 'resume') {
			if (link.session) refuse('conflict', 'this connection has already joined a chat');
			const {result, session, stream} =
				frame.op === 'join'
					? await clusterJoin(centre, connection, link.address, frame.payload as CustomerOpRequest<'join'>, after)
					: await clusterCustomerResume(centre, connection, frame.payload as CustomerOpRequest<'resume'>, after);
			link.session = session;
			link.stream = stream;
			connection.shareBudget(centre.limits.identityBucket(`chat:${session.chatId}`));
			connection.signedIn();
			return result;
		}
		if (frame.op === 'info') return clusterCustomerInfo(centre);
		const session = link.session ?? refuse('unauthenticated', 'join or resume a chat first');
		const op = frame.op as keyof typeof customerOpHandlers;
		if (op === 'rating.submit' && !centre.settings.capabilities.has('rating'))
			refuse('unsupported', 'this server does not offer rating');
		const handler = customerOpHandlers[op] as (context: object, payload: never) => Promise<object>;
		if (op === 'typing.set') return handler({centre, session, after}, frame.payload as never);
		return inUnit(centre, after, unitAfter => handler({centre, session, after: unitAfter}, frame.payload as never));
	});
}
