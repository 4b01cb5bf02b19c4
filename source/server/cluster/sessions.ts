// Signing in and resuming in a cluster: an agent's session and a customer's chat stream live in the database, so a
// client whose process died resumes on any other from its last seq; the newer link takes over (4003 for the older).
import {CloseCode, type AgentOpRequest, type AgentOpResult, type Presence} from '../../protocol/index.js';
import type {CustomerOpRequest, CustomerOpResult} from '../../protocol/index.js';
import type {AgentState} from '../agent-state.js';
import {agentChats} from '../agent-context.js';
import type {FrameConnection} from '../connection.js';
import {hashResumeToken, newResumeToken, type CustomerSession} from '../customer-sessions.js';
import {queuedChat} from '../customer-ops.js';
import {newId} from '../ids.js';
import {refuse, type After} from '../requests.js';
import {dedupScope, type ChatRecord, type CustomerRecord} from '../store/contract.js';
import {customerChatView} from '../views.js';
import type {LocalStream} from './bus.js';
import type {ClusterCentre} from './centre.js';
import {agentStatus, clusterAgentView} from './team.js';

type AuthResult = AgentOpResult<'auth'>;
type StreamRow = {session_id: string | null; seq: number; first_seq: number; presence: Presence};

function localStream(
	kind: LocalStream['kind'],
	id: string,
	linkId: string,
	connection: FrameConnection,
	sent: number,
	sessionId: string | null,
): LocalStream {
	return {kind, id, linkId, connection, sent, acked: sent, flushedAck: sent, sessionId, pumping: false, again: false};
}

/**
 * A fresh sign-in: a new session whose snapshot and seq are read in the transaction that holds the agent's stream
 * row, so no event is both in the snapshot and after it. The agent's older link, on whichever process, gets 4003.
 */
export async function clusterSignIn(
	centre: ClusterCentre,
	connection: FrameConnection,
	agent: AgentState,
	after: After,
): Promise<{result: AuthResult; stream: LocalStream}> {
	const linkId = centre.bus.newLinkId();
	const {result, stream, presenceBefore} = await centre.unit(async unit => {
		await unit.client.query('INSERT INTO agent_streams (agent_id) VALUES ($1) ON CONFLICT DO NOTHING', [agent.id]);
		const {rows} = await unit.client.query<StreamRow>(
			'SELECT session_id, seq, first_seq, presence FROM agent_streams WHERE agent_id = $1 FOR UPDATE',
			[agent.id],
		);
		const before = rows[0]!;
		// A client restart should not flip an agent who chose "away" back to taking chats.
		const presence: Presence = before.session_id !== null && before.presence === 'away' ? 'away' : 'online';
		const sessionId = newId();
		// A new session starts at seq 0 (protocol §4.2): the old one's events are gone with it.
		const seq = 0;
		// The snapshot has the effect of every event the inbox holds in this (repeatable-read) snapshot of the database.
		await unit.client.query('DELETE FROM agent_events WHERE agent_id = $1', [agent.id]);
		await unit.client.query('DELETE FROM agent_inbox WHERE agent_id = $1', [agent.id]);
		await unit.client.query(
			`UPDATE agent_streams SET session_id = $2, presence = $3, link_id = $4, process_id = $5, detached_at = NULL,
				seq = 0, first_seq = 1 WHERE agent_id = $1`,
			[agent.id, sessionId, presence, linkId, centre.bus.processId],
		);
		const snapshot = {
			seq,
			chats: await agentChats(centre, agent),
			offers: await centre.router.offersTo(agent),
			followups: centre.settings.capabilities.has('followup') ? await centre.store.listOpenFollowups(agent.id) : [],
		};
		const status = await agentStatus(centre, agent.id);
		return {
			result: {session_id: sessionId, agent: clusterAgentView(agent, status), resumed: false, snapshot},
			stream: localStream('agent', agent.id, linkId, connection, seq, sessionId),
			presenceBefore: before.session_id === null ? 'offline' : before.presence,
		};
	}, 'repeatable read');
	// Events after the snapshot are read from the database once the res is out: none can overtake it.
	after(async () => {
		centre.bus.attach(stream);
		centre.bus.notify(['k', agent.id, linkId]);
		if (result.agent.presence !== presenceBefore) centre.announcePresence(agent.id, result.agent.presence);
		await centre.unit(() => centre.router.routeQueue());
	});
	return {result, stream};
}

/** A resume on any process: the session must be the current one and still hold every event after last_seq. */
export async function clusterResume(
	centre: ClusterCentre,
	connection: FrameConnection,
	agent: AgentState,
	{session_id, last_seq}: NonNullable<AgentOpRequest<'auth'>['resume']>,
	after: After,
): Promise<{result: AuthResult; stream: LocalStream}> {
	const linkId = centre.bus.newLinkId();
	const result = await centre.unit(async unit => {
		const {rows} = await unit.client.query<StreamRow>(
			'SELECT session_id, seq, first_seq, presence FROM agent_streams WHERE agent_id = $1 FOR UPDATE',
			[agent.id],
		);
		const row = rows[0];
		// What a link of this process was sent acks may not be in the table yet: a resume below them is refused too.
		const local = centre.bus.agents.get(agent.id);
		const acked = local?.sessionId === session_id ? local.acked : 0;
		if (
			!row ||
			row.session_id !== session_id ||
			last_seq > Number(row.seq) ||
			last_seq < Math.max(Number(row.first_seq) - 1, acked)
		)
			refuse(
				'resume_expired',
				'the session can no longer be resumed; authenticate again without resume',
				CloseCode.resumeWindowOver,
			);
		await unit.client.query(
			'UPDATE agent_streams SET link_id = $2, process_id = $3, detached_at = NULL WHERE agent_id = $1',
			[agent.id, linkId, centre.bus.processId],
		);
		const status = await agentStatus(centre, agent.id);
		return {session_id, agent: clusterAgentView(agent, status), resumed: true};
	});
	const stream = localStream('agent', agent.id, linkId, connection, last_seq, session_id);
	// The replay (read from the database) must follow the res, so the client knows the session before its events.
	after(async () => {
		centre.bus.attach(stream);
		centre.bus.notify(['k', agent.id, linkId]);
	});
	return {result, stream};
}

/** A new chat; its customer's stream starts at seq 0 on this process and may go on on any other. */
export async function clusterJoin(
	centre: ClusterCentre,
	connection: FrameConnection,
	address: string,
	request: CustomerOpRequest<'join'>,
	after: After,
): Promise<{result: CustomerOpResult<'join'>; session: CustomerSession; stream: LocalStream}> {
	const departmentId = request.department_id ?? null;
	if (departmentId !== null && !centre.departments.has(departmentId))
		refuse('not_found', `payload.department_id: no department ${departmentId}`);
	const linkId = centre.bus.newLinkId();
	const resumeToken = newResumeToken();
	const {chat, customer, known} = await centre.unit(async unit => {
		const known = request.email === undefined ? undefined : await centre.store.findCustomerByEmail(request.email);
		const refusal = centre.limits.chatRefusal(address, known?.id ?? null);
		if (refusal) refuse('rate_limited', refusal);
		let customer: Readonly<CustomerRecord> | undefined = known;
		if (!customer) {
			const added: CustomerRecord = {
				id: newId(),
				name: request.name ?? null,
				email: request.email ?? null,
				locale: request.locale,
				page: request.page ?? null,
				created_at: centre.now(),
			};
			await centre.store.addCustomer(added);
			customer = added;
		}
		const chat = queuedChat({
			customerId: customer.id,
			previousChats: await centre.store.countChatsOfCustomer(customer.id),
			departmentId,
			now: centre.now(),
			resumeToken,
			timeZone: request.time_zone,
		});
		await centre.store.addChat(chat);
		await unit.client.query('UPDATE chats SET customer_link = $2, customer_process = $3 WHERE id = $1', [
			chat.id,
			linkId,
			centre.bus.processId,
		]);
		return {chat, customer, known};
	});
	centre.limits.chatOpened(chat.id, address, customer.id);
	centre.settings.log('chat.opened', {
		chat: chat.id,
		customer: customer.id,
		returning: known !== undefined,
		department: departmentId,
		address,
	});
	const session = customerSession(chat, customer.name);
	const stream = localStream('customer', chat.id, linkId, connection, 0, null);
	centre.customerSessions.set(chat.id, session);
	centre.bus.attach(stream);
	after(() => centre.unit(() => centre.router.routeChat(chat.id)));
	const shown = customerChatView(chat, null);
	return {result: {chat: shown, resume_token: resumeToken, seq: 0}, session, stream};
}

/** A customer back with their token, on any process: the stream goes on from their last seq, read from the tables. */
export async function clusterCustomerResume(
	centre: ClusterCentre,
	connection: FrameConnection,
	request: CustomerOpRequest<'resume'>,
	after: After,
): Promise<{result: CustomerOpResult<'resume'>; session: CustomerSession; stream: LocalStream}> {
	const linkId = centre.bus.newLinkId();
	const expired = () =>
		refuse('resume_expired', 'this chat can no longer be resumed; join again', CloseCode.resumeWindowOver);
	const {chat, seq, name} = await centre.unit(async unit => {
		const window = centre.now() - centre.settings.resumeWindowMs;
		const {rows} = await unit.client.query<{
			id: string;
			status: string;
			ended_at: number | null;
			customer_seq: number;
			customer_link: string | null;
			customer_detached_at: number | null;
		}>(
			`SELECT id, status, ended_at, customer_seq, customer_link, customer_detached_at FROM chats
			 WHERE resume_hash = $1 FOR UPDATE`,
			[hashResumeToken(request.resume_token)],
		);
		const row = rows[0];
		if (!row || request.last_seq > Number(row.customer_seq)) return expired();
		// An ended chat stays resumable for the window (to rate it, E19); an open one until its customer's window ran out.
		if (row.status === 'ended' && (row.ended_at ?? 0) < window) return expired();
		const away = row.customer_link === null && row.customer_detached_at !== null;
		if (row.status !== 'ended' && away && Number(row.customer_detached_at) < window) return expired();
		await unit.client.query(
			`UPDATE chats SET customer_link = $2, customer_process = $3, customer_detached_at = NULL WHERE id = $1`,
			[row.id, linkId, centre.bus.processId],
		);
		const chat = await centre.getChat(row.id);
		const name = (await centre.store.getCustomer(chat.customer_id))?.name ?? null;
		return {chat, seq: Number(row.customer_seq), name};
	});
	const session = customerSession(chat, name);
	const stream = localStream('customer', chat.id, linkId, connection, request.last_seq, null);
	centre.customerSessions.set(chat.id, session);
	after(async () => {
		centre.bus.attach(stream);
		centre.bus.notify(['K', chat.id, linkId]);
	});
	return {
		result: {chat: customerChatView(chat, centre.agentName(chat.agent_id)), resume_token: request.resume_token, seq},
		session,
		stream,
	};
}

/** What the customer op handlers read of a session: the chat, the dedup scope and the name. The stream is the bus's. */
function customerSession(chat: Readonly<ChatRecord>, name: string | null): CustomerSession {
	return {
		chatId: chat.id,
		customerId: chat.customer_id,
		dedupScope: dedupScope.chat(chat.id),
		resumeHash: chat.resume_hash ?? '',
		stream: null as never,
		shown: customerChatView(chat, null),
		customerName: name,
		restored: false,
		unacked: [],
	};
}
