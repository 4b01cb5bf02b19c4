// The desk: full screen at the terminal's size, reflowed on resize; header, chat list, panes, details, alerts and hints.
import {Box, useWindowSize} from 'ink';
import {useMemo, type ReactNode} from 'react';
import {focusedChatId} from '../core/desk-state.js';
import {ChatList} from './components/chat-list/chat-list.js';
import {ChatSwitcher} from './components/chat-switcher/chat-switcher.js';
import {CustomerDetailsPanel} from './components/details/customer-details.js';
import {EarlierChats} from './components/earlier-chats/earlier-chats.js';
import {Header} from './components/header/header.js';
import {HelpOverlay} from './components/help-overlay/help-overlay.js';
import type {HintContext} from './components/key-hints/hint-text.js';
import {KeyHints} from './components/key-hints/key-hints.js';
import {AlertLine, useAlertRows, useAlertShown} from './components/alert-line/alert-line.js';
import {alertRowCap, type AlertRow} from './components/alert-line/alert-rows.js';
import type {AlertText} from './components/alert-line/alert-text.js';
import {AlertLog} from './components/alert-log/alert-log.js';
import {OfferStrip} from './components/offer-strip/offer-strip.js';
import {Pane} from './components/pane/pane.js';
import {TokenPrompt} from './components/token-prompt/token-prompt.js';
import {useDesk} from './hooks/use-desk.js';
import {useDeskInput} from './hooks/use-desk-input.js';
import {useUi} from './hooks/use-ui.js';
import {hasComposer} from './key-actions.js';
import {deskLayout, type Rect} from './layout/desk-layout.js';

function Place({rect, children}: {rect: Rect; children: ReactNode}) {
	return (
		<Box position="absolute" top={rect.y} left={rect.x} width={rect.width} height={rect.height} overflow="hidden">
			{children}
		</Box>
	);
}

/** Which hints fit what the focused pane shows: an offer, a composer, or nothing to write in. */
function useHintContext(): HintContext {
	return useDesk(state => {
		const chatId = focusedChatId(state);
		return chatId !== null && state.offers.has(chatId) ? 'offer' : hasComposer(state, chatId) ? 'composer' : 'empty';
	});
}

/** Below 80x24 the alert rows hold the hints when there is no alert. */
function BottomLine({
	compact,
	shown,
	rows,
	width,
}: {
	compact: boolean;
	shown: AlertText;
	rows: readonly AlertRow[];
	width: number;
}) {
	const context = useHintContext();
	if (compact && !shown) return <KeyHints context={context} width={width} />;
	return <AlertLine shown={shown} rows={rows} />;
}

export function App() {
	const {columns, rows} = useWindowSize();
	const paneCount = useDesk(state => state.view.panes.length);
	const focusedPane = useDesk(state => state.view.focusedPane);
	const detailsOpen = useDesk(state => state.view.detailsOpen);
	const focusedChat = useDesk(state => state.view.panes[state.view.focusedPane] ?? null);
	const overlay = useUi(state => state.overlay);
	const hintContext = useHintContext();
	const offersWaiting = useDesk(state => state.offers.size > 0);
	const alert = useAlertShown();
	const alertRows = useAlertRows(alert, columns, alertRowCap(rows));
	const layout = useMemo(
		() => deskLayout(columns, rows, paneCount, detailsOpen, alertRows.length, offersWaiting),
		[columns, rows, paneCount, detailsOpen, alertRows.length, offersWaiting],
	);
	useDeskInput();

	return (
		<Box
			width={layout.header.width}
			height={layout.alert.y + layout.alert.height + (layout.hints ? 1 : 0)}
			position="relative"
			flexDirection="column"
		>
			<Place rect={layout.header}>
				<Header width={layout.header.width} />
			</Place>
			{layout.offers && (
				<Place rect={layout.offers}>
					<OfferStrip width={layout.offers.width} />
				</Place>
			)}
			{overlay === 'help' ? (
				<Place rect={layout.body}>
					<HelpOverlay width={layout.body.width} height={layout.body.height} />
				</Place>
			) : overlay === 'alerts' ? (
				<Place rect={layout.body}>
					<AlertLog width={layout.body.width} height={layout.body.height} />
				</Place>
			) : overlay === 'switcher' ? (
				<Place rect={layout.body}>
					<ChatSwitcher width={layout.body.width} height={layout.body.height} />
				</Place>
			) : overlay === 'earlier' ? (
				<Place rect={layout.body}>
					<EarlierChats width={layout.body.width} height={layout.body.height} />
				</Place>
			) : overlay === 'token' ? (
				<Place rect={layout.body}>
					<TokenPrompt width={layout.body.width} height={layout.body.height} />
				</Place>
			) : (
				<>
					{layout.list && (
						<Place rect={layout.list}>
							<ChatList width={layout.list.width} height={layout.list.height} compact={layout.compact} />
						</Place>
					)}
					{layout.panes.map((rect, index) => (
						<Place key={index} rect={rect}>
							<Pane index={index} rect={rect} focused={index === focusedPane} detailsOver={layout.detailsOver} />
						</Place>
					))}
					{layout.details && (
						<Place rect={layout.details}>
							<CustomerDetailsPanel chatId={focusedChat} width={layout.details.width} height={layout.details.height} />
						</Place>
					)}
				</>
			)}
			<Place rect={layout.alert}>
				<BottomLine compact={layout.compact} shown={alert} rows={alertRows} width={layout.alert.width} />
			</Place>
			{layout.hints && (
				<Place rect={layout.hints}>
					<KeyHints context={hintContext} width={layout.hints.width} />
				</Place>
			)}
		</Box>
	);
}
