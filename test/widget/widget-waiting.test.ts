// The widget in real Chromium while nobody can answer: the place in line, and leaving a message (E11, E20).
import {describe, expect, it} from 'vitest';
import {waitFor} from '../helpers/wait-for.js';
import {account, busyAfterAnswering, connectAgent} from '../server/helpers.js';
import {
	axeViolations,
	browserSession,
	screenshots,
	shopPage,
	statusText,
	waitForStatus,
	widget,
	widgetServer,
} from './browser-kit.js';

const {openPage} = browserSession();

// A browser test waits on a loaded 2-core machine (two browsers at once under vitest's two workers): 90 s each.
describe('the widget while nobody can answer', {timeout: 90_000}, () => {
	it('with nobody online asks for an e-mail and leaves the message as a follow-up', async () => {
		const server = await widgetServer();
		const page = await openPage(shopPage(server), 'fi-FI');
		await widget(page, 'button.launcher').click();
		await waitFor(async () => (await widget(page, '.prechat p').textContent())?.startsWith('Kukaan ei juuri nyt'), {
			message: 'the nobody-online form',
		});
		expect(await widget(page, 'input[name=email]').getAttribute('required')).not.toBeNull();
		expect(await axeViolations(page)).toEqual([]);
		await screenshots(page, 'nobody-online');
		await widget(page, 'input[name=email]').fill('matti@example.com');
		await widget(page, 'textarea[name=leave]').fill('Tehosekoittimeni ei käynnisty. Voitteko auttaa?');
		await widget(page, 'button[type=submit]').click();
		await waitFor(
			async () => (await widget(page, '.rate [role=status]').textContent())?.includes('matti@example.com'),
			{
				message: 'the thanks for the message',
			},
		);
		expect(await axeViolations(page)).toEqual([]);
		await screenshots(page, 'message-left');

		const {client: alice} = await connectAgent(server, 'alice-token');
		const {followups} = await alice.call('followups.list');
		expect(followups).toEqual([expect.objectContaining({contact: 'matti@example.com', agent_id: 'alice'})]);
		// The follow-up carries the message: its owner may not be able to open the chat itself.
		expect(followups[0].note).toContain('Tehosekoittimeni ei käynnisty. Voitteko auttaa?');
	});

	it('shows the place in line while every agent is busy, and a message can be left instead', async () => {
		const server = await widgetServer({agents: [account('alice', {capacity: 1})]});
		const {client: alice} = await connectAgent(server, 'alice-token');
		// Three customers answered within seconds: enough real waits for a rough one (protocol 1.2, E7).
		await busyAfterAnswering(server, alice);

		const page = await openPage(shopPage(server), 'hu-HU');
		await widget(page, 'button.launcher').click();
		await widget(page, 'button[type=submit]').click();
		await waitForStatus(page, 'Ön következik a sorban.');
		expect(await statusText(page)).toBe(
			'Ön következik a sorban. A várakozási idő körülbelül egy perc. Köszönjük türelmét! A következő szabad munkatársunk hamarosan Önnel lesz.',
		);
		expect(await axeViolations(page)).toEqual([]);
		await screenshots(page, 'in-line');

		await widget(page, '.actions button:text("Inkább üzenetet hagyok")').click();
		await widget(page, 'input[name=leave-email]').waitFor();
		expect(await axeViolations(page)).toEqual([]);
		await screenshots(page, 'leave-instead');
		await widget(page, 'input[name=leave-email]').fill('kovacs.anna@example.com');
		await widget(page, 'textarea[name=leave]').fill('Kérem, hívjanak vissza a garancia ügyében.');
		await widget(page, 'form.leave button[type=submit]').click();
		await waitFor(
			async () => (await widget(page, '.rate [role=status]').textContent())?.includes('kovacs.anna@example.com'),
			{message: 'the thanks for the message'},
		);
		const {followups} = await alice.call('followups.list');
		expect(followups).toEqual([expect.objectContaining({contact: 'kovacs.anna@example.com'})]);
	});
});
