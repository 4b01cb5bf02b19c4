// The scenario player in one import: createScenarioPlayer, its clock, and the journal the report card reads.
export {createScenarioPlayer, type ScenarioPlayer} from './scenario-player.js';
export {systemPlayerClock} from './player-clock.js';
export type {ColleagueJournal, CustomerJournal, PlayerJournal} from './journal.js';
