// What the desk remembers per chat from `mark` effects, as a pure reducer the runtime keeps one of per chat.
import type {ChatMemory, MarkEffect} from './command.js';

export const EMPTY_MEMORY: ChatMemory = Object.freeze({anythingElseAskedAt: null});

export function rememberMark(memory: ChatMemory, effect: MarkEffect): ChatMemory {
	const {at} = effect;
	switch (effect.mark) {
		case 'anything-else-asked':
			return {...memory, anythingElseAskedAt: at};
		case 'greeted':
			return {...memory, greetedAt: at};
		case 'hold-update': {
			const since = effect.holdSince ?? at;
			const previous = memory.holdUpdates?.since === since ? memory.holdUpdates.count : 0;
			return {...memory, holdUpdates: {since, count: previous + 1, lastAt: at}};
		}
		case 'hold-limit':
			return {...memory, holdLimitTold: effect.holdSince ?? at};
		case 'hold-warned':
		case 'hold-over':
			return {
				...memory,
				holdWarned: {
					since: effect.holdSince ?? at,
					over: effect.mark === 'hold-over',
					...(effect.minutes !== undefined ? {minutes: effect.minutes} : {}),
				},
			};
		case 'idle-check-in':
			return {...memory, idleCheckInAt: at};
		case 'idle-close-offer':
			return {...memory, idleCloseOfferAt: at};
		case 'rating-requested':
			return {...memory, ratingRequestedAt: at};
	}
}
