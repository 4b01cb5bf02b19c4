// The registry: lookup by name and alias, capability hiding with a clear error, unknown commands, /help.
import {describe, expect, it} from 'vitest';
import {COMMANDS, commandHelp, findCommand, visibleCommands} from '../../source/commands/index.js';
import {context, expectOnlyError, run} from './command-fixtures.js';

describe('registry', () => {
	it('has one entry per name and alias', () => {
		const words = COMMANDS.flatMap(command => [command.name, ...command.aliases]);
		expect(new Set(words).size).toBe(words.length);
		for (const name of [
			'canned',
			'hold',
			'unhold',
			'transfer',
			'end',
			'note',
			'name',
			'email',
			'followup',
			'lang',
			'split',
			'away',
			'online',
			'help',
		]) {
			expect(findCommand(name)?.name).toBe(name);
		}
	});

	it('finds by alias, with or without the slash, in any case', () => {
		expect(findCommand('c')?.name).toBe('canned');
		expect(findCommand('/C')?.name).toBe('canned');
	});

	it('hides commands whose capability the server lacks', () => {
		const names = visibleCommands([]).map(command => command.name);
		expect(names).not.toContain('hold');
		expect(names).not.toContain('unhold');
		expect(names).not.toContain('transfer');
		expect(names).not.toContain('followup');
		expect(names).toContain('end');
		expect(visibleCommands(['hold', 'transfer', 'followup']).map(command => command.name)).toContain('hold');
	});

	it('answers a hidden command with a clear error and nothing else', () => {
		const text = expectOnlyError(run('/hold 3 checking', context({capabilities: []})));
		expect(text).toBe('/hold is not available: this server does not support putting chats on hold.');
		expect(expectOnlyError(run('/t billing', context({capabilities: ['hold']})))).toMatch(/does not support transfers/);
	});

	it('answers an unknown command with a pointer to /help', () => {
		expect(expectOnlyError(run('/holdd 3'))).toMatch(/no command \/holdd\. Did you mean \/hold\?.*\/help/);
		expect(expectOnlyError(run('/xyz'))).toMatch(/no command \/xyz\. Type \/help/);
	});
});

describe('/help', () => {
	it('opens the desk help, which lists the visible commands with their usage', () => {
		expect(run('/help', context({capabilities: ['hold']}))).toEqual([{type: 'help'}]);
		const lines = commandHelp(['hold']);
		expect(lines).toContainEqual({
			command: '/hold',
			usage: '[minutes] [reason]',
			description: expect.stringContaining('on hold'),
		});
		expect(lines).toContainEqual({command: '/canned (/c)', usage: '[query]', description: expect.any(String)});
		expect(lines.map(line => line.command)).not.toContain('/transfer (/t)');
		expect(commandHelp(['hold', 'transfer'])).toContainEqual({
			command: '/transfer (/t)',
			usage: '[ask] [agent|department] [note for the colleague]',
			description: expect.any(String),
		});
	});

	it('shows one command, by name or alias', () => {
		expect(run('/help c')).toEqual([{type: 'alert', text: expect.stringMatching(/^\/canned \[query\] \(\/c\): /)}]);
		expect(run('/? /end')).toEqual([{type: 'alert', text: expect.stringMatching(/^\/end \[now\]/)}]);
	});

	it('refuses a command the server lacks, or extra words', () => {
		expect(expectOnlyError(run('/help transfer', context({capabilities: []})))).toMatch(
			/no command \/transfer\. Use: \/help \[command\]/,
		);
		expect(expectOnlyError(run('/help hold end'))).toMatch(/at most one/);
	});
});
