// Transient server events (not replayed): the customer's typing and sneak peek (E23), colleagues' presence.
import type {AgentEventPayload} from '../protocol/index.js';
import type {DeskState} from './desk-state.js';
import {mapDelete, mapSet} from './desk-edit.js';

export function customerTyping(state: DeskState, payload: AgentEventPayload<'typing'>, at: number): DeskState {
	if (!state.chats.has(payload.chat_id)) return state;
	if (!payload.typing) {
		const typing = mapDelete(state.typing, payload.chat_id);
		return typing === state.typing ? state : {...state, typing};
	}
	const peek = state.typing.get(payload.chat_id)?.peek ?? null;
	return {...state, typing: mapSet(state.typing, payload.chat_id, {typing: true, peek, at})};
}

/** E23: the customer's draft; "" means they cleared it. Kept raw: the UI sanitises it before drawing. */
export function sneakPeek(state: DeskState, payload: AgentEventPayload<'sneak_peek'>, at: number): DeskState {
	if (!state.chats.has(payload.chat_id)) return state;
	const current = state.typing.get(payload.chat_id);
	const peek = payload.text === '' ? null : payload.text;
	if (peek === null && !current) return state;
	return {
		...state,
		typing: mapSet(state.typing, payload.chat_id, {typing: peek !== null || (current?.typing ?? false), peek, at}),
	};
}

export function presenceChanged(state: DeskState, payload: AgentEventPayload<'presence.changed'>): DeskState {
	if (state.agent && state.agent.id === payload.agent_id) {
		return state.agent.presence === payload.presence
			? state
			: {...state, agent: {...state.agent, presence: payload.presence}};
	}
	const known = state.colleagues.get(payload.agent_id);
	if (known?.presence === payload.presence) return state;
	const colleague = known
		? {...known, presence: payload.presence}
		: {id: payload.agent_id, name: null, presence: payload.presence};
	return {...state, colleagues: mapSet(state.colleagues, payload.agent_id, colleague)};
}
