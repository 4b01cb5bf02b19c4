// --autopilot: plays the agent's side of a scenario through the desk, per customer, from the scenario's steps or the built-in ones.
import {markerFor} from '../../canned/index.js';
import type {DeskChat, DeskState} from '../../core/desk-state.js';
import {messageAt} from '../../core/message-log.js';
import type {Message} from '../../protocol/index.js';
import type {Timers} from '../../core/timers.js';
import type {AutopilotStep, Scenario, ScenarioCustomer} from '../scenario/scenario.js';
import type {AutopilotDesk} from './autopilot-desk.js';
import {builtInAutopilot} from './built-in-script.js';
import {createDeskWaits, type DeskWaits} from './desk-waits.js';

export type AutopilotOptions = {
	scenario: Scenario;
	desk: AutopilotDesk;
	/** The chat a scenario customer opened, once the player knows it. */
	chatOf(customerKey: string): string | null;
	clock: Timers;
	/** Every delay is divided by this, like the player's. */
	speed: number;
	onLog?(line: string): void;
};

export type Autopilot = {
	start(): void;
	/** Stops every customer's steps; nothing is typed after it. */
	stop(): void;
	/** Resolves when every customer's steps have run (or were stopped). */
	done: Promise<void>;
};

/** An offer may wait in the queue a long time while earlier chats fill the desk. */
const OFFER_WAIT_MS = 10 * 60_000;
/** How fast the autopilot "types" (scenario time), so lines do not appear the instant a customer speaks. */
const AGENT_CHARS_PER_SECOND = 25;
const MAX_TYPING_MS = 4_000;
/** A moment between Enter presses: reading the inserted canned text, glancing at the guard. */
const GLANCE_MS = 800;
/** How long a `send` step waits for something in the composer to send (scenario time). */
const SEND_WAIT_MS = 5 * 60_000;

const open = (chat: DeskChat | undefined) =>
	chat !== undefined && (chat.chat.status === 'active' || chat.chat.status === 'on_hold');

function customerMessages(state: DeskState, chatId: string): Message[] {
	const chat = state.chats.get(chatId);
	if (!chat) return [];
	const found: Message[] = [];
	for (let index = 0; index < chat.messages.length; index++) {
		const message = messageAt(chat.messages, index)!;
		if (message.author.type === 'customer') found.push(message);
	}
	return found;
}

export function createAutopilot(options: AutopilotOptions): Autopilot {
	const {scenario, desk, clock, speed} = options;
	const stopping = new AbortController();
	const waits: DeskWaits = createDeskWaits(desk, clock, stopping.signal);
	const scaled = (ms: number) => ms / speed;
	const log = (customer: ScenarioCustomer, text: string) => options.onLog?.(`autopilot ${customer.key}: ${text}`);
	let resolveDone: () => void = () => {};
	const done = new Promise<void>(resolve => (resolveDone = resolve));

	/** After a line: what a /c or the desk left in the composer is sent, with fill-ins; the guard's first stop is passed. */
	async function sendWhatIsLeft(chatId: string, fill: Readonly<Record<string, string>> | undefined): Promise<void> {
		for (let presses = 0; presses < 3; presses++) {
			await waits.sleep(scaled(GLANCE_MS));
			const draft = desk.draft(chatId);
			if (draft === '' || draft.startsWith('/') || stopping.signal.aborted) return;
			let filled = draft;
			for (const [name, value] of Object.entries(fill ?? {})) filled = filled.replaceAll(markerFor(name), value);
			if (filled !== draft) desk.submit(chatId, filled);
			else desk.enter(chatId);
		}
	}

	async function run(
		customer: ScenarioCustomer,
		step: AutopilotStep,
		chatId: () => string | null,
		heard: {count: number},
	): Promise<boolean> {
		switch (step.do) {
			case 'accept': {
				const offered = await waits.until(() => {
					const id = chatId();
					return id !== null && desk.getState().offers.has(id);
				}, scaled(OFFER_WAIT_MS));
				if (!offered) return false;
				desk.accept(chatId()!);
				return waits.until(
					() => open(desk.getState().chats.get(chatId()!)) && !desk.getState().offers.has(chatId()!),
					scaled(60_000),
				);
			}
			case 'wait':
				await waits.sleep(scaled(step.ms));
				return true;
			case 'await-customer': {
				const id = chatId();
				if (id === null) return false;
				const match = (message: Message) => step.pattern === null || step.pattern.test(message.text);
				const found = await waits.until(
					() => customerMessages(desk.getState(), id).slice(heard.count).some(match),
					scaled(step.timeoutMs),
				);
				const messages = customerMessages(desk.getState(), id);
				const at = messages.findIndex((message, index) => index >= heard.count && match(message));
				if (found && at >= 0) heard.count = at + 1;
				else log(customer, `no answer from the customer in time (line ${step.line})`);
				return true;
			}
			case 'type':
			case 'send': {
				const id = chatId();
				if (id === null || !open(desk.getState().chats.get(id))) return false;
				if (step.do === 'send') {
					// What the desk puts in the composer (the e-mail request after a declined transfer) comes when the
					// colleague answers: waited for, so a slow machine at a high --speed does not send an empty line.
					const draftReady = () => desk.draft(id) !== '' && !desk.draft(id).startsWith('/');
					if (!(await waits.until(draftReady, scaled(SEND_WAIT_MS))))
						log(customer, `nothing to send in the composer (line ${step.line})`);
					desk.enter(id);
					await sendWhatIsLeft(id, undefined);
					return true;
				}
				await waits.sleep(scaled(Math.min(MAX_TYPING_MS, (step.text.length / AGENT_CHARS_PER_SECOND) * 1_000)));
				if (!open(desk.getState().chats.get(id))) return false;
				desk.submit(id, step.text);
				await sendWhatIsLeft(id, step.fill);
				return true;
			}
		}
	}

	async function play(customer: ScenarioCustomer): Promise<void> {
		const steps = scenario.autopilot[customer.key] ?? builtInAutopilot(customer.locale);
		const chatId = () => options.chatOf(customer.key);
		const heard = {count: 0};
		for (const step of steps) {
			if (stopping.signal.aborted) return;
			if (!(await run(customer, step, chatId, heard))) {
				if (!stopping.signal.aborted) log(customer, `stopped at line ${step.line}: the chat is not open on the desk`);
				return;
			}
		}
	}

	return {
		start() {
			void Promise.allSettled(scenario.customers.map(customer => play(customer))).then(() => resolveDone());
		},
		stop() {
			stopping.abort();
			resolveDone();
		},
		done,
	};
}
