// Issue 9: a focused pane with no chat offers desk commands, and shows their palette and line when "/" is typed.
import {afterEach, expect, it} from 'vitest';
import {Pane} from '../../../source/ui/components/pane/pane.js';
import {DESK_LINE} from '../../../source/ui/state/ui-state.js';
import {waitFor} from '../../helpers/wait-for.js';
import {deskStore} from '../helpers/fixtures.js';
import {renderComponent} from '../helpers/render-desk.js';

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

it('an empty focused pane says / runs desk commands, and shows the palette and the line once typed', async () => {
	const view = renderComponent(
		<Pane index={0} rect={{x: 0, y: 0, width: 60, height: 14}} focused detailsOver={false} />,
		{
			desk: deskStore(),
		},
	);
	unmount = view.unmount;
	await waitFor(() => view.lastFrame().includes('/ runs desk commands'));
	view.stores.ui.dispatch({type: 'composer.edit', chatId: DESK_LINE, edit: {type: 'insert', text: '/aw'}});
	const frame = await waitFor(() => view.lastFrame().includes('> /aw') && view.lastFrame());
	expect(frame).toMatch(/away/);
	expect(frame).not.toContain('/ runs desk commands');
});
