// Notification escape strings: exact bytes, tmux passthrough, and hostile names that must not break out.
import {describe, expect, it} from 'vitest';
import {
	BELL,
	desktopNotificationSequence,
	MAX_BODY_CHARS,
	notificationSequence,
	osc777Sequence,
	osc9Sequence,
	wrapForTmux,
} from '../../../source/ui/terminal/notify.js';

const ESC = '\x1b';

/** The payload between the OSC introducer and its BEL must be free of controls. */
function payloadOf(sequence: string, introducer: string): string {
	expect(sequence.startsWith(introducer)).toBe(true);
	expect(sequence.endsWith('\x07')).toBe(true);
	const payload = sequence.slice(introducer.length, -1);
	expect(payload).not.toMatch(/[\x00-\x1f\x7f-\x9f]/);
	return payload;
}

describe('sequences', () => {
	it('rings the bell with BEL', () => {
		expect(BELL).toBe('\x07');
	});

	it('builds OSC 9', () => {
		expect(osc9Sequence({title: 'New chat', body: 'Sarah Jones'})).toBe(`${ESC}]9;New chat: Sarah Jones\x07`);
		expect(osc9Sequence({title: 'New chat'})).toBe(`${ESC}]9;New chat\x07`);
	});

	it('builds OSC 777', () => {
		expect(osc777Sequence({title: 'New chat', body: 'Sarah Jones'})).toBe(`${ESC}]777;notify;New chat;Sarah Jones\x07`);
		expect(osc777Sequence({title: 'Chat turned red'})).toBe(`${ESC}]777;notify;Chat turned red;\x07`);
	});

	it('keeps non-ASCII names', () => {
		expect(osc9Sequence({title: 'Ny chat', body: 'Ola Nordmann 王伟 😀'})).toBe(
			`${ESC}]9;Ny chat: Ola Nordmann 王伟 😀\x07`,
		);
	});
});

describe('hostile text', () => {
	const hostile = `Eve${ESC}]52;c;cm0gLXJmIH4=\x07\x07\n${ESC}[2J\x9b?1049h\u202Eevil; injected;field`;

	it('cannot end the OSC 9 sequence early or add a subcommand', () => {
		const payload = payloadOf(osc9Sequence({title: 'New chat', body: hostile}), `${ESC}]9;`);
		expect(payload).toBe('New chat: Eve evil, injected,field');
		// "4;" would be a progress-bar subcommand in ConEmu and Windows Terminal.
		expect(payloadOf(osc9Sequence({title: '4;3;100'}), `${ESC}]9;`)).toBe('4,3,100');
	});

	it('cannot add fields to OSC 777', () => {
		const payload = payloadOf(osc777Sequence({title: 'x;y', body: hostile}), `${ESC}]777;`);
		expect(payload.split(';')).toEqual(['notify', 'x,y', 'Eve evil, injected,field']);
	});

	it('caps long text', () => {
		const payload = payloadOf(osc777Sequence({title: 'T', body: 'b'.repeat(10_000)}), `${ESC}]777;`);
		expect(payload.length).toBeLessThanOrEqual('notify;T;'.length + MAX_BODY_CHARS);
	});
});

describe('tmux passthrough', () => {
	it('wraps in a DCS with every ESC doubled', () => {
		expect(wrapForTmux(`${ESC}]9;hi\x07`)).toBe(`${ESC}Ptmux;${ESC}${ESC}]9;hi\x07${ESC}\\`);
	});

	it('wraps desktop notifications only inside tmux', () => {
		const plain = desktopNotificationSequence({title: 'New chat'}, {kind: 'osc9', tmux: false});
		expect(plain).toBe(`${ESC}]9;New chat\x07`);
		const wrapped = desktopNotificationSequence({title: 'New chat'}, {kind: 'osc777', tmux: true});
		expect(wrapped).toBe(`${ESC}Ptmux;${ESC}${ESC}]777;notify;New chat;\x07${ESC}\\`);
	});

	it('leaves no single ESC inside the passthrough that could end it early', () => {
		const wrapped = desktopNotificationSequence({title: `a${ESC}\\b`, body: `${ESC}\\`}, {kind: 'osc777', tmux: true});
		const inner = wrapped.slice(`${ESC}Ptmux;`.length, -2);
		expect(inner.replaceAll(`${ESC}${ESC}`, '')).not.toContain(ESC);
	});
});

describe('notificationSequence', () => {
	it('combines the bell and the opt-in desktop notification', () => {
		const note = {title: 'New chat', body: 'Kari'};
		expect(notificationSequence(note, {bell: true, desktop: 'off', tmux: false})).toBe(BELL);
		expect(notificationSequence(note, {bell: false, desktop: 'off', tmux: true})).toBe('');
		expect(notificationSequence(note, {bell: true, desktop: 'osc9', tmux: false})).toBe(
			`${BELL}${ESC}]9;New chat: Kari\x07`,
		);
		expect(notificationSequence(note, {bell: true, desktop: 'osc9', tmux: true})).toBe(
			`${BELL}${ESC}Ptmux;${ESC}${ESC}]9;New chat: Kari\x07${ESC}\\`,
		);
	});
});
