// A typed key is drawn at once, even right after another frame: it never waits out Ink's frame budget (issue 16).
import {render} from 'ink';
import {afterEach, describe, expect, it} from 'vitest';
import {App} from '../../source/ui/app.js';
import {DeskProvider} from '../../source/ui/desk-provider.js';
import {waitFor} from '../helpers/wait-for.js';
import {chat, customerAuthor, deskStore, message, messagesEvent} from './helpers/fixtures.js';
import {fakeController, FakeStdin, FakeStdout, makeStores} from './helpers/render-desk.js';

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

describe('a key press', () => {
	it('is on screen long before the frame budget that another frame just opened runs out', async () => {
		const desk = deskStore({chats: [chat('c1'), chat('c2')], then: [{type: 'focus.chat', chatId: 'c1'}]});
		const stores = makeStores({desk});
		const stdout = new FakeStdout(100, 30);
		const stdin = new FakeStdin();
		const instance = render(
			<DeskProvider stores={stores} actions={fakeController()}>
				<App />
			</DeskProvider>,
			{
				stdout: stdout as never,
				stdin: stdin as never,
				stderr: new FakeStdout() as never,
				exitOnCtrlC: false,
				patchConsole: false,
				interactive: true,
				incrementalRendering: true,
				// One frame a second: a key that waited for the next frame would show up to 1 s late.
				maxFps: 1,
			},
		);
		unmount = () => instance.unmount();
		await waitFor(() => stdout.frames.join('').includes('type a message'));
		await new Promise(resolve => setTimeout(resolve, 1_100));
		// A message into the other chat draws a frame (its unread count) and opens a new frame budget...
		const written = stdout.frames.length;
		desk.dispatch(messagesEvent(message('c2', 1, customerAuthor('Ola Nordmann'), 'Hello?')));
		await waitFor(() => stdout.frames.length > written);
		// ...and a key pressed right after is drawn without waiting for it to run out.
		const pressed = performance.now();
		const before = stdout.frames.length;
		stdin.write('Q');
		await waitFor(() => stdout.frames.slice(before).join('').includes('Q'), {timeout: 2_000});
		expect(performance.now() - pressed).toBeLessThan(600);
	});
});
