// Small text builders: the E1 timer words, the typing line's tail, the alert line's priorities, the frame title.
import {describe, expect, it} from 'vitest';
import {frameTitleLine} from '../../../source/ui/components/frame/frame-title.js';
import {alertText} from '../../../source/ui/components/alert-line/alert-text.js';
import {tailToWidth, typingText} from '../../../source/ui/components/typing-line/typing-text.js';
import {waitTimerText} from '../../../source/ui/components/wait-timer/wait-timer-text.js';
import {createTheme} from '../../../source/ui/theme.js';

const theme = createTheme({unicode: true, color: 'none'});
const thresholds = {warnMs: 30_000, alarmMs: 60_000};

describe('waitTimerText (E1)', () => {
	it('says ok, wait and late with a symbol and a word, never by colour alone', () => {
		expect(waitTimerText(0, 12_000, thresholds, theme)).toEqual({text: '0:12', level: 'ok'});
		expect(waitTimerText(0, 41_000, thresholds, theme)).toEqual({text: '! wait 0:41', level: 'warn'});
		expect(waitTimerText(0, 72_000, thresholds, theme)).toEqual({text: '!! late 1:12', level: 'alarm'});
		expect(waitTimerText(0, 72_000, thresholds, theme, true)).toEqual({text: '!!1:12', level: 'alarm'});
		expect(waitTimerText(0, 20_000, {warnMs: 10_000, alarmMs: 15_000}, theme).level).toBe('alarm');
	});
});

describe('typingText (E23)', () => {
	it('keeps the newest end of the sneak peek', () => {
		expect(tailToWidth('the blades do not turn', 10, '…')).toBe('… not turn');
		expect(typingText('Sarah', 'the blades do not turn', 40, false, '…')).toBe(
			'Sarah is typing: the blades do not turn',
		);
		expect(typingText('Sarah', 'the blades do not turn at all when I press', 40, false, '…')).toBe(
			'Sarah is typing: …rn at all when I press',
		);
		expect(typingText('Sarah', null, 40, false, '…')).toBe('Sarah is typing…');
		expect(typingText('Sarah\u001B]0;x\u0007', 'a\u001B[2Jb', 40, false, '…')).toBe('Sarah is typing: ab');
	});
});

describe('alertText', () => {
	const base = {
		quitArmedAt: null,
		activeChats: 2,
		quitKey: 'Ctrl+C',
		note: null,
		alerts: [],
		connection: {state: 'connected' as const, sessionId: 's', resumed: false},
		ascii: false,
		now: 10_000,
	};
	it("puts the quit question first, then the desk's note, then notices, then the connection", () => {
		expect(alertText(base)).toBeNull();
		expect(alertText({...base, quitArmedAt: 9_000})?.text).toBe('! press Ctrl+C again to quit (2 active chats)');
		expect(alertText({...base, quitArmedAt: 9_000, activeChats: 0})?.text).toBe('! press Ctrl+C again to quit');
		// Issue 9: quitting with undelivered messages says how many, and that they are kept.
		expect(alertText({...base, quitArmedAt: 9_000, activeChats: 1, undelivered: 3})?.text).toBe(
			'! press Ctrl+C again to quit (1 active chat; 3 messages not delivered yet, kept for the next start)',
		);
		expect(alertText({...base, note: {text: 'saved', level: 'info', at: 9_000}})?.text).toBe('saved');
		const notice = {
			id: 'n1',
			kind: 'protocol.error' as const,
			level: 'warning' as const,
			text: 'odd',
			chatId: null,
			at: 0,
			count: 3,
		};
		expect(alertText({...base, alerts: [notice]})?.text).toBe('! odd (x3)');
		expect(
			alertText({...base, connection: {state: 'stopped', reason: 'the server refused the token', code: 4001}}),
		).toEqual({text: '!! the server refused the token', level: 'urgent'});
	});

	it("cleans the desk's own notes like remote text and folds them in ASCII mode (issue 9)", () => {
		// A note may quote a customer's name (the fresh look) or the agent's held keys.
		const note = {text: 'Look first: Kari\u001B]0;x\u0007 left; held: "…ok"', level: 'warning' as const, at: 9_000};
		expect(alertText({...base, note})?.text).toBe('! Look first: Kari left; held: "…ok"');
		expect(alertText({...base, note, ascii: true})?.text).toBe('! Look first: Kari left; held: "...ok"');
	});

	it('lets notes fade and the quit question expire', () => {
		expect(alertText({...base, now: 100_000, note: {text: 'old', level: 'info', at: 0}})).toBeNull();
		expect(alertText({...base, now: 100_000, quitArmedAt: 0})).toBeNull();
	});
});

describe('frameTitleLine', () => {
	it('puts the title in the top border and cuts it to the width', () => {
		expect(frameTitleLine('chats', 14, theme.border.normal, '…')).toBe('┌ chats ─────┐');
		expect(frameTitleLine('a very long title indeed', 12, theme.border.focused, '…')).toBe('╔ a very l…╗');
		expect(frameTitleLine('', 5, theme.border.normal, '…')).toBe('┌───┐');
	});
});
