// Plays a scenario against a server: simulated customers arrive and follow their scripts, colleagues answer transfers; all on one clock.
import type {Scenario} from '../scenario/scenario.js';
import type {PlayerJournal} from './journal.js';
import type {Timers} from '../../core/timers.js';
import {createPlayerLog} from './player-log.js';
import {PlayerTimers} from './player-timers.js';
import {newColleagueJournal, SimulatedColleague} from './simulated-colleague.js';
import type {CustomerChat} from './customer-chat.js';
import {newCustomerJournal, playCustomer} from './simulated-customer.js';

export type ScenarioPlayerOptions = {
	scenario: Scenario;
	/** ws://HOST:PORT/customer */
	customerUrl: string;
	/** ws://HOST:PORT/agent, for the colleagues. */
	agentUrl: string;
	/** Per colleague id, the token to sign that colleague in with (startDemoServer makes them). */
	colleagueTokens: ReadonlyMap<string, string>;
	clock: Timers;
	/** Every delay of the scenario is divided by this: 2 plays twice as fast. */
	speed: number;
	/** One line per notable thing and per problem, e.g. `+12.3s mia (demo.yaml:14): the chat ended ...`. */
	onLog?: (line: string) => void;
};

export type PlayerOutcome = {
	/** finished: every customer is done (left, or their chat was ended); stopped: stop() came first. */
	reason: 'finished' | 'stopped';
	journal: PlayerJournal;
};

export type ScenarioPlayer = {
	/** Signs the colleagues in and starts the customers' arrival clock. Call it once the desk is connected. */
	start(): void;
	/** Ends every connection and timer the player started; after it nothing runs. `done` resolves as stopped. */
	stop(): Promise<void>;
	/** Resolves when every customer is done, or when stop() is called; never rejects. */
	done: Promise<PlayerOutcome>;
	/** A copy of the journal so far. */
	journal(): PlayerJournal;
};

export function createScenarioPlayer(options: ScenarioPlayerOptions): ScenarioPlayer {
	const {scenario, clock, speed} = options;
	if (!Number.isFinite(speed) || speed <= 0)
		throw new Error(`scenario player: speed must be a number above 0 (got ${speed})`);

	const timers = new PlayerTimers(clock);
	const stopping = new AbortController();
	const journal: PlayerJournal = {
		title: scenario.title,
		source: scenario.source,
		speed,
		startedAt: null,
		endedAt: null,
		customers: scenario.customers.map(newCustomerJournal),
		colleagues: scenario.colleagues.map(newColleagueJournal),
	};
	const elapsed = () => (journal.startedAt === null ? 0 : clock.now() - journal.startedAt);
	const log = createPlayerLog({
		source: scenario.source,
		elapsed,
		write: options.onLog ?? (() => {}),
		stopped: () => stopping.signal.aborted,
	});
	const colleagues: SimulatedColleague[] = [];
	const openChats = new Set<CustomerChat>();
	let customersDone: Promise<unknown> = Promise.resolve();

	let settle!: (outcome: PlayerOutcome) => void;
	let settled = false;
	const done = new Promise<PlayerOutcome>(resolve => (settle = resolve));
	const finish = (reason: PlayerOutcome['reason']) => {
		if (settled) return;
		settled = true;
		journal.endedAt = elapsed();
		settle({reason, journal: structuredClone(journal)});
	};

	/** Chat id → the key of the customer in it, so a colleague's journal can say whom a transfer was about. */
	const customerOf = (chatId: string) => journal.customers.find(customer => customer.chatId === chatId)?.key ?? null;

	async function stop(): Promise<void> {
		if (!stopping.signal.aborted) stopping.abort(new Error('the scenario player was stopped'));
		timers.clear();
		// Closing the clients also fails whatever a customer was waiting for on the network, so every play unwinds.
		await Promise.all([...colleagues.map(colleague => colleague.stop()), ...[...openChats].map(chat => chat.close())]);
		await customersDone;
		finish('stopped');
	}

	function start(): void {
		if (journal.startedAt !== null || stopping.signal.aborted) return;
		journal.startedAt = clock.now();
		const colleagueIds = new Set(scenario.colleagues.map(colleague => colleague.id));
		for (const [index, spec] of scenario.colleagues.entries()) {
			const token = options.colleagueTokens.get(spec.id);
			const colleagueJournal = journal.colleagues[index]!;
			if (token === undefined) {
				log.problem(
					colleagueJournal.problems,
					spec.name,
					spec.line,
					`no token for colleague "${spec.id}"; they stay offline`,
				);
				continue;
			}
			const colleague = new SimulatedColleague(spec, colleagueJournal, {
				agentUrl: options.agentUrl,
				token,
				company: scenario.agent.company,
				timers,
				speed,
				log,
				customerOf,
				colleagueIds,
			});
			colleagues.push(colleague);
			colleague.start();
		}
		const context = {customerUrl: options.customerUrl, timers, speed, log, stopSignal: stopping.signal, openChats};
		customersDone = Promise.all(
			scenario.customers.map((spec, index) => playCustomer(spec, journal.customers[index]!, context)),
		);
		void customersDone.then(async () => {
			if (stopping.signal.aborted) return;
			log.note('player', 'every customer is done');
			// The scenario is over: the colleagues go too, and nothing is left running.
			finish('finished');
			await stop();
		});
	}

	return {start, stop, done, journal: () => structuredClone(journal)};
}
