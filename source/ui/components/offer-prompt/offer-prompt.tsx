// What an offered chat shows above its composer: how to accept or decline, when it expires, and a colleague's transfer brief (E11).
import {Box, Text} from 'ink';
import {formatWaiting} from '../../../core/response-timer.js';
import {selectOffer} from '../../../core/selectors.js';
import {useDeskStores} from '../../desk-context.js';
import {useDesk} from '../../hooks/use-desk.js';
import {ClockText} from '../clock-text/clock-text.js';
import {offerLines} from './offer-lines.js';

export function OfferPrompt({chatId, width}: {chatId: string; width: number}) {
	const {theme, keymap} = useDeskStores();
	const offer = useDesk(state => selectOffer(state, chatId));
	if (!offer) return null;
	const lines = offerLines(offer, width, keymap, theme);
	const color = theme.color('offer');
	// The expiry never shrinks; keys that do not fit after it wrap onto rows of their own, never cut.
	return (
		<Box flexDirection="column" width={width} flexShrink={0}>
			<Box width={width} height={1}>
				<Box flexShrink={0}>
					<Text color={color} bold>
						{lines.lead}
					</Text>
					<ClockText color={color} format={now => `expires in ${formatWaiting(offer.expiresAt - now)}`} />
				</Box>
				{lines.inlineKeys !== '' && (
					<Text color={color} wrap="truncate">
						{lines.inlineKeys}
					</Text>
				)}
			</Box>
			{lines.keyRows.map((row, index) => (
				<Text key={`keys-${index}`} color={color} wrap="truncate">
					{row}
				</Text>
			))}
			{lines.briefRows.map((row, index) => (
				<Text key={`brief-${index}`} wrap="truncate">
					{row}
				</Text>
			))}
		</Box>
	);
}
