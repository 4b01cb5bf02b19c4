// The palette's input taken from the desk's state, so the pane that draws it and the key handler that routes to it see the same view.
import type {CannedResponse} from '../../../canned/index.js';
import type {DeskState} from '../../../core/index.js';
import type {PaletteInput} from './palette-view.js';

/** Everything paletteView needs for `chatId`'s composer holding `draft`. */
export function paletteInput(
	desk: DeskState,
	chatId: string | null,
	draft: string,
	canned: readonly CannedResponse[],
): PaletteInput {
	return {
		draft,
		capabilities: desk.capabilities,
		canned,
		chat: chatId === null ? null : (desk.chats.get(chatId) ?? null),
		agent: desk.agent,
		departments: desk.departments,
		colleagues: desk.colleagues,
	};
}
