// The scenario player in one import: createScenarioPlayer and the journal the report card reads.
export {createScenarioPlayer, type ScenarioPlayer} from './scenario-player.js';
export type {ColleagueJournal, CustomerJournal, PlayerJournal} from './journal.js';
