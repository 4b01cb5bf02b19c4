// What an offered chat shows instead of a composer: how to accept or decline, when it expires, and a colleague's transfer brief (E11).
import {Box, Text} from 'ink';
import {formatWaiting} from '../../../core/response-timer.js';
import {selectOffer} from '../../../core/selectors.js';
import {useDeskStores} from '../../desk-context.js';
import {useDesk} from '../../hooks/use-desk.js';
import {keysOf} from '../../keys/resolve-keymap.js';
import {remoteLine} from '../../remote-text.js';
import {ClockText} from '../clock-text/clock-text.js';

/** Rows the prompt takes: one, and one more for a transfer brief. */
export function offerPromptRows(hasBrief: boolean): number {
	return hasBrief ? 2 : 1;
}

export function OfferPrompt({chatId, width}: {chatId: string; width: number}) {
	const {theme, keymap} = useDeskStores();
	const offer = useDesk(state => selectOffer(state, chatId));
	if (!offer) return null;
	const accept = keysOf(keymap, 'accept-offer', {ascii: theme.ascii})[0];
	const decline = keysOf(keymap, 'decline-offer', {ascii: theme.ascii})[0];
	const sep = theme.symbols.separator;
	const how = [accept && `${accept} accept`, decline && `${decline} decline`].filter(Boolean).join(sep);
	const lead = `${theme.ascii ? '*' : '◆'} ${offer.transfer ? 'transfer offered' : 'chat offered'}${sep}`;
	// The expiry never shrinks: on a narrow pane the key hint is what gets cut, never the deadline.
	return (
		<Box flexDirection="column" width={width}>
			<Box width={width} height={1}>
				<Box flexShrink={0}>
					<Text color={theme.color('offer')} bold>
						{lead}
					</Text>
					<ClockText
						color={theme.color('offer')}
						format={now => `expires in ${formatWaiting(offer.expiresAt - now)}`}
					/>
				</Box>
				{how && (
					<Text color={theme.color('offer')} wrap="truncate">
						{`${sep}${how}`}
					</Text>
				)}
			</Box>
			{offer.transfer && (
				<Text wrap="truncate">{`from ${remoteLine(offer.transfer.from.name, theme.ascii)}: ${remoteLine(offer.transfer.note, theme.ascii)}`}</Text>
			)}
		</Box>
	);
}
