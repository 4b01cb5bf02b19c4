// Reading composer lines as commands, quoted arguments, and Tab completion for the palette.
import {describe, expect, it} from 'vitest';
import {COMMANDS, complete, completeCommand, parseCommandLine, visibleCommands} from '../../source/commands/index.js';

describe('parseCommandLine', () => {
	it('reads the name in lower case and the words after it', () => {
		const line = parseCommandLine('/HOLD 3 checking the warranty');
		expect(line?.name).toBe('hold');
		expect(line?.args.words).toEqual(['3', 'checking', 'the', 'warranty']);
		expect(line?.args.after(1)).toBe('checking the warranty');
	});

	it('groups quoted words and strips the quotes', () => {
		const line = parseCommandLine(`/transfer "Kari Nordmann" 'wants a refund'`);
		expect(line?.args.words).toEqual(['Kari Nordmann', 'wants a refund']);
		expect(line?.args.after(1)).toBe('wants a refund');
	});

	it('keeps the text as typed after the chosen words', () => {
		const line = parseCommandLine('/note  customer is "upset",   see order 12  ');
		expect(line?.args.text).toBe('customer is "upset",   see order 12');
		expect(line?.args.after(2)).toBe('"upset",   see order 12');
	});

	it('runs an unclosed quote to the end of the line', () => {
		expect(parseCommandLine('/name "Ola Nordmann')?.args.words).toEqual(['Ola Nordmann']);
	});

	it('treats messages, "//" and "/ " as no command', () => {
		expect(parseCommandLine('hello')).toBeNull();
		expect(parseCommandLine('//etc/hosts is the file')).toBeNull();
		expect(parseCommandLine('/ hello')).toBeNull();
		expect(parseCommandLine('')).toBeNull();
	});

	it('reads a command with no arguments', () => {
		const line = parseCommandLine('/end');
		expect(line?.args.words).toEqual([]);
		expect(line?.args.text).toBe('');
		expect(line?.args.after(0)).toBe('');
	});
});

describe('complete', () => {
	it('completes a unique prefix to the name and a space', () => {
		expect(completeCommand('/unh', ['hold']).completion).toBe('/unhold ');
		expect(completeCommand('/fo', ['followup']).completion).toBe('/followup ');
	});

	it('extends to the shared start when several match, and lists them', () => {
		const result = complete('/h', COMMANDS);
		expect(result.matches.map(match => match.word)).toEqual(['hold', 'help']);
		expect(result.completion).toBeNull();
		expect(completeCommand('/a', []).completion).toBe('/away ');
	});

	it('completes an alias typed in full', () => {
		expect(completeCommand('/c', []).completion).toBe('/c ');
	});

	it('lists every visible command for a bare slash', () => {
		expect(completeCommand('/', ['hold']).matches.map(match => match.command.name)).toEqual(
			visibleCommands(['hold']).map(command => command.name),
		);
	});

	it('offers nothing once arguments are being typed, or for no match', () => {
		expect(completeCommand('/hold 3', ['hold']).matches).toEqual([]);
		expect(completeCommand('/zz', []).completion).toBeNull();
	});

	it('never completes to a command the server lacks', () => {
		expect(completeCommand('/ho', []).matches).toEqual([]);
		expect(completeCommand('/t', []).matches.map(match => match.word)).toEqual([]);
	});
});
