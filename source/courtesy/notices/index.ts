// Automatic notices (E2-E4, E7, E9-E11, E18-E20): one import for commands, the desk and the canned library.
export {composeNotice, isSkipped, wordingCount} from './compose-notice.js';
export {type NoticeContext} from './notice-context.js';
export {NOTICE_KINDS, type NoticeKind, type TemplateKey} from './notice-kinds.js';
export {NOTICE_LOCALES, resolveNoticeLocale, type NoticeLocale} from './notice-locale.js';
export {isNoticeEnabled, type NoticesConfig} from './notices-config.js';
export {BUNDLED_TEXTS} from './bundled-texts.js';
export {fillTemplate, type TemplateValues} from './template.js';
export {ANYTHING_ELSE_WINDOW_MS, asksAnythingElse, shouldAskAnythingElse} from './anything-else.js';
export {describesNeed} from './need-described.js';
export {
	ESTIMATE_WARNING_MS,
	HOLD_UPDATE_INTERVAL_MS,
	HOLD_UPDATE_LIMIT,
	estimateWarning,
	holdOverrun,
	holdUpdateDue,
} from './hold-schedule.js';
export {IDLE_CHECK_IN_AFTER_MS, IDLE_CLOSE_OFFER_AFTER_MS, idleNoticeDue} from './idle-schedule.js';
export {plainZoneName} from './time-words.js';
