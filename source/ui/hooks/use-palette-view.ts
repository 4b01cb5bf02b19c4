// The palette a pane shows over its composer: computed only while the focused draft is a command line, from the same input the keys see.
import {useMemo} from 'react';
import {visiblePalette, type PaletteView} from '../components/palette/index.js';
import {useDeskStores} from '../desk-context.js';
import {draftOf} from '../state/ui-state.js';
import {useDesk} from './use-desk.js';
import {useStoreSelector} from './use-store-selector.js';
import {useUi} from './use-ui.js';

export function usePaletteView(chatId: string | null, focused: boolean): PaletteView | null {
	const {canned: cannedStore} = useDeskStores();
	// Whether the draft is a command line first, and its text only while it is: a letter typed into an ordinary
	// draft must not re-render the pane around the composer (only the composer shows it).
	const open = useUi(state => focused && chatId !== null && draftOf(state, chatId).text.startsWith('/'));
	const draft = useUi(state => (open && chatId !== null ? draftOf(state, chatId).text : ''));
	const palette = useUi(state => (open ? state.palette : null));
	// Selected only while a palette is open, so messages arriving in the chat do not re-render an ordinary pane for it.
	const chat = useDesk(state => (open && chatId !== null ? (state.chats.get(chatId) ?? null) : null));
	const capabilities = useDesk(state => state.capabilities);
	const agent = useDesk(state => state.agent);
	const departments = useDesk(state => state.departments);
	const colleagues = useDesk(state => state.colleagues);
	const canned = useStoreSelector(cannedStore, library => library);
	return useMemo(
		() =>
			open && palette !== null
				? visiblePalette({draft, capabilities, canned, chat, agent, departments, colleagues}, palette)
				: null,
		[open, palette, draft, capabilities, canned, chat, agent, departments, colleagues],
	);
}
