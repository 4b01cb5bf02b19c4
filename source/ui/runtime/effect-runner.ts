// Carries out what a command or an automatic notice asks for, in order: sends, requests, desk intents, composer text, lines for the agent.
import type {ChatMemory, CommandEffect, CommandResult, RequestEffect} from '../../commands/index.js';
import {EMPTY_MEMORY, rememberMark} from '../../commands/index.js';
import {failureDetail, requestFailureWords} from '../../core/failure-words.js';
import type {DeskStore} from '../../core/store.js';
import type {NoticeKind} from '../../courtesy/notices/index.js';
import type {AgentOp, AgentOpRequest, AgentOpResult, Visibility} from '../../protocol/index.js';
import type {UiStore} from '../desk-context.js';
import {remoteLine} from '../remote-text.js';
import type {DeliveryWatch} from './delivery-watch.js';

export type EffectClient = {
	request<O extends AgentOp>(op: O, payload: AgentOpRequest<O>): Promise<AgentOpResult<O>>;
	send(chatId: string, text: string, options?: {visibility?: Visibility; auto?: boolean; answers?: false}): string;
};

export type EffectRunnerDeps = {
	client: EffectClient;
	desk: DeskStore;
	ui: UiStore;
	deliveries: DeliveryWatch;
	/** Per chat, what was said automatically; the runner updates it from `mark` effects. */
	memory: Map<string, ChatMemory>;
	now(): number;
	/** Told each send that went out, with the notice it was (null: the agent's own words): the session journal. */
	onSend?(effect: Extract<CommandEffect, {type: 'send'}>): void;
	/** Told each canned response put into a composer (E12). */
	onCannedInsert?(chatId: string, cannedId: string): void;
	/** Told each automatic notice put into a composer for the agent to send (the e-mail request, E11). */
	onNoticeOffered?(chatId: string, text: string, notice: NoticeKind): void;
};

/** What a request is, in the agent's words, for the line shown when it fails. */
const OP_WORDS: Partial<Record<AgentOp, string>> = {
	'chat.hold': 'put the chat on hold',
	'chat.unhold': 'end the hold',
	'chat.transfer': 'transfer the chat',
	'chat.end': 'end the chat',
	'rating.request': 'ask for a rating',
	'followup.create': 'record the follow-up',
	'customer.update': "update the customer's details",
	'presence.set': 'change your presence',
};

export type EffectRunner = {
	/**
	 * Runs the effects for `chatId` (the chat the command ran in). Marks are remembered at once, so a
	 * clock tick a moment later cannot send the same notice twice; the rest runs in order. A request
	 * waits until the sends before it were confirmed (the closing reaches the customer before chat.end),
	 * and a send or request that fails stops the run, so a hold notice never goes out for a refused hold.
	 */
	run(effects: CommandResult, chatId: string | null): Promise<void>;
};

export function createEffectRunner(deps: EffectRunnerDeps): EffectRunner {
	const {client, desk, ui, deliveries, memory} = deps;
	// Commands put remote text in these lines (a customer's name or e-mail, a server's error): the alert line draws notes as they are.
	const note = (text: string, level: 'info' | 'warning', detail?: string) =>
		ui.dispatch({
			type: 'note.show',
			note: {
				text: remoteLine(text),
				level,
				at: deps.now(),
				...(detail === undefined ? {} : {detail: remoteLine(detail)}),
			},
		});

	function remember(effects: CommandResult): void {
		for (const effect of effects) {
			if (effect.type !== 'mark') continue;
			memory.set(effect.chatId, rememberMark(memory.get(effect.chatId) ?? EMPTY_MEMORY, effect));
		}
	}

	/** A request's answer that no server event reports goes into the desk here. */
	function absorb(effect: RequestEffect, result: unknown): void {
		const at = deps.now();
		if (effect.op === 'followup.create')
			desk.dispatch({type: 'followup.added', followup: (result as AgentOpResult<'followup.create'>).followup, at});
		if (effect.op === 'presence.set')
			desk.dispatch({type: 'agent.updated', agent: (result as AgentOpResult<'presence.set'>).agent, at});
	}

	async function perform(effect: CommandEffect, chatId: string | null, unsettled: string[]): Promise<boolean> {
		switch (effect.type) {
			case 'send': {
				// E1: a greeting says hello; it does not answer what the customer typed while waiting for the accept.
				const greeting = effect.notice === 'greeting' || effect.notice === 'transfer-greeting';
				unsettled.push(
					client.send(effect.chatId, effect.text, {
						visibility: effect.visibility,
						auto: effect.auto,
						...(greeting ? {answers: false as const} : {}),
					}),
				);
				deps.onSend?.(effect);
				return true;
			}
			case 'request': {
				if (unsettled.length > 0) {
					const delivery = await deliveries.settled(unsettled.splice(0));
					if (delivery === 'failed') {
						note(
							`stopped before trying to ${OP_WORDS[effect.op] ?? effect.op}: a message before it was not delivered`,
							'warning',
						);
						return false;
					}
				}
				try {
					absorb(effect, await client.request(effect.op, effect.payload as never));
					return true;
				} catch (error) {
					// Plain words on the alert line; the server's own message (it may name ids) in the alert log's details.
					const words = `could not ${OP_WORDS[effect.op] ?? effect.op}: ${requestFailureWords(error)}`;
					note(words, 'warning', failureDetail(error));
					return false;
				}
			}
			case 'intent':
				desk.dispatch(effect.intent);
				return true;
			case 'insert': {
				if (chatId === null) return true;
				// A command line in the composer is replaced; words the agent was typing are kept, the text goes after them
				// (or, for a draft put aside for a canned search, in at its cursor).
				const draft = ui.getState().drafts.get(chatId)?.text ?? '';
				const text = draft.trim() === '' || draft.startsWith('/') ? effect.text : `${draft}\n${effect.text}`;
				if (ui.getState().aside.has(chatId)) ui.dispatch({type: 'composer.put', chatId, text: effect.text});
				else ui.dispatch({type: 'composer.edit', chatId, edit: {type: 'replace', text}});
				if (effect.cannedId !== undefined) deps.onCannedInsert?.(chatId, effect.cannedId);
				ui.dispatch({type: 'composer.markers', chatId, markers: effect.marks.map(mark => mark.marker)});
				if (effect.notice !== undefined) deps.onNoticeOffered?.(chatId, text, effect.notice);
				if (effect.marks.length > 0)
					note(`fill in before sending: ${effect.marks.map(mark => mark.marker).join(', ')}`, 'info');
				return true;
			}
			case 'picker': {
				// The palette shows pickers from the composer's text: this puts the command there.
				const text = effect.picker === 'transfer' ? `/transfer ${effect.query}` : `/canned ${effect.query}`;
				ui.dispatch({type: 'composer.edit', chatId: effect.chatId, edit: {type: 'replace', text}});
				return true;
			}
			case 'alert':
				note(effect.text, 'info');
				return true;
			case 'help':
				ui.dispatch({type: 'overlay.open', overlay: 'help'});
				return true;
			case 'error':
				note(effect.text, 'warning');
				return false;
			case 'mark':
				return true;
		}
	}

	return {
		async run(effects, chatId) {
			remember(effects);
			const unsettled: string[] = [];
			for (const effect of effects) {
				if (!(await perform(effect, chatId, unsettled))) return;
			}
		},
	};
}
