// The desk's courtesy at run time: slash commands and replies carried out, automatic notices on accept and on the clock, the canned library.
import {assembleLibrary} from '../../canned/assemble-library.js';
import type {CannedResponse as WireCannedResponse} from '../../protocol/index.js';
import type {CannedResponse} from '../../canned/response.js';
import {
	automaticTick,
	replyEndingHold,
	runCommandLine,
	type ChatMemory,
	type CommandConfig,
	type CommandContext,
	type CommandEffect,
	type CommandResult,
} from '../../commands/index.js';
import type {DeskAction} from '../../core/actions.js';
import {failureDetail, requestFailureWords} from '../../core/failure-words.js';
import type {NoticeKind} from '../../courtesy/notices/index.js';
import type {DeskState} from '../../core/desk-state.js';
import {hasCapability} from '../../core/selectors.js';
import type {DeskStore} from '../../core/store.js';
import type {Visibility} from '../../protocol/index.js';
import type {UiStore} from '../desk-context.js';
import {remoteLine} from '../remote-text.js';
import type {CannedStore} from '../state/canned-store.js';
import {commandContext} from './command-context.js';
import {courtesyTriggers} from './courtesy-triggers.js';
import {createDeliveryWatch} from './delivery-watch.js';
import {createEffectRunner, type EffectClient} from './effect-runner.js';

export type CourtesyRuntimeOptions = {
	client: EffectClient;
	desk: DeskStore;
	ui: UiStore;
	canned: CannedStore;
	config: CommandConfig;
	now(): number;
	/** Every send that goes out, the agent's own (notice null) and automatic ones: for the demo's report card. */
	onSend?(effect: Extract<CommandEffect, {type: 'send'}>): void;
	/** Every canned response put into a composer by /canned QUERY (E12). */
	onCannedInsert?(chatId: string, cannedId: string): void;
};

export type CourtesyRuntime = {
	/** Feed every client action through this before batching (delivery confirmations are awaited by commands). */
	observe(action: DeskAction): void;
	/** A composer line starting with "/": null when it is not a command; else its effects, already under way (the composer is emptied unless it was a wrong use). */
	runLine(chatId: string | null, line: string): CommandResult | null;
	/** The agent's own message (E10: a reply to a chat on hold ends the hold, with thanks first). */
	reply(chatId: string, text: string, visibility: Visibility): void;
	/** After each store change: greetings on accept, the e-mail offer after a failed transfer, thanks for a rating. */
	onStateChange(before: DeskState, after: DeskState): void;
	/** Once a second while connected: hold updates and warnings (E7, E9), idle check-ins. */
	onTick(): void;
	/** The library's file sources (bundled, team, personal) once read: merged with the server's list, if it came first. */
	setCannedFiles(sources: ReadonlyArray<readonly CannedResponse[]>): void;
	/** The server's canned.list, when it has the capability (called after each login). */
	loadServerCanned(): Promise<void>;
	/** What the desk remembers per chat (for tests and the report card). */
	memory(chatId: string): ChatMemory | undefined;
	stop(): void;
};

export function createCourtesyRuntime(options: CourtesyRuntimeOptions): CourtesyRuntime {
	const {client, desk, ui, canned, config} = options;
	const memory = new Map<string, ChatMemory>();
	const deliveries = createDeliveryWatch();
	// A notice offered in the composer (the e-mail request, E11) is still that notice when the agent sends it as it stands.
	const offered = new Map<string, {text: string; notice: NoticeKind}>();
	const runner = createEffectRunner({
		client,
		desk,
		ui,
		deliveries,
		memory,
		now: options.now,
		onSend: options.onSend,
		onCannedInsert: options.onCannedInsert,
		onNoticeOffered: (chatId, text, notice) => offered.set(chatId, {text: text.trim(), notice}),
	});
	// The server's words (an error, a response's id) reach the alert line, which draws notes as they are.
	const note = (text: string, level: 'info' | 'warning', detail?: string) =>
		ui.dispatch({
			type: 'note.show',
			note: {
				text: remoteLine(text),
				level,
				at: options.now(),
				...(detail === undefined ? {} : {detail: remoteLine(detail)}),
			},
		});
	const contextFor = (chatId: string | null): CommandContext =>
		commandContext(desk.getState(), chatId, memory, canned.getState(), config, options.now());

	// The library is files (read after the first frame) plus the server's list (after login), in whichever order they come.
	let fileSources: ReadonlyArray<readonly CannedResponse[]> = [];
	let serverList: readonly WireCannedResponse[] | null = null;
	const mergeCanned = () => {
		const library = assembleLibrary(fileSources, serverList);
		canned.dispatch(library.responses);
		return library.problems;
	};

	const run = (effects: CommandResult, chatId: string | null) => {
		// A throwing recorder (or any bug in carrying out) becomes a line for the agent, never an unhandled rejection.
		if (effects.length > 0)
			runner
				.run(effects, chatId)
				.catch((error: unknown) =>
					note('a command could not finish; the alert log (Alt+L) has the details', 'warning', failureDetail(error)),
				);
	};

	return {
		observe: action => deliveries.observe(action),
		runLine(chatId, line) {
			const effects = runCommandLine(line, contextFor(chatId));
			if (!effects) return null;
			const wrongUse = effects.length === 1 && effects[0]!.type === 'error';
			// The line leaves the composer (into the history) before its effects run, so text a command puts
			// there (a canned response, a picker) is not wiped; a wrong use keeps the line to be fixed.
			if (!wrongUse && chatId !== null) ui.dispatch({type: 'composer.sent', chatId, text: line});
			run(effects, chatId);
			return effects;
		},
		reply(chatId, text, visibility) {
			const offer = offered.get(chatId);
			offered.delete(chatId);
			const notice = offer && offer.text === text.trim() ? offer.notice : null;
			run(replyEndingHold(contextFor(chatId), {type: 'send', chatId, text, visibility, auto: false, notice}), chatId);
		},
		onStateChange(before, after) {
			for (const {chatId, effects} of courtesyTriggers(before, after, contextFor)) run(effects, chatId);
		},
		onTick() {
			const state = desk.getState();
			if (state.connection.state !== 'connected') return;
			for (const chatId of state.mine) run(automaticTick(contextFor(chatId)), chatId);
		},
		async loadServerCanned() {
			if (!hasCapability(desk.getState(), 'canned')) return;
			try {
				serverList = (await client.request('canned.list', {})).canned;
				const problems = mergeCanned();
				// The alert line holds one note: the first problem, and how many more there are.
				const [first, ...more] = problems;
				if (first !== undefined) note(more.length > 0 ? `${first} (and ${more.length} more)` : first, 'warning');
			} catch (error) {
				// Plain words here; the server's own message (it may name ids) goes to the alert log's details.
				note(
					`could not load the server's canned responses: ${requestFailureWords(error)}`,
					'warning',
					failureDetail(error),
				);
			}
		},
		setCannedFiles(sources) {
			fileSources = sources;
			mergeCanned();
		},
		memory: chatId => memory.get(chatId),
		stop: () => deliveries.stop(),
	};
}
