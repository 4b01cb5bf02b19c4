// Automatic notices: what the desk says by itself on accept, on each clock tick, after a failed transfer; same effects as commands.
export {greetingOnAccept} from './greeting.js';
export {holdProgressEffects} from './hold-progress.js';
export {idleCustomerEffects} from './idle-customer.js';
export {transferFailedEffects} from './after-transfer.js';
export {replyEndingHold} from './hold-on-reply.js';
export {ratingThanksEffects} from './rating-thanks.js';

import type {CommandContext, CommandResult} from '../command.js';
import {holdProgressEffects} from './hold-progress.js';
import {idleCustomerEffects} from './idle-customer.js';

/** One clock tick for one chat (the context's): hold updates and warnings (E7, E9), then the idle check (E4). */
export function automaticTick(context: CommandContext): CommandResult {
	return [...holdProgressEffects(context), ...idleCustomerEffects(context)];
}
