// A scenario played on a fake clock against a real in-process demo server, with the desk signed in as a raw test agent.
import {afterEach} from 'vitest';
import {startDemoServer, type DemoServer} from '../../../source/demo/demo-server.js';
import {createScenarioPlayer, type ScenarioPlayer} from '../../../source/demo/player/index.js';
import type {CustomerJournal} from '../../../source/demo/player/journal.js';
import type {Scenario} from '../../../source/demo/scenario/scenario.js';
import {startCutProxy, type CutProxy} from '../../helpers/cut-proxy.js';
import {waitFor} from '../../helpers/wait-for.js';
import {closeAll, TestClient} from '../../server/helpers.js';
import {ManualTimers} from '../../helpers/manual-timers.js';

export type Play = {
	server: DemoServer;
	proxy: CutProxy;
	/** The desk: a raw agent connection signed in with the scenario agent's token. */
	desk: TestClient;
	clock: ManualTimers;
	player: ScenarioPlayer;
	logs: string[];
	customer: (key: string) => CustomerJournal;
	/** Waits (in real time) until the check holds on the journal. */
	until: (check: () => unknown, what: string) => Promise<void>;
	/** The desk accepts the next new chat offered to it and returns its id, once the customer's join is in the journal. */
	acceptNext: () => Promise<string>;
	/** Signs the desk in, when startPlay was told not to. */
	signInDesk: () => Promise<void>;
};

const stops: Array<() => Promise<void>> = [];

/** Call once per test file: stops every player, desk and server after each test. */
export function usePlayHarness(): void {
	afterEach(async () => {
		for (const stop of stops.splice(0).reverse()) await stop();
		await closeAll();
	});
}

/** With deskFirst false the desk is not signed in until signInDesk(): the player may start before the desk. */
export async function startPlay(
	scenario: Scenario,
	{speed = 1, deskFirst = true}: {speed?: number; deskFirst?: boolean} = {},
): Promise<Play> {
	const server = await startDemoServer(scenario);
	stops.push(() => server.close());
	const proxy = await startCutProxy(Number(new URL(server.agentUrl).port));
	stops.push(() => proxy.close());
	const desk = await TestClient.open(server.agentUrl);
	const signInDesk = async () =>
		void (await desk.call('auth', {token: server.agentToken, client: {name: 'desk-test', version: '1'}}));
	if (deskFirst) await signInDesk();
	const clock = new ManualTimers();
	const logs: string[] = [];
	const player = createScenarioPlayer({
		scenario,
		customerUrl: `${proxy.url}/customer`,
		agentUrl: `${proxy.url}/agent`,
		colleagueTokens: server.colleagueTokens,
		clock,
		speed,
		onLog: line => logs.push(line),
	});
	stops.push(() => player.stop());
	const accepted = new Set<string>();
	return {
		server,
		proxy,
		desk,
		clock,
		player,
		logs,
		signInDesk,
		customer: key => player.journal().customers.find(journal => journal.key === key)!,
		until: async (check, what) => void (await waitFor(() => Boolean(check()), {timeout: 8_000, message: what})),
		acceptNext: async () => {
			const offer = await desk.waitForEvent(
				'chat.offered',
				payload => payload.transfer === null && !accepted.has(payload.chat.id),
			);
			const chatId = offer.payload.chat.id as string;
			accepted.add(chatId);
			await desk.call('offer.accept', {chat_id: chatId});
			// The customer's join answer travels on another socket than the desk's offer; once the journal has it, the
			// script's first timer is on the clock and a test may advance it.
			await waitFor(() => player.journal().customers.some(journal => journal.chatId === chatId), {
				timeout: 8_000,
				message: 'the join in the journal',
			});
			return chatId;
		},
	};
}

/** The desk says something public in a chat. */
export async function deskSays(desk: TestClient, chatId: string, text: string, auto = false): Promise<void> {
	await desk.call('message.send', {
		chat_id: chatId,
		client_msg_id: `d-${Math.random().toString(36).slice(2)}`,
		text,
		visibility: 'public',
		auto,
	});
}
