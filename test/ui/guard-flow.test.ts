// The guard in the composer (E3-E6): first Enter shows findings, Tab applies the rewrite, Enter again sends, Esc edits; commands and --no-guard skip it.
import {describe, expect, it} from 'vitest';
import {defaultGuardConfig, type GuardConfig} from '../../source/courtesy/guard/index.js';
import {handleKeyPress, type KeyActionDeps} from '../../source/ui/key-actions.js';
import {parseKeyPresses} from '../../source/ui/keys/key-press.js';
import {draftOf} from '../../source/ui/state/ui-state.js';
import {chat, customerAuthor, deskStore, message, messagesEvent, T0} from './helpers/fixtures.js';
import {fakeController, makeStores} from './helpers/render-desk.js';

function setup(guard: GuardConfig = defaultGuardConfig, locale = 'en') {
	const desk = deskStore({
		chats: [chat('c1', {locale, name: 'Sarah Jones'}), chat('c2', {name: 'Ola'})],
		then: [
			{type: 'focus.chat', chatId: 'c1'},
			messagesEvent(message('c1', 1, customerAuthor(), 'My blender does not spin')),
		],
	});
	const stores = makeStores({desk});
	const controller = fakeController();
	const deps: KeyActionDeps = {
		desk: stores.desk,
		ui: stores.ui,
		controller,
		keymap: stores.keymap,
		viewports: stores.viewports,
		guard,
		canned: stores.canned,
		now: () => T0,
	};
	const keys = (raw: string) => {
		for (const key of parseKeyPresses(raw)) handleKeyPress(key, deps);
	};
	const sent = () => controller.calls.filter(call => call.method === 'sendMessage').map(call => call.args[1]);
	return {
		stores,
		controller,
		keys,
		sent,
		draft: () => draftOf(stores.ui.getState(), 'c1').text,
		review: () => stores.ui.getState().guard,
	};
}

describe('the guard in the composer', () => {
	it('E6: the first Enter shows the findings and sends nothing; Enter again sends the text as it is', () => {
		const {keys, sent, review, draft} = setup();
		keys("I don't know, sorry");
		keys('\r');
		expect(sent()).toEqual([]);
		expect(review()?.findings.map(finding => finding.check)).toContain('negativePhrase');
		expect(review()?.findings.every(finding => finding.rule === 'E6' || finding.rule === 'E5')).toBe(true);
		expect(draft()).toBe("I don't know, sorry");
		keys('\r');
		expect(sent()).toEqual(["I don't know, sorry"]);
		expect(review()).toBeNull();
		expect(draft()).toBe('');
	});

	it('E6: Tab applies the suggested rewrite and checks the new text again; Enter then sends it', () => {
		const {keys, sent, review, draft} = setup();
		keys("I don't know.");
		keys('\r');
		expect(review()).not.toBeNull();
		keys('\t');
		const rewritten = draft();
		expect(rewritten).not.toContain("don't know");
		expect(rewritten.length).toBeGreaterThan(0);
		// The rewrite is clean, so the review went away and one Enter sends it.
		expect(review()).toBeNull();
		keys('\r');
		expect(sent()).toEqual([rewritten]);
	});

	it('Esc goes back to editing, and any edit drops the findings', () => {
		const {keys, review, sent} = setup();
		keys('PLEASE RESTART THE ROUTER NOW');
		keys('\r');
		expect(review()?.findings.map(finding => finding.check)).toContain('shouting');
		keys('\u001B');
		expect(review()).toBeNull();
		keys('\r');
		expect(review()).not.toBeNull();
		keys('!');
		expect(review()).toBeNull();
		expect(sent()).toEqual([]);
	});

	it('E3: flags a near-miss of the customer name and offers the right spelling', () => {
		const {keys, review, draft} = setup();
		keys('Hello Sara Jonse, let me check that for you.');
		keys('\r');
		expect(review()?.findings.some(finding => finding.check === 'nameSpelling' && finding.rule === 'E3')).toBe(true);
		keys('\t');
		expect(draft()).toContain('Sarah Jones');
	});

	it('a clean message goes out on the first Enter', () => {
		const {keys, sent, review} = setup();
		keys('Let me check the warranty for you, Sarah.');
		keys('\r');
		expect(review()).toBeNull();
		expect(sent()).toEqual(['Let me check the warranty for you, Sarah.']);
	});

	it('checks in the customer language: Norwegian negative wording is caught', () => {
		const {keys, review} = setup(defaultGuardConfig, 'nb');
		keys('Det vet jeg ikke.');
		keys('\r');
		expect(review()?.findings.map(finding => finding.check)).toContain('negativePhrase');
	});

	it('--no-guard (enabled false) sends at once', () => {
		const {keys, sent, review} = setup({...defaultGuardConfig, enabled: false});
		keys("I don't know!!!");
		keys('\r');
		expect(review()).toBeNull();
		expect(sent()).toEqual(["I don't know!!!"]);
	});

	it('a line starting with / goes to the commands, never through the guard; //text is a message starting with /', () => {
		const {keys, controller, sent} = setup();
		keys("/note I don't know what he means");
		keys('\r');
		expect(controller.calls.filter(call => call.method === 'runLine').map(call => call.args[1])).toEqual([
			"/note I don't know what he means",
		]);
		const other = setup();
		other.keys('//etc/hosts is the file');
		other.keys('\r');
		expect(other.sent()).toEqual(['/etc/hosts is the file']);
		expect(sent()).toEqual([]);
	});

	it('E12: a canned response sent with a value still to fill in is stopped once; filled in, it goes at once', () => {
		const {keys, sent, review, draft, stores} = setup();
		keys('/c pw');
		keys('\r');
		expect(draft()).toContain('[reset link]');
		keys('\r');
		expect(sent()).toEqual([]);
		expect(review()?.unfilled).toEqual(['[reset link]']);
		// Filled in (the marker replaced), the message goes out on the first Enter.
		const filled = draft().replace('[reset link]', 'https://acme.example/reset');
		stores.ui.dispatch({type: 'composer.edit', chatId: 'c1', edit: {type: 'replace', text: filled}});
		expect(review()).toBeNull();
		keys('\r');
		expect(sent()).toEqual([filled]);
	});

	it('E12: Enter again sends a canned response as it is, marker and all, when the agent means it', () => {
		const {keys, sent, review, draft} = setup();
		keys('/c pw');
		keys('\r');
		const inserted = draft();
		keys('\r');
		expect(review()?.unfilled).toEqual(['[reset link]']);
		keys('\r');
		expect(sent()).toEqual([inserted]);
	});
});
