// The scenario player in one import: createScenarioPlayer, its clock, and the journal the report card reads.
export {
	createScenarioPlayer,
	type PlayerOutcome,
	type ScenarioPlayer,
	type ScenarioPlayerOptions,
} from './scenario-player.js';
export {systemPlayerClock, type PlayerClock} from './player-clock.js';
export type {ColleagueJournal, ColleagueOffer, CustomerJournal, JournalProblem, PlayerJournal} from './journal.js';
export {DEFAULT_CHARS_PER_SECOND, MAX_TYPING_MS, SNEAK_PEEK_INTERVAL_MS} from './typing-pace.js';
export {RATING_WAIT_MS} from './customer-script.js';
export {COLLEAGUE_CLOSES_AFTER_MS} from './simulated-colleague.js';
