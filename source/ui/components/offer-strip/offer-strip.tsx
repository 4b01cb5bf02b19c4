// Below 50 columns there is no chat list: this row under the header shows the waiting offers, so one is seen, not only heard.
import {Text} from 'ink';
import {customerName} from '../../../core/names.js';
import {formatWaiting} from '../../../core/response-timer.js';
import type {DeskState} from '../../../core/desk-state.js';
import {useDeskStores} from '../../desk-context.js';
import {useDesk} from '../../hooks/use-desk.js';
import {useNow} from '../../hooks/use-now.js';
import {keysOf} from '../../keys/resolve-keymap.js';
import {remoteLine} from '../../remote-text.js';
import {truncateToWidth} from '../../text/width.js';

/** The oldest offer (the one to take first, E1) and how many wait in all. */
function oldestOffer(state: DeskState): {name: string; expiresAt: number; transfer: boolean; count: number} | null {
	let oldest = null;
	for (const offer of state.offers.values()) if (!oldest || offer.offeredAt < oldest.offeredAt) oldest = offer;
	if (!oldest) return null;
	const chat = state.chats.get(oldest.chatId);
	return {
		name: chat ? customerName(chat) : 'a customer',
		expiresAt: oldest.expiresAt,
		transfer: oldest.transfer !== null,
		count: state.offers.size,
	};
}

export function OfferStrip({width}: {width: number}) {
	const {theme, keymap} = useDeskStores();
	const offer = useDesk(oldestOffer, (a, b) => JSON.stringify(a) === JSON.stringify(b));
	const accept = keysOf(keymap, 'accept-oldest-offer', {ascii: theme.ascii})[0];
	const sep = theme.symbols.separator;
	const text = useNow(now => {
		if (!offer) return '';
		const what = offer.transfer ? 'transfer offered' : 'chat offered';
		const more = offer.count > 1 ? ` (+${offer.count - 1} more)` : '';
		const parts = [
			`${theme.ascii ? '*' : '◆'} ${what}: ${remoteLine(offer.name, theme.ascii)}${more}`,
			`expires in ${formatWaiting(offer.expiresAt - now)}`,
			...(accept ? [`${accept} accept`] : []),
		];
		return truncateToWidth(parts.join(sep), width, {ellipsis: theme.symbols.ellipsis});
	});
	return (
		<Text color={theme.color('offer')} bold wrap="truncate">
			{text}
		</Text>
	);
}
