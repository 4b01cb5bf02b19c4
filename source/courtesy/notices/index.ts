// Automatic notices (E2-E4, E7, E9-E11, E18-E20): one import for commands, the desk and the canned library.
export {
	composeNotice,
	isSkipped,
	type ComposedNotice,
	type NoticeResult,
	type SkippedNotice,
} from './compose-notice.js';
export {BRIEF_MESSAGE_COUNT, noticeValues, type NoticeContext, type NoticeTarget} from './notice-context.js';
export {
	DEFAULT_ENABLED,
	NOTICE_KINDS,
	NOTICE_PLACEHOLDERS,
	TEMPLATE_KEYS,
	TEMPLATE_SPECS,
	isNoticeKind,
	isTemplateKey,
	type NoticeKind,
	type NoticePlaceholder,
	type TemplateKey,
	type TemplateSpec,
} from './notice-kinds.js';
export {
	DEFAULT_NOTICE_LOCALE,
	NOTICE_LOCALES,
	isNoticeLocale,
	resolveNoticeLocale,
	type NoticeLocale,
} from './notice-locale.js';
export {
	checkTemplate,
	isNoticeEnabled,
	validateNoticesConfig,
	type NoticeTemplateOverrides,
	type NoticesConfig,
	type NoticesConfigResult,
} from './notices-config.js';
export {BUNDLED_TEXTS} from './bundled-texts.js';
export type {LocaleTexts} from './locale-texts.js';
export {
	defuseBraces,
	fillTemplate,
	hasValue,
	parseTemplate,
	placeholdersOf,
	type Placeholder,
	type TemplateFill,
	type TemplateFillOptions,
	type TemplatePart,
	type TemplateValue,
	type TemplateValues,
} from './template.js';
export {ANYTHING_ELSE_WINDOW_MS, shouldAskAnythingElse} from './anything-else.js';
export {
	ESTIMATE_WARNING_MS,
	HOLD_UPDATE_INTERVAL_MS,
	estimateWarning,
	holdUpdateDue,
	nextHoldUpdateAt,
	type EstimateWarning,
	type HoldEstimate,
	type HoldProgress,
} from './hold-schedule.js';
export {
	IDLE_CHECK_IN_AFTER_MS,
	IDLE_CLOSE_OFFER_AFTER_MS,
	idleNoticeDue,
	type CustomerSilence,
	type IdleRules,
} from './idle-schedule.js';
