// The widget in real Chromium: the invitation (E21), a dropped link in Norwegian, and a hostile host page.
import {createServer, type Server} from 'node:http';
import {describe, expect, it} from 'vitest';
import {startCutProxy, type CutProxy} from '../helpers/cut-proxy.js';
import {waitFor} from '../helpers/wait-for.js';
import {connectAgent} from '../server/helpers.js';
import {
	axeViolations,
	browserSession,
	focusedControl,
	screenshots,
	shopPage,
	waitForLog,
	waitForStatus,
	widget,
	widgetServer,
} from './browser-kit.js';

let proxy: CutProxy | undefined;
let hostPage: Server | undefined;

const {openPage} = browserSession(async () => {
	await proxy?.close();
	await new Promise(resolve => (hostPage ? hostPage.close(resolve) : resolve(undefined)));
	[proxy, hostPage] = [undefined, undefined];
});

// A browser test waits on a loaded 2-core machine (two browsers at once under vitest's two workers): 90 s each.
describe('the widget on a visit', {timeout: 90_000}, () => {
	it('invites once per visit after the page setting, in the browser language, and the invitation opens the chat', async () => {
		const server = await widgetServer();
		// Someone is there to answer: with nobody online the form would offer to leave a message instead.
		await connectAgent(server, 'alice-token');
		const page = await openPage(shopPage(server, '?invite=1'), 'sv-SE');
		await widget(page, '.invite').waitFor({timeout: 10_000});
		expect(await widget(page, '.invite p').textContent()).toBe(
			'Hej! Kan vi hjälpa dig med något? Vi svarar gärna på dina frågor.',
		);
		expect(await axeViolations(page)).toEqual([]);
		await screenshots(page, 'invitation');
		await widget(page, '.invite button.quiet').click();
		await widget(page, '.invite').waitFor({state: 'detached'});
		expect(await focusedControl(page)).toBe(null);

		// Once per visit: after a reload, twice the invitation's delay passes without a second one. (A bounded wait for
		// something that must NOT happen; there is no condition to wait on instead.)
		await page.reload();
		await widget(page, 'button.launcher').waitFor();
		await page.waitForTimeout(2_500);
		expect(await page.locator('switchboard-chat .invite').count()).toBe(0);

		// In a new visit (a fresh browser session) the invitation comes again, and accepting it opens the form.
		await page.context().close();
		const again = await openPage(shopPage(server, '?invite=1'), 'sv-SE');
		await widget(again, '.invite').waitFor({timeout: 10_000});
		await widget(again, '.invite button:not(.quiet)').click();
		await waitFor(async () => (await focusedControl(again)) === 'name', {message: 'focus in the pre-chat form'});
		expect(await widget(again, 'button[type=submit]').textContent()).toBe('Starta chatten');
	});

	it('keeps a Norwegian chat through a dropped link: what was typed offline goes out once, nothing is lost', async () => {
		const server = await widgetServer();
		proxy = await startCutProxy(server.port);
		const {client: alice} = await connectAgent(server, 'alice-token');
		const page = await openPage(`http://127.0.0.1:${proxy.port}/`, 'nb-NO');
		await widget(page, 'button.launcher').click();
		expect(await widget(page, '.note').textContent()).toBe(
			'For å svare deg raskere ser kundebehandleren det du skriver før du sender det.',
		);
		await widget(page, 'input[name=name]').fill('Kari Nordmann');
		await widget(page, 'button[type=submit]').click();
		const offered = await alice.waitForEvent('chat.offered');
		const chatId = offered.payload.chat.id as string;
		expect(offered.payload.chat.customer).toMatchObject({locale: 'nb', name: 'Kari Nordmann'});
		await alice.call('offer.accept', {chat_id: chatId});
		await waitForLog(page, 'Alice er med i chatten.');
		await alice.call('message.send', {
			chat_id: chatId,
			client_msg_id: 'a1',
			text: 'Hei Kari! Hva kan jeg hjelpe deg med?',
			visibility: 'public',
		});
		await waitForLog(page, 'Hva kan jeg hjelpe deg med?');

		proxy.block();
		proxy.cut();
		await waitForStatus(page, 'Forbindelsen ble brutt');
		await widget(page, 'textarea[name=message]').fill('Blenderen min har sluttet å virke');
		await widget(page, 'textarea[name=message]').press('Enter');
		await waitForLog(page, 'Sender …');
		await alice.call('message.send', {
			chat_id: chatId,
			client_msg_id: 'a2',
			text: 'Er du der fortsatt?',
			visibility: 'public',
		});
		await screenshots(page, 'offline');

		proxy.unblock();
		await alice.waitForEvent(
			'message.created',
			payload => payload.message.text === 'Blenderen min har sluttet å virke',
		);
		await waitForLog(page, 'Er du der fortsatt?');
		await waitFor(async () => !(await widget(page, '.log').textContent())?.includes('Sender …'), {
			message: 'the offline message confirmed',
		});
		const texts = await page.locator('switchboard-chat .msg .text').allTextContents();
		// In the server's order: the agent's question was stored while the customer's message waited offline.
		expect(texts).toEqual([
			'Hei Kari! Hva kan jeg hjelpe deg med?',
			'Er du der fortsatt?',
			'Blenderen min har sluttet å virke',
		]);
		const fromCustomer = alice.frames.filter(
			frame => frame.event === 'message.created' && frame.payload.message.author.type === 'customer',
		);
		expect(fromCustomer).toHaveLength(1);
	});

	it('works on a hostile page: global CSS, and the element name already taken by the page', async () => {
		const server = await widgetServer();
		const {client: alice} = await connectAgent(server, 'alice-token');
		hostPage = createServer((_request, response) => {
			response.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
			response.end(`<!doctype html><html lang="en"><head><title>Hostile shop</title><style>
* { font: italic 34px/3 serif !important; color: red !important; box-sizing: content-box !important; }
div, section, button, form, input, textarea, p { display: inline !important; position: static !important;
  background: yellow !important; border: 9px dashed green !important; width: 10px !important; }
body { transform: none; filter: none; }
</style><script>
customElements.define('switchboard-chat', class extends HTMLElement {
  connectedCallback() { this.textContent = 'the page own element'; }
});
</script></head><body><main><h1>Shop</h1><div>Products</div><switchboard-chat></switchboard-chat></main>
<script src="http://127.0.0.1:${server.port}/widget.js"></script></body></html>`);
		});
		await new Promise<void>(resolve => hostPage!.listen(0, '127.0.0.1', resolve));
		const {port} = hostPage.address() as {port: number};
		const page = await openPage(`http://127.0.0.1:${port}/`);
		const tag = 'switchboard-chat-2';
		const launcher = widget(page, 'button.launcher', tag);
		await launcher.waitFor();
		// The page's own element is untouched, and ours looks like itself.
		expect(await page.locator('main switchboard-chat').textContent()).toBe('the page own element');
		const style = await launcher.evaluate(element => {
			const computed = (globalThis as any).getComputedStyle(element);
			return {color: computed.color, fontSize: computed.fontSize, display: computed.display};
		});
		expect(style).toEqual({color: 'rgb(255, 255, 255)', fontSize: '15px', display: 'block'});
		const root = await widget(page, '.root', tag).evaluate(
			element => (globalThis as any).getComputedStyle(element).position,
		);
		expect(root).toBe('fixed');
		// No accessibility violations on the hostile page either, with the widget closed and open.
		expect(await axeViolations(page)).toEqual([]);
		await screenshots(page, 'hostile-page');

		await launcher.click();
		await widget(page, 'input[name=name]', tag).waitFor();
		expect(await axeViolations(page)).toEqual([]);
		await screenshots(page, 'hostile-page-prechat');
		await widget(page, 'button[type=submit]', tag).click();
		const offered = await alice.waitForEvent('chat.offered');
		await alice.call('offer.accept', {chat_id: offered.payload.chat.id});
		await widget(page, 'textarea[name=message]', tag).fill('Hello from a hostile page');
		await widget(page, 'textarea[name=message]', tag).press('Enter');
		await alice.waitForEvent('message.created', payload => payload.message.text === 'Hello from a hostile page');
	});
});
