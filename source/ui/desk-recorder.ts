// What the desk reports as it works, for whoever wants a record (the demo's report card): sends, guard reviews, canned inserts.
import type {SendEffect} from '../commands/index.js';
import type {GuardReview} from './state/ui-state.js';

export type DeskRecorder = {
	/** Every message the desk sent: the agent's own (notice null) or an automatic notice. */
	sent(effect: SendEffect): void;
	/** The guard stopped a message on its first Enter (E3-E6). */
	guardReview(review: GuardReview): void;
	/** A canned response went into a composer (E12). */
	cannedInserted(chatId: string, cannedId: string): void;
};
