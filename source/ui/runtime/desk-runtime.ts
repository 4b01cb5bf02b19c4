// The desk's wiring outside React: client actions batched into the store, the 1 s clock, notifications, and the operations keys ask for.
import type {DeskAction} from '../../core/actions.js';
import type {DeskState} from '../../core/desk-state.js';
import type {DeskInput} from '../../core/intents.js';
import {failureDetail, requestFailureWords} from '../../core/failure-words.js';
import {firstMessage} from '../../core/message-log.js';
import {customerName} from '../../core/names.js';
import {arrivedOffers} from '../../core/selectors.js';
import {newlyAlarmed, timerLevels, type TimerLevel, type TimerThresholds} from '../../core/response-timer.js';
import type {DeskStore} from '../../core/store.js';
import type {AgentOp, AgentOpRequest, AgentOpResult, Visibility} from '../../protocol/index.js';
import type {UiStore} from '../desk-context.js';
import type {DeskController} from '../desk-controller.js';
import {remoteLine} from '../remote-text.js';
import type {Clock} from '../state/clock.js';
import {createActionBatcher} from './action-batcher.js';
import {createCourtesyRuntime, type CourtesyRuntime, type CourtesyRuntimeOptions} from './courtesy-runtime.js';
import {createEarlierChatsLoader} from './earlier-chats-loader.js';
import type {DeskNotifier} from './desk-notifier.js';
import type {Timers} from '../../core/timers.js';

/** What the runtime needs of the connection (AgentClient has it all). */
export type DeskClient = {
	start(): void;
	stop(): Promise<void>;
	request<O extends AgentOp>(op: O, payload: AgentOpRequest<O>): Promise<AgentOpResult<O>>;
	send(chatId: string, text: string, options?: {visibility?: Visibility; auto?: boolean; answers?: false}): string;
	/** Messages the server has not confirmed yet (absent: the client keeps none, e.g. a test's stand-in). */
	readonly pendingCount?: number;
	/** Connect now, skipping the backoff (see AgentClient.reconnectNow). */
	reconnectNow?(): boolean;
	/** Sign in with another token (see AgentClient.signIn). */
	signIn?(token: string): void;
};

export type DeskRuntimeOptions = {
	/** Makes the client with the runtime's action handler (the client is built after the handler exists). */
	connect(onAction: (action: DeskAction) => void): DeskClient;
	desk: DeskStore;
	ui: UiStore;
	clock: Clock;
	thresholds: TimerThresholds;
	notifier: DeskNotifier;
	timers: Timers;
	/** The agent pressed quit twice. */
	onQuit(): void;
	/** Writes a token the agent entered, and chose to keep, to the config file; throws when it cannot. */
	saveToken?(token: string): void;
	batchWindowMs?: number;
	/**
	 * How long a burst of messages into chats in no pane may wait (see action-batcher.ts); default: as long as any
	 * other burst. The desk sets BACKGROUND_WINDOW_MS.
	 */
	backgroundWindowMs?: number;
	/** Commands, automatic notices and the canned library (see courtesy-runtime.ts). */
	courtesy: Pick<CourtesyRuntimeOptions, 'canned' | 'config' | 'onSend' | 'onCannedInsert'>;
};

export type DeskRuntime = {
	controller: DeskController;
	courtesy: CourtesyRuntime;
	start(): void;
	/** Flushes, stops the timers and closes the connection cleanly. Safe to call more than once. */
	stop(): Promise<void>;
};

/** typing.set true is repeated this often while the agent keeps typing, and false is sent after this long idle. */
export const TYPING_REFRESH_MS = 3_000;
export const TYPING_IDLE_MS = 5_000;
const HISTORY_PAGE = 100;
/** Messages arriving in chats not on screen show in the list within this long: five redraws a second at most. */
export const BACKGROUND_WINDOW_MS = 200;
/** On the way out, how long messages already on the wire get to be confirmed before the link closes. */
export const QUIT_DELIVERY_WAIT_MS = 2_000;
/** Availability is fetched again this long after a colleague's presence changed, and at least this often. */
const DIRECTORY_SETTLE_MS = 1_000;
const DIRECTORY_REFRESH_MS = 60_000;

/** A message into one of my chats that no pane shows: only the chat list's unread count and timer change. */
function isOffScreen(state: DeskState, action: DeskInput): boolean {
	if (action.type !== 'server.event' || action.event !== 'message.created') return false;
	const chatId = action.payload.message.chat_id;
	return !state.view.panes.includes(chatId) && !state.offers.has(chatId);
}

function errorText(error: unknown): string {
	return remoteLine(error instanceof Error ? error.message : String(error));
}

export function createDeskRuntime(options: DeskRuntimeOptions): DeskRuntime {
	const {desk, ui, clock, thresholds, notifier, timers} = options;
	const batcher = createActionBatcher({
		dispatchBatch: actions => desk.dispatchBatch(actions),
		timers,
		windowMs: options.batchWindowMs ?? 50,
		isUrgent: action => action.type === 'outbox.queued',
		isBackground: action => isOffScreen(desk.getState(), action),
		...(options.backgroundWindowMs === undefined ? {} : {backgroundWindowMs: options.backgroundWindowMs}),
	});
	let courtesy: CourtesyRuntime | null = null;
	const client = options.connect(action => {
		// Colleagues come and go: departments' availability (agents online, accepting) follows, shortly after.
		if (action.type === 'server.event' && action.event === 'presence.changed') refreshDirectorySoon();
		courtesy?.observe(action);
		batcher.push(action as DeskInput);
	});
	courtesy = createCourtesyRuntime({...options.courtesy, client, desk, ui, now: () => timers.now()});
	const manners = courtesy;

	let tick: unknown = null;
	let levels: ReadonlyMap<string, TimerLevel> = new Map();
	let previous: DeskState = desk.getState();
	let unsubscribe: (() => void) | null = null;
	let stopping: Promise<void> | null = null;
	const reportedRead = new Map<string, number>();
	const typing = new Map<string, {sentAt: number; idle: unknown}>();
	const loadingOlder = new Set<string>();

	const note = (text: string, level: 'info' | 'warning' = 'warning', detail?: string) =>
		ui.dispatch({
			type: 'note.show',
			note: {text, level, at: timers.now(), ...(detail === undefined ? {} : {detail: remoteLine(detail)})},
		});
	const connected = () => desk.getState().connection.state === 'connected';

	/** Requests that only make sense online fail quietly offline: the desk shows the connection state already. */
	const request = <O extends AgentOp>(
		op: O,
		payload: AgentOpRequest<O>,
		failure?: string,
	): Promise<AgentOpResult<O> | null> =>
		client.request(op, payload).catch((error: unknown) => {
			// Plain words on the alert line; the server's own message (it may name ids) in the alert log's details.
			if (failure) note(`${failure}: ${requestFailureWords(error)}`, 'warning', failureDetail(error));
			return null;
		});

	function onStateChange(): void {
		const state = desk.getState();
		const before = previous;
		previous = state;
		if (state === before) return;
		const now = timers.now();
		// A new offer (not one the desk knew before a reconnect) rings once.
		for (const chatId of arrivedOffers(before, state)) {
			const chat = state.chats.get(chatId);
			if (chat) notifier.offer(customerName(chat), now);
		}
		if (
			state.connection !== before.connection &&
			state.connection.state === 'connected' &&
			before.connection.state !== 'connected'
		) {
			// The server's clock is known from its hello on (§6.1): countdowns read it now, not at the next tick.
			clock.set(now);
			loadDirectory();
			void manners.loadServerCanned();
		}
		reportReading(state);
		manners.onStateChange(before, state);
		// A chat just put in a pane shows what it has been sent, not what a background burst still holds (last: this
		// dispatches again, and the next round must see this one finished).
		if (state.view.panes !== before.view.panes) batcher.flush();
	}

	let directoryTimer: unknown = null;
	let directoryLoadedAt = 0;
	/** One refresh for a burst of presence changes. */
	function refreshDirectorySoon(): void {
		if (directoryTimer !== null) return;
		directoryTimer = timers.setTimeout(() => {
			directoryTimer = null;
			loadDirectory();
		}, DIRECTORY_SETTLE_MS);
	}

	/** Department and colleague names for the list, the details and transfer notices. */
	function loadDirectory(): void {
		directoryLoadedAt = timers.now();
		void request('departments.list', {}).then(
			result =>
				result && desk.dispatch({type: 'departments.loaded', departments: result.departments, at: timers.now()}),
		);
		void request('agents.list', {}).then(
			result => result && desk.dispatch({type: 'agents.loaded', agents: result.agents, at: timers.now()}),
		);
	}

	/** read.mark for what the agent has seen, once per new high mark; the server shows it to colleagues and keeps it across devices. */
	function reportReading(state: DeskState): void {
		if (state.connection.state !== 'connected') return;
		for (const chatId of state.mine) {
			const chat = state.chats.get(chatId);
			if (!chat || chat.readN === 0 || chat.chat.status === 'ended') continue;
			if ((reportedRead.get(chatId) ?? 0) >= chat.readN) continue;
			reportedRead.set(chatId, chat.readN);
			void request('read.mark', {chat_id: chatId, n: chat.readN});
		}
	}

	/** Once a second: the clock cells move, and a chat that just turned late (E1 alarm) rings. */
	function onTick(): void {
		const now = timers.now();
		clock.set(now);
		const state = desk.getState();
		const next = timerLevels(state, now, thresholds);
		for (const chatId of newlyAlarmed(levels, next)) {
			const chat = state.chats.get(chatId);
			if (chat) notifier.alarm(customerName(chat), now);
		}
		levels = next;
		manners.onTick();
		// Load changes with no event (a colleague took a chat): availability is fetched again now and then.
		if (connected() && now - directoryLoadedAt >= DIRECTORY_REFRESH_MS) loadDirectory();
	}

	function setTyping(chatId: string, on: boolean): void {
		if (!connected()) return;
		void request('typing.set', {chat_id: chatId, typing: on});
	}

	function stopTyping(chatId: string): void {
		const entry = typing.get(chatId);
		if (!entry) return;
		timers.clearTimeout(entry.idle);
		typing.delete(chatId);
		setTyping(chatId, false);
	}

	/** A message sent just before quitting is likely on the wire already: let its confirmation arrive, briefly. */
	function deliveredOrDeadline(): Promise<void> {
		const deadline = timers.now() + QUIT_DELIVERY_WAIT_MS;
		return new Promise(resolve => {
			const check = () => {
				if (!(client.pendingCount ?? 0) || !connected() || timers.now() >= deadline) resolve();
				else timers.setTimeout(check, 20);
			};
			check();
		});
	}

	const controller: DeskController = {
		...createEarlierChatsLoader({request: (op, payload) => client.request(op, payload), ui}),
		acceptOffer(chatId) {
			void request('offer.accept', {chat_id: chatId}, 'could not accept the chat');
		},
		declineOffer(chatId) {
			void request('offer.decline', {chat_id: chatId}, 'could not decline the chat');
		},
		sendMessage(chatId, text, visibility = 'public') {
			// Decided on everything the server has said, not on what the batch window still holds: a reply typed
			// just after a hold began must see the hold (E10), or it goes out without the thanks and leaves the hold on.
			batcher.flush();
			// The outbox keeps it while offline and sends it on reconnect with the same id: typed text is never lost.
			manners.reply(chatId, text, visibility);
		},
		runLine(chatId, line) {
			batcher.flush();
			return manners.runLine(chatId, line);
		},
		composerChanged(chatId, text) {
			// A command line (a /note included) is not for the customer: no typing indicator for it (protocol §14.10).
			if (text === '' || text.startsWith('/')) {
				stopTyping(chatId);
				return;
			}
			const now = timers.now();
			const entry = typing.get(chatId);
			if (entry) timers.clearTimeout(entry.idle);
			const due = !entry || now - entry.sentAt >= TYPING_REFRESH_MS;
			if (due) setTyping(chatId, true);
			typing.set(chatId, {
				sentAt: due ? now : entry.sentAt,
				idle: timers.setTimeout(() => stopTyping(chatId), TYPING_IDLE_MS),
			});
		},
		togglePresence() {
			const current = desk.getState().agent?.presence;
			const presence = current === 'online' ? 'away' : 'online';
			void request('presence.set', {presence}, `could not switch to ${presence}`).then(
				result => result && desk.dispatch({type: 'agent.updated', agent: result.agent, at: timers.now()}),
			);
		},
		loadOlder(chatId) {
			const chat = desk.getState().chats.get(chatId);
			const first = chat ? firstMessage(chat.messages) : undefined;
			if (!chat || !chat.hasOlder || !first || loadingOlder.has(chatId)) return;
			loadingOlder.add(chatId);
			void request('chat.history', {chat_id: chatId, before: first.n, limit: HISTORY_PAGE})
				.then(
					result =>
						result &&
						desk.dispatch({
							type: 'history.loaded',
							chat_id: chatId,
							messages: result.messages,
							has_more: result.has_more,
							at: timers.now(),
						}),
				)
				.finally(() => loadingOlder.delete(chatId));
		},
		reconnect() {
			return client.reconnectNow?.() ?? false;
		},
		signIn(token, save) {
			if (save && options.saveToken) {
				try {
					options.saveToken(token);
					note('the new token is saved in the config file', 'info');
				} catch (error) {
					// The message names the file, never the token.
					note(`the new token could not be saved: ${errorText(error).replaceAll(token, '••••')}`);
				}
			}
			client.signIn?.(token);
		},
		quit() {
			options.onQuit();
		},
	};

	return {
		controller,
		courtesy: manners,
		start() {
			unsubscribe = desk.subscribe(onStateChange);
			tick = timers.setInterval(onTick, 1_000);
			client.start();
		},
		stop() {
			stopping ??= (async () => {
				if (tick !== null) timers.clearInterval(tick);
				if (directoryTimer !== null) timers.clearTimeout(directoryTimer);
				for (const chatId of [...typing.keys()]) stopTyping(chatId);
				batcher.stop();
				manners.stop();
				unsubscribe?.();
				await deliveredOrDeadline();
				await client.stop();
			})();
			return stopping;
		},
	};
}
