// E8: the earlier chats overlay's pages, asked of the server (customer.chats, chat.history) and handed to the screen's state.
//
// A failure shows inside the overlay in plain words, never on the alert line: reading old chats is the agent's own
// errand, and a server that refuses it must not flood the alerts.
import {requestFailureWords} from '../../core/failure-words.js';
import type {AgentOp, AgentOpRequest, AgentOpResult} from '../../protocol/index.js';
import type {UiStore} from '../desk-context.js';
import type {DeskController} from '../desk-controller.js';

/** Chats per customer.chats page: a screenful at 80x24 and then some. */
export const EARLIER_CHATS_PAGE = 20;
/** Messages per chat.history page of an earlier chat; the older ones load when the agent scrolls up to them. */
export const EARLIER_MESSAGES_PAGE = 50;

type Request = <O extends AgentOp>(op: O, payload: AgentOpRequest<O>) => Promise<AgentOpResult<O>>;

export function createEarlierChatsLoader({
	request,
	ui,
}: {
	request: Request;
	ui: UiStore;
}): Pick<DeskController, 'loadEarlierChats' | 'loadEarlierTranscript'> {
	return {
		loadEarlierChats(chatId, before) {
			ui.dispatch({type: 'earlier', edit: {type: 'chats.loading', chatId}});
			const page = before === null ? {} : {before};
			request('customer.chats', {chat_id: chatId, limit: EARLIER_CHATS_PAGE, ...page}).then(
				result =>
					ui.dispatch({
						type: 'earlier',
						edit: {type: 'chats.loaded', chatId, before, chats: result.chats, hasMore: result.has_more},
					}),
				(error: unknown) =>
					ui.dispatch({type: 'earlier', edit: {type: 'chats.failed', chatId, reason: requestFailureWords(error)}}),
			);
		},
		loadEarlierTranscript(earlierId, before) {
			ui.dispatch({type: 'earlier', edit: {type: 'transcript.loading', earlierId}});
			const page = before === null ? {} : {before};
			request('chat.history', {chat_id: earlierId, limit: EARLIER_MESSAGES_PAGE, ...page}).then(
				result =>
					ui.dispatch({
						type: 'earlier',
						edit: {type: 'transcript.loaded', earlierId, before, messages: result.messages, hasOlder: result.has_more},
					}),
				(error: unknown) =>
					ui.dispatch({
						type: 'earlier',
						edit: {type: 'transcript.failed', earlierId, reason: requestFailureWords(error)},
					}),
			);
		},
	};
}
