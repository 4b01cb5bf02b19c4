// Hostile customer text end to end: escape sequences, C1 controls and bidi overrides in a name and in messages reach the
// agent's screen as harmless text; the terminal's title, clipboard, cursor and screen stay the desk's.
import {afterEach, describe, expect, it} from 'vitest';
import {startDesk, stopDesks} from '../helpers/pty-desk.js';
import {keys, type PtyScreen} from '../helpers/pty-screen.js';
import {closeAll, joinCustomer} from '../server/helpers.js';
import {deskServer, say, TOKEN} from './desk-kit.js';

afterEach(async () => {
	await stopDesks();
	await closeAll();
});

const ESC = '\x1b';
const BEL = '\x07';

/** Each hostile message: what it carries, and the harmless words around it that must still show. */
const HOSTILE = [
	{what: 'cursor movement', text: `moveA${ESC}[2;1H${ESC}[5Afake header${ESC}[u moveB`, shows: ['moveA', 'moveB']},
	{
		what: 'screen clear and reset',
		text: `clearA${ESC}[2J${ESC}[3J${ESC}c${ESC}[?1049l clearB`,
		shows: ['clearA', 'clearB'],
	},
	{
		what: 'OSC 52 clipboard write',
		text: `clipA${ESC}]52;c;cm0gLXJmIH4=${BEL} clipB${ESC}]52;p;cm0=${ESC}\\`,
		shows: ['clipA', 'clipB'],
	},
	{
		what: 'title change',
		text: `titleA${ESC}]0;owned${BEL}${ESC}]2;owned too${ESC}\\ titleB`,
		shows: ['titleA', 'titleB'],
	},
	{
		what: 'C1 controls (8-bit CSI, OSC, DCS)',
		text: `c1A\u009b2J\u009d0;c1 title\u009c\u0090qdcs\u009c\u0085 c1B`,
		shows: ['c1A', 'c1B'],
	},
	{
		what: 'bidi override',
		text: `bidiA \u202Egnp.exe\u202C \u2066iso\u2069 bidiB`,
		shows: ['bidiA', 'bidiB', 'gnp.exe'],
	},
	{
		what: 'hyperlink and hidden text',
		text: `linkA ${ESC}]8;;https://evil.example${BEL}click${ESC}]8;;${BEL} ${ESC}[8mhidden${ESC}[0m linkB`,
		shows: ['linkA', 'linkB', 'click'],
	},
];

const HOSTILE_NAME = `Eve${ESC}]0;name title${BEL}${ESC}[2J\u202Eevil\u202C\u009b31m Mallory`;

/** No control sequence a customer wrote may reach the pty: the desk's own output has none of these. */
async function expectNothingLeaked(desk: PtyScreen) {
	// A whole frame, not half of one: Ink hides the cursor while it draws.
	await desk.waitForQuiet(150);
	const raw = desk.rawOutput();
	expect(desk.titles).toEqual([]);
	expect(desk.oscs.filter(osc => osc.id === 52 || osc.id === 8)).toEqual([]);
	expect(raw).not.toMatch(/\x1b\]52;|\x1b\][012];|\x1b\]8;/);
	expect(raw).not.toContain('owned');
	expect(raw).not.toContain('name title');
	expect(raw).not.toContain('c1 title');
	// C1 controls are never legitimate output from a UTF-8 program; bidi controls are never the desk's own.
	expect(raw).not.toMatch(/[\u0080-\u009f]/);
	expect(raw).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
	expect(desk.alternateScreen()).toBe(true);
	// The cursor is where the desk puts it: at the focused composer's prompt, not where a customer moved it.
	const cursor = desk.cursor();
	expect(cursor.visible).toBe(true);
	expect(desk.line(cursor.y)).toMatch(/> /);
}

describe('hostile customer text', () => {
	it('shows a hostile name and hostile messages harmlessly, and nothing else on the terminal changes', async () => {
		const server = await deskServer();
		const desk = await startDesk(server.url, TOKEN, {cols: 120, rows: 40});
		await desk.waitForText('connected');
		const header = desk.line(0);

		const {client: customer} = await joinCustomer(server, {name: HOSTILE_NAME});
		await desk.waitForText('Mallory');
		desk.write(keys.alt('a'));
		await desk.waitForText(/Enter accept/);
		desk.write(keys.enter);
		await customer.waitForEvent('chat.updated', payload => payload.chat.status === 'active');

		for (const {text} of HOSTILE) await say({customer}, text);
		await desk.waitForText('linkB');
		await desk.waitForQuiet(150);
		const screen = desk.screenText();
		for (const {what, shows} of HOSTILE) {
			for (const word of shows) expect(screen, `${what}: "${word}" on screen`).toContain(word);
		}
		// The name shows with its letters and without its controls.
		expect(screen).toMatch(/Eve.*evil.*Mallory/);
		// The frame is the desk's: header and hints where they belong, no "fake header" drawn over row 2.
		expect(desk.line(0).slice(0, 30)).toBe(header.slice(0, 30));
		expect(desk.line(desk.rows - 1)).toMatch(/help/);
		expect(desk.line(1)).not.toContain('fake header');
		await expectNothingLeaked(desk);

		// Still a working desk afterwards.
		desk.write(`All is well on this side.${keys.enter}`);
		await customer.waitForEvent('message.created', payload => payload.message.text === 'All is well on this side.');
		await expectNothingLeaked(desk);
	});
});
