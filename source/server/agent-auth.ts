// The agent handshake: token check, fresh sign-in with a snapshot, or resume with a replay; older links get 4003.
import {CloseCode, type AgentOpRequest, type AgentOpResult} from '../protocol/index.js';
import type {AgentState} from './agent-state.js';
import {agentChats} from './agent-context.js';
import type {FrameConnection} from './connection.js';
import type {ContactCentre} from './contact-centre.js';
import type {AgentStream} from './event-session.js';
import {refuse, type After} from './requests.js';
import {throttleKey} from './sign-in-throttle.js';
import {agentView} from './views.js';

/** One agent socket: who signed in on it, and the session it feeds. */
export type AgentLink = {
	connection: FrameConnection;
	agent: AgentState | null;
	session: AgentStream | null;
	address: string;
};

type AuthRequest = AgentOpRequest<'auth'>;
type AuthResult = AgentOpResult<'auth'>;

/** Checks the token (a database account's is hashed off the event loop the first time), then signs in or resumes. */
export async function authenticate(
	centre: ContactCentre,
	link: AgentLink,
	request: AuthRequest,
	after: After,
): Promise<AuthResult> {
	const agent = await admittedAgent(centre, link, request);
	return request.resume ? resume(link, agent, request.resume, after) : signIn(centre, link, agent, after);
}

/**
 * The agent a sign-in names, after the throttle and the token check (refusals throw), logged and sharing the agent's
 * frame budget. What happens to sessions then is the caller's (this process, or a cluster's in cluster/sessions.ts).
 */
export async function admittedAgent(
	centre: ContactCentre,
	link: Pick<AgentLink, 'connection' | 'agent' | 'address'>,
	request: AuthRequest,
): Promise<AgentState> {
	if (link.agent) refuse('conflict', 'this connection is already authenticated');
	const {address} = link;
	const fromAddress = throttleKey.address(address);
	const wait = centre.signIns.waitMs(fromAddress);
	if (wait > 0) {
		centre.settings.log('sign_in.throttled', {link: link.connection.link, address});
		refuse(
			'rate_limited',
			`too many failed sign-ins from this address; try again in ${Math.ceil(wait / 1_000)} s`,
			CloseCode.rateLimited,
		);
	}
	const agent = await centre.agentByToken(request.token);
	// The link may have gone while the token was checked: nothing to sign in then.
	if (link.connection.closed) refuse('unauthenticated', 'the connection closed during sign-in');
	if (link.agent) refuse('conflict', 'this connection is already authenticated');
	if (!agent) {
		centre.signIns.failed(fromAddress);
		// Never the token, not even part of it: the log is read by more people than the accounts are.
		centre.settings.log('sign_in.refused', {link: link.connection.link, address, reason: 'unknown token'});
		refuse('bad_token', 'the token was refused', CloseCode.badToken);
	}
	centre.settings.log('agent.signed_in', {
		link: link.connection.link,
		agent: agent.id,
		address,
		resumed: request.resume !== undefined,
	});
	// Every link of this agent spends from one budget: reconnecting does not refill it.
	link.connection.shareBudget(centre.limits.identityBucket(`agent:${agent.id}`));
	return agent;
}

function resume(
	link: AgentLink,
	agent: AgentState,
	{session_id, last_seq}: NonNullable<AuthRequest['resume']>,
	after: After,
): AuthResult {
	const session = agent.session;
	if (!session || session.id !== session_id || !session.canResume(last_seq)) {
		refuse(
			'resume_expired',
			'the session can no longer be resumed; authenticate again without resume',
			CloseCode.resumeWindowOver,
		);
	}
	const previous = session.connection;
	link.agent = agent;
	link.session = session;
	link.connection.signedIn();
	// The replay must follow the res, so the client knows the session before its events arrive.
	after(() => {
		session.attach(link.connection, last_seq);
		if (previous && previous !== link.connection) previous.close(CloseCode.replaced, 'replaced by a newer connection');
	});
	return {session_id: session.id, agent: agentView(agent), resumed: true};
}

async function signIn(centre: ContactCentre, link: AgentLink, agent: AgentState, after: After): Promise<AuthResult> {
	const previous = agent.session;
	const presenceBefore = agent.presence;
	if (previous) {
		const previousConnection = previous.connection;
		previous.end();
		previousConnection?.close(CloseCode.replaced, 'replaced by a newer connection');
	}
	// A client restart should not flip an agent who chose "away" back to taking chats.
	agent.presence = previous && presenceBefore === 'away' ? 'away' : 'online';
	const session = centre.startAgentSession(agent);
	link.agent = agent;
	link.session = session;
	link.connection.signedIn();
	session.attach(link.connection);
	const seq = session.seq;
	const snapshot = {
		seq,
		chats: await agentChats(centre, agent),
		offers: await centre.router.offersTo(agent),
		followups: centre.settings.capabilities.has('followup') ? await centre.store.listOpenFollowups(agent.id) : [],
	};
	after(() => {
		if (agent.presence !== presenceBefore) centre.broadcastPresence(agent);
		return centre.router.routeQueue();
	});
	return {session_id: session.id, agent: agentView(agent), resumed: false, snapshot};
}
