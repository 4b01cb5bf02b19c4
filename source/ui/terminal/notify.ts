// Notifications as escape strings: the bell, and OSC 9 / OSC 777 desktop notifications (wrapped for tmux).
//
// The text of a notification usually carries a customer's name, so it goes through the same
// sanitiser as everything remote, and ';' (the field separator of OSC 777, and of the OSC 9
// subcommands some terminals implement, e.g. "9;4;" progress) is replaced so it cannot add fields.
import {sanitizeRemoteText} from '../../protocol/sanitize.js';

export const BELL = '\x07';

export type DesktopNotificationKind = 'osc9' | 'osc777';

export interface DesktopNotification {
	readonly title: string;
	readonly body?: string;
}

/** Notification titles and bodies longer than this are cut: a desktop popup shows little more. */
export const MAX_TITLE_CHARS = 80;
export const MAX_BODY_CHARS = 200;

/** Safe as one field of an OSC string: no controls, no line breaks, no ';'. */
export function notificationText(text: string, maxLength: number): string {
	return sanitizeRemoteText(text, {multiline: false, maxLength}).replaceAll(';', ',');
}

/** iTerm2, WezTerm, kitty, Windows Terminal and others: ESC ] 9 ; text BEL. */
export function osc9Sequence(notification: DesktopNotification): string {
	const title = notificationText(notification.title, MAX_TITLE_CHARS);
	const body = notificationText(notification.body ?? '', MAX_BODY_CHARS);
	const text = title && body ? `${title}: ${body}` : title || body;
	return `\x1b]9;${text}\x07`;
}

/** urxvt, foot, Ghostty, VTE-based terminals: ESC ] 777 ; notify ; title ; body BEL. */
export function osc777Sequence(notification: DesktopNotification): string {
	const title = notificationText(notification.title, MAX_TITLE_CHARS);
	const body = notificationText(notification.body ?? '', MAX_BODY_CHARS);
	return `\x1b]777;notify;${title};${body}\x07`;
}

/**
 * tmux swallows OSC sequences it does not know; wrapped in its DCS passthrough (every ESC inside
 * doubled) it forwards them to the outer terminal. tmux 3.3+ needs `set -g allow-passthrough on`,
 * and drops the sequence harmlessly without it.
 */
export function wrapForTmux(sequence: string): string {
	return `\x1bPtmux;${sequence.replaceAll('\x1b', '\x1b\x1b')}\x1b\\`;
}

export function desktopNotificationSequence(
	notification: DesktopNotification,
	options: {readonly kind: DesktopNotificationKind; readonly tmux: boolean},
): string {
	const sequence = options.kind === 'osc9' ? osc9Sequence(notification) : osc777Sequence(notification);
	return options.tmux ? wrapForTmux(sequence) : sequence;
}

export interface NotificationSettings {
	/** Ring the bell (on by default in the desk). tmux handles BEL itself, so it is never wrapped. */
	readonly bell: boolean;
	/** Desktop notifications are opt-in. */
	readonly desktop: DesktopNotificationKind | 'off';
	readonly tmux: boolean;
}

/** Everything to write for one notification under the agent's settings ('' when both are off). */
export function notificationSequence(notification: DesktopNotification, settings: NotificationSettings): string {
	let out = settings.bell ? BELL : '';
	if (settings.desktop !== 'off') {
		out += desktopNotificationSequence(notification, {kind: settings.desktop, tmux: settings.tmux});
	}
	return out;
}
