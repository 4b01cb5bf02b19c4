// Valid example payloads for every op, result and event of protocol v1, shared by the protocol tests.
import type {Followup} from '../../source/protocol/index.js';
import {alex, chat as chatOf, customer as customerOf, msg, offer as offerOf, T0} from '../helpers/fixtures.js';

// Built from the one set of test builders, with the ids and texts a reader of the protocol's examples expects.
export const customer = customerOf();
export const chat = chatOf('chat_1', {customer});
export const message = msg('chat_1', 1, 'me', {
	id: 'msg_1',
	client_msg_id: 'c-1',
	text: 'Hello Sarah, I am Alex from Acme.',
	auto: true,
});
export const agent = {...alex, load: 1};
export const followup: Followup = {
	id: 'fu_1',
	chat_id: 'chat_1',
	contact: 'sarah@example.com',
	due_at: 1_763_886_400_000,
	note: 'send a replacement',
	created_at: T0,
	agent_id: 'alex',
};
export const offer = offerOf('chat_1', {}, {customer});

/** One valid request and one valid result per agent op. */
export const agentOpExamples: Record<string, {request: Record<string, unknown>; result: Record<string, unknown>}> = {
	auth: {
		request: {
			token: 'secret',
			client: {name: 'switchboard', version: '0.1.0'},
			resume: {session_id: 's1', last_seq: 4},
		},
		result: {
			session_id: 's1',
			agent,
			resumed: false,
			snapshot: {seq: 0, chats: [chat], offers: [offer], followups: [followup]},
		},
	},
	'chats.list': {request: {}, result: {chats: [chat]}},
	'chat.history': {request: {chat_id: 'chat_1', before: 10, limit: 50}, result: {messages: [message], has_more: false}},
	'agents.list': {request: {}, result: {agents: [agent]}},
	'departments.list': {
		request: {},
		result: {departments: [{id: 'technical', name: 'Technical', agents_online: 1, accepting: true}]},
	},
	'canned.list': {
		request: {},
		result: {
			canned: [
				{
					id: 'greet',
					title: 'Greeting',
					shortcut: 'hi',
					category: null,
					tags: ['start'],
					text: {en: 'Hello!', nb: 'Hei!'},
				},
			],
		},
	},
	'offer.accept': {request: {chat_id: 'chat_1'}, result: {chat}},
	'offer.decline': {request: {chat_id: 'chat_1', reason: 'busy'}, result: {}},
	'message.send': {
		request: {chat_id: 'chat_1', client_msg_id: 'c-1', text: 'Hello', visibility: 'public', auto: false},
		result: {message},
	},
	'typing.set': {request: {chat_id: 'chat_1', typing: true}, result: {}},
	'chat.hold': {
		request: {chat_id: 'chat_1', minutes: 3, reason: 'checking the warranty'},
		result: {chat: {...chat, status: 'on_hold', hold: {since: 1, minutes: 3, reason: 'checking the warranty'}}},
	},
	'chat.unhold': {request: {chat_id: 'chat_1'}, result: {chat}},
	'chat.transfer': {
		request: {chat_id: 'chat_1', target: {type: 'department', id: 'billing'}, note: 'refund question'},
		result: {chat: {...chat, status: 'transferring', transfer: {type: 'department', id: 'billing'}}},
	},
	'chat.end': {request: {chat_id: 'chat_1'}, result: {chat: {...chat, status: 'ended'}}},
	'rating.request': {request: {chat_id: 'chat_1'}, result: {}},
	'followup.create': {
		request: {chat_id: 'chat_1', contact: 'sarah@example.com', due_at: 1_763_886_400_000, note: 'call back'},
		result: {followup},
	},
	'followups.list': {request: {}, result: {followups: [followup]}},
	'customer.chats': {
		request: {chat_id: 'chat_1', before: 'chat_0b', limit: 10},
		result: {chats: [{...chat, id: 'chat_0a', status: 'ended'}], has_more: false},
	},
	'customer.update': {request: {chat_id: 'chat_1', name: 'Sara Jones', locale: 'nb'}, result: {customer}},
	'presence.set': {request: {presence: 'away'}, result: {agent: {...agent, presence: 'away'}}},
	'read.mark': {request: {chat_id: 'chat_1', n: 3}, result: {}},
};

/** One valid payload per agent event. */
export const agentEventExamples: Record<string, Record<string, unknown>> = {
	'chat.offered': offer,
	'offer.revoked': {chat_id: 'chat_1', reason: 'timeout'},
	'chat.assigned': {chat},
	'chat.updated': {chat},
	'chat.transferred': {chat_id: 'chat_1', to: {type: 'agent', id: 'kari', name: 'Kari'}},
	'transfer.failed': {
		chat_id: 'chat_1',
		target: {type: 'department', id: 'billing'},
		reason: 'no_agent_available',
		chat,
	},
	'chat.ended': {chat_id: 'chat_1', by: 'customer', chat: {...chat, status: 'ended'}},
	'message.created': {message},
	'rating.received': {chat_id: 'chat_1', score: 3, comment: 'Very helpful'},
	'customer.updated': {chat_id: 'chat_1', customer},
	typing: {chat_id: 'chat_1', typing: true},
	sneak_peek: {chat_id: 'chat_1', text: "the blades don't tu"},
	'presence.changed': {agent_id: 'kari', presence: 'away'},
};

const view = {chat_id: 'chat_1', status: 'active', agent_name: 'Alex', department_id: null};
const joined = {chat: view, resume_token: 'rt_0123456789abcdef', seq: 0};

export const customerOpExamples: Record<string, {request: Record<string, unknown>; result: Record<string, unknown>}> = {
	join: {request: {name: 'Sarah', locale: 'en', page: '/blender'}, result: joined},
	resume: {request: {resume_token: 'rt_0123456789abcdef', last_seq: 3}, result: joined},
	'message.send': {
		request: {client_msg_id: 'k-1', text: 'Hi'},
		result: {message: {...message, author: {type: 'customer', id: 'cus_1', name: 'Sarah'}}},
	},
	'typing.set': {request: {typing: true, text: 'my blen'}, result: {}},
	'rating.submit': {request: {score: 2, comment: 'ok'}, result: {}},
	leave: {request: {}, result: {}},
	info: {
		request: {},
		result: {
			online: true,
			accepting: false,
			departments: [{id: 'dep_tech', name: 'Technical', names: {nb: 'Teknisk støtte'}, accepting: false}],
		},
	},
	'message.leave': {
		request: {client_msg_id: 'm1', text: 'Please call me back', email: 'sarah@example.com'},
		result: {message},
	},
	'transcript.email': {request: {email: 'sarah@example.com'}, result: {}},
};

export const customerEventExamples: Record<string, Record<string, unknown>> = {
	'chat.updated': {chat: view},
	'message.created': {message},
	'rating.requested': {},
	'chat.ended': {chat: {...view, status: 'ended'}},
	typing: {typing: false},
	'queue.position': {position: 3},
};

export const hello = {
	type: 'hello',
	protocol: 'switchboard.v1',
	heartbeat_ms: 15_000,
	resume_window_ms: 120_000,
	capabilities: ['hold', 'transfer', 'sneak_peek', 'rating', 'canned', 'followup'],
	limits: {max_frame_bytes: 65_536, max_text_chars: 4_000},
	server: {name: 'switchboard-reference', version: '0.1.0'},
};
