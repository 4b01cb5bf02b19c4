// The phrase guard's public interface (E3-E6): check a message, apply a suggestion, summarise the findings.
export {checkMessage} from './check-message.js';
export {applySuggestion, applySuggestions} from './apply-suggestion.js';
export {CHECK_LABELS, summariseFindings} from './summarise-findings.js';
export {checkIds, ruleOfCheck} from './finding.js';
export type {CheckId, Finding, GuardContext, RuleId} from './finding.js';
export {defaultGuardConfig, validateGuardConfig} from './guard-config.js';
export type {GuardConfig} from './guard-config.js';
export {guardLocale} from './guard-locale.js';
export type {GuardLocale} from './guard-locale.js';
export {emojiIn} from './text/emoji.js';
