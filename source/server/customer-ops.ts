// Customer ops: joining or resuming a chat, then messages, typing (the sneak peek), rating and leaving.
import {CloseCode, LIMITS, type CustomerOp, type CustomerOpRequest, type CustomerOpResult} from '../protocol/index.js';
import type {FrameConnection} from './connection.js';
import {newId, newMessageId} from './ids.js';
import type {ContactCentre} from './contact-centre.js';
import {hashResumeToken, newResumeToken, type CustomerSession} from './customer-sessions.js';
import {refuse, withJson, type After} from './requests.js';
import {NEW_CHAT_DEFAULTS, type ChatRecord, type CustomerRecord} from './store/contract.js';
import {servesDepartment} from './routing.js';
import {customerChatView} from './views.js';

/** One customer socket and the chat session it joined or resumed. */
export type CustomerLink = {connection: FrameConnection; session: CustomerSession | null; address: string};

export type CustomerContext = {centre: ContactCentre; session: CustomerSession; after: After};

type CustomerOpHandlers = {
	[O in Exclude<CustomerOp, 'join' | 'resume' | 'info'>]: (
		context: CustomerContext,
		payload: CustomerOpRequest<O>,
	) => Promise<CustomerOpResult<O>>;
};

export async function join(
	centre: ContactCentre,
	link: CustomerLink,
	request: CustomerOpRequest<'join'>,
	after: After,
): Promise<CustomerOpResult<'join'>> {
	if (link.session) refuse('conflict', 'this connection has already joined a chat');
	const departmentId = request.department_id ?? null;
	if (departmentId !== null && !centre.departments.has(departmentId))
		refuse('not_found', `payload.department_id: no department ${departmentId}`);
	const known = request.email === undefined ? undefined : await centre.store.findCustomerByEmail(request.email);
	const refusal = centre.limits.chatRefusal(link.address, known?.id ?? null);
	if (refusal) refuse('rate_limited', refusal);
	const customer = known ?? (await addCustomer(centre, request));
	const resumeToken = newResumeToken();
	const chat = queuedChat({
		customerId: customer.id,
		previousChats: await centre.store.countChatsOfCustomer(customer.id),
		departmentId,
		now: centre.now(),
		resumeToken,
		timeZone: request.time_zone,
	});
	await centre.addChat(chat);
	centre.limits.chatOpened(chat.id, link.address, customer.id);
	centre.settings.log('chat.opened', {
		chat: chat.id,
		customer: customer.id,
		returning: known !== undefined,
		department: departmentId,
		address: link.address,
	});
	const session = centre.openCustomerSession(chat, customer.name);
	link.connection.shareBudget(centre.limits.identityBucket(`chat:${chat.id}`));
	session.stream.attach(link.connection);
	link.session = session;
	link.connection.signedIn();
	// The offer (and the customer's chat.updated) must come after the res that tells the customer its seq. Only this
	// chat is routed: a join changes nothing for the chats already waiting, and routing them again here would bounce a
	// declined chat straight back to the agent who declined it.
	after(async () => {
		await centre.router.routeChat(chat.id);
		centre.queuePositions.retell(chat.id);
	});
	return {chat: session.shown, resume_token: resumeToken, seq: session.stream.seq};
}

export async function resume(
	centre: ContactCentre,
	link: CustomerLink,
	request: CustomerOpRequest<'resume'>,
	after: After,
): Promise<CustomerOpResult<'resume'>> {
	if (link.session) refuse('conflict', 'this connection has already joined a chat');
	const session = centre.customers.byToken(request.resume_token);
	if (session?.restored) await centre.continueRestoredSession(session, request.last_seq);
	if (!session || !session.stream.canResume(request.last_seq)) {
		refuse('resume_expired', 'this chat can no longer be resumed; join again', CloseCode.resumeWindowOver);
	}
	const previous = session.stream.connection;
	centre.customerReturned(session);
	link.session = session;
	link.connection.shareBudget(centre.limits.identityBucket(`chat:${session.chatId}`));
	link.connection.signedIn();
	after(() => {
		session.stream.attach(link.connection, request.last_seq);
		if (previous && previous !== link.connection) previous.close(CloseCode.replaced, 'replaced by a newer connection');
		centre.queuePositions.retell(session.chatId);
	});
	const chat = await centre.getChat(session.chatId);
	return {
		chat: customerChatView(chat, centre.agentName(chat.agent_id)),
		resume_token: request.resume_token,
		seq: session.stream.seq,
	};
}

/**
 * A new customer record. A join is unverified: one with a known e-mail joins that customer (the agent sees their
 * earlier chats) but never changes their record (name, locale, page), so nobody can rewrite someone else's details.
 */
async function addCustomer(
	centre: ContactCentre,
	request: CustomerOpRequest<'join'>,
): Promise<Readonly<CustomerRecord>> {
	const customer: CustomerRecord = {
		id: newId(),
		name: request.name ?? null,
		email: request.email ?? null,
		locale: request.locale,
		page: request.page ?? null,
		created_at: centre.now(),
	};
	await centre.store.addCustomer(customer);
	return customer;
}

export const customerOpHandlers: CustomerOpHandlers = {
	'message.send': async ({centre, session}, {client_msg_id, text}) => {
		const earlier = await centre.store.findMessage(session.dedupScope, client_msg_id);
		if (earlier) return {message: earlier};
		const chat = await centre.getChat(session.chatId);
		if (chat.status === 'ended') refuse('conflict', 'this chat has ended');
		return postCustomerMessage(centre, session, chat, client_msg_id, text);
	},

	// Nobody free to answer (or the wait is long): the message waits for the team as a follow-up, E11 and E20.
	'message.leave': async ({centre, session}, {client_msg_id, text, email}) => {
		const earlier = await centre.store.findMessage(session.dedupScope, client_msg_id);
		if (earlier) return {message: earlier};
		if (!centre.settings.capabilities.has('followup')) refuse('unsupported', 'this server does not keep follow-ups');
		const chat = await centre.getChat(session.chatId);
		if (chat.status !== 'queued' && chat.status !== 'offered')
			refuse('conflict', 'an agent has this chat already (or it ended): send the message instead');
		const result = await postCustomerMessage(centre, session, chat, client_msg_id, text);
		const owner = followupOwner(centre, chat.department_id);
		if (owner !== null)
			await centre.store.addFollowup({
				id: newId(),
				chat_id: chat.id,
				contact: email,
				due_at: centre.now() + FOLLOWUP_WITHIN_MS,
				// The message itself is in the note: the follow-up's owner may not be an agent who can open the chat.
				note: leftMessageNote(text),
				created_at: centre.now(),
				agent_id: owner,
				time_zone: chat.customer_time_zone,
			});
		await centre.router.endChat(chat.id, 'customer');
		return result;
	},

	// Recorded for the team to send (E20); the reference server sends no mail itself.
	'transcript.email': async ({centre, session}, {email}) => {
		if (!centre.settings.capabilities.has('followup')) refuse('unsupported', 'this server does not keep follow-ups');
		const chat = await centre.getChat(session.chatId);
		const owner = chat.agent_id ?? followupOwner(centre, chat.department_id);
		if (owner !== null)
			await centre.store.addFollowup({
				id: newId(),
				chat_id: chat.id,
				contact: email,
				due_at: centre.now() + FOLLOWUP_WITHIN_MS,
				note: 'The customer asked for the transcript of this chat by e-mail.',
				created_at: centre.now(),
				agent_id: owner,
				time_zone: chat.customer_time_zone,
			});
		return {};
	},

	'typing.set': async ({centre, session}, {typing, text}) => {
		const chat = await centre.getChat(session.chatId);
		if (chat.status === 'ended') return {};
		centre.toChatWatchers(chat, 'typing', {chat_id: chat.id, typing});
		if (text !== undefined && centre.settings.capabilities.has('sneak_peek')) {
			centre.toChatWatchers(chat, 'sneak_peek', {chat_id: chat.id, text: peek(text)});
		}
		return {};
	},

	'rating.submit': async ({centre, session}, {score, comment}) => {
		const chat = await centre.getChat(session.chatId);
		if (chat.agent_id === null) refuse('conflict', 'no agent has served this chat yet');
		// A second rating replaces the first: customers change their minds, the agent sees the latest.
		await centre.updateChat(chat.id, {rating: score, rating_comment: comment ?? null, rated_at: centre.now()});
		centre.toAgent(chat.agent_id, 'rating.received', {chat_id: chat.id, score, comment: comment ?? null});
		return {};
	},

	leave: async ({centre, session}) => {
		if ((await centre.getChat(session.chatId)).status !== 'ended')
			await centre.router.endChat(session.chatId, 'customer');
		return {};
	},
};

async function postCustomerMessage(
	centre: ContactCentre,
	session: CustomerSession,
	chat: Readonly<ChatRecord>,
	client_msg_id: string,
	text: string,
): Promise<CustomerOpResult<'message.send'>> {
	const {message, json} = await centre.postMessage(
		chat,
		{
			id: newMessageId(),
			chat_id: chat.id,
			client_msg_id,
			author: {type: 'customer', id: chat.customer_id, name: session.customerName},
			text,
			visibility: 'public',
			auto: false,
			ts: centre.now(),
		},
		session.dedupScope,
	);
	return withJson({message}, json);
}

function leftMessageNote(text: string): string {
	const note = `Left while nobody was free to answer; write back within 24 hours: ${text}`;
	return note.length <= 2_000 ? note : `${note.slice(0, 1_999)}…`;
}

/** E11: a left message is answered within 24 hours. */
const FOLLOWUP_WITHIN_MS = 24 * 60 * 60 * 1000;

/**
 * Who gets a left message's follow-up: the first agent account (in the accounts file's order) serving the chat's
 * department, else the first account at all; they see it among their follow-ups at their next sign-in.
 */
function followupOwner(centre: ContactCentre, departmentId: string | null): string | null {
	const agents = [...centre.agents.values()];
	return (agents.find(agent => servesDepartment(agent, departmentId)) ?? agents[0])?.id ?? null;
}

/**
 * The browser's zone if this runtime knows it by that name (its canonical spelling), else null: an unknown or made-up
 * zone is simply not known, and the desk then says times in its own zone, named (protocol 1.2).
 */
export function knownTimeZone(zone: string | undefined): string | null {
	if (zone === undefined) return null;
	try {
		return new Intl.DateTimeFormat('en', {timeZone: zone}).resolvedOptions().timeZone;
	} catch {
		return null;
	}
}

/** The draft cut to the sneak-peek limit, without leaving half a surrogate pair at the end. */
function peek(text: string): string {
	if (text.length <= LIMITS.maxSneakPeekChars) return text;
	const cut = text.slice(0, LIMITS.maxSneakPeekChars);
	return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** A customer's new chat, waiting in the queue: the same record whichever centre (one process or a cluster) adds it. */
export function queuedChat(fields: {
	customerId: string;
	previousChats: number;
	departmentId: string | null;
	now: number;
	resumeToken: string;
	timeZone: string | undefined;
}): ChatRecord {
	return {
		id: newId(),
		status: 'queued',
		customer_id: fields.customerId,
		previous_chats: fields.previousChats,
		department_id: fields.departmentId,
		agent_id: null,
		created_at: fields.now,
		...NEW_CHAT_DEFAULTS,
		resume_hash: hashResumeToken(fields.resumeToken),
		customer_time_zone: knownTimeZone(fields.timeZone),
	};
}
