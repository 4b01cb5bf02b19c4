// Rings the bell and sends desktop notifications for a new offer or a chat turning late (E1), as configured and rate-limited.
import {createNotificationLimiter, type NotificationLimiter} from '../terminal/notification-limiter.js';
import {notificationSequence, type DesktopNotificationKind} from '../terminal/notify.js';

export type NotifierSettings = {
	bellOnOffer: boolean;
	bellOnAlarm: boolean;
	desktop: DesktopNotificationKind | 'off';
	tmux: boolean;
	/** Least time between two notifications; a flood of offers rings once. */
	minIntervalMs: number;
};

export type DeskNotifier = {
	offer(customerName: string, at: number): void;
	alarm(customerName: string, at: number): void;
};

/** `write` puts the escape string on the terminal; titles and bodies are sanitised by notify.ts. */
export function createDeskNotifier(settings: NotifierSettings, write: (sequence: string) => void): DeskNotifier {
	const limiter: NotificationLimiter = createNotificationLimiter({minIntervalMs: settings.minIntervalMs});
	const notify = (bell: boolean, title: string, body: string, at: number) => {
		if (!bell && settings.desktop === 'off') return;
		if (!limiter.allow(at)) return;
		const sequence = notificationSequence({title, body}, {bell, desktop: settings.desktop, tmux: settings.tmux});
		if (sequence !== '') write(sequence);
	};
	return {
		offer: (name, at) => notify(settings.bellOnOffer, 'switchboard: new chat', `${name} is waiting`, at),
		alarm: (name, at) =>
			notify(settings.bellOnAlarm, 'switchboard: reply needed', `${name} is waiting for a reply`, at),
	};
}
