// The accounts file and --token flag parsing for `switchboard serve`.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {loadAccountsFile, parseTokenFlag} from '../../source/server/accounts.js';
import {startServer} from '../../source/server/server.js';

const dir = mkdtempSync(join(tmpdir(), 'switchboard-accounts-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

function file(name: string, content: unknown): string {
	const path = join(dir, name);
	writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
	return path;
}

describe('loadAccountsFile', () => {
	it('reads departments and agents, with defaults', () => {
		const path = file('ok.json', {
			departments: [{id: 'billing', name: 'Billing', names: {nb: 'Fakturering', 'zh-CN': '账单'}}],
			agents: [
				{id: 'alex', name: 'Alex', company: 'Acme', token: 's3cret', departments: ['billing'], capacity: 3},
				{id: 'kim', name: 'Kim', token: 't0ken'},
			],
		});
		expect(loadAccountsFile(path)).toEqual({
			departments: [{id: 'billing', name: 'Billing', names: {nb: 'Fakturering', 'zh-CN': '账单'}}],
			agents: [
				{id: 'alex', name: 'Alex', company: 'Acme', token: 's3cret', departments: ['billing'], capacity: 3},
				{id: 'kim', name: 'Kim', token: 't0ken', departments: []},
			],
		});
	});

	it('refuses a department name under something that is not a language tag', () => {
		const path = file('names.json', {
			departments: [{id: 'billing', name: 'Billing', names: {Norsk: 'Fakturering'}}],
			agents: [{id: 'a', name: 'A', token: 't'}],
		});
		expect(() => loadAccountsFile(path)).toThrow(/names\.json: departments\.0\.names/);
	});

	it('names the file and the field in every error, and never quotes tokens', () => {
		expect(() => loadAccountsFile(join(dir, 'missing.json'))).toThrow(
			/missing\.json: cannot read the accounts file \(ENOENT\)/,
		);
		expect(() => loadAccountsFile(file('bad.json', '{"agents": [{"token": "s3cret"'))).toThrow(
			/bad\.json: not valid JSON/,
		);
		expect(() => loadAccountsFile(file('bad.json', '{"agents": [{"token": "s3cret"'))).not.toThrow(/s3cret/);
		expect(() =>
			loadAccountsFile(file('field.json', {agents: [{id: 'a', name: 'A', token: 't', capacity: 0}]})),
		).toThrow(/field\.json: agents\.0\.capacity/);
		expect(() => loadAccountsFile(file('none.json', {agents: []}))).toThrow(/none\.json: agents/);
		expect(() =>
			loadAccountsFile(
				file('dup.json', {
					agents: [
						{id: 'a', name: 'A', token: 't'},
						{id: 'b', name: 'B', token: 't'},
					],
				}),
			),
		).toThrow(/dup\.json: agents\.1\.token: the same token/);
		expect(() =>
			loadAccountsFile(file('dept.json', {agents: [{id: 'a', name: 'A', token: 't', departments: ['x']}]})),
		).toThrow(/dept\.json: agents\.0\.departments\.0: no department "x"/);
	});
});

describe('parseTokenFlag', () => {
	it('reads TOKEN, ID:TOKEN and ID:NAME:TOKEN', () => {
		expect(parseTokenFlag('abc')).toEqual({id: 'agent', name: 'Agent', company: null, token: 'abc', departments: []});
		expect(parseTokenFlag('alex:abc')).toMatchObject({id: 'alex', name: 'Agent', token: 'abc'});
		expect(parseTokenFlag('alex:Alex Doe:abc:def')).toMatchObject({id: 'alex', name: 'Alex Doe', token: 'abc:def'});
	});

	it('refuses empty parts without repeating the secret', () => {
		expect(() => parseTokenFlag('')).toThrow(/token is empty/);
		expect(() => parseTokenFlag('alex:')).toThrow(/token is empty/);
		expect(() => parseTokenFlag(':s3cret')).toThrow(/agent id is empty/);
		expect(() => parseTokenFlag('a::s3cret')).toThrow(/name is empty/);
		expect(() => parseTokenFlag(':s3cret')).not.toThrow(/s3cret/);
	});
});

describe('startServer option checks', () => {
	it('refuses duplicate agents and bad timers before listening', async () => {
		await expect(startServer({agents: [parseTokenFlag('a'), parseTokenFlag('b')]})).rejects.toThrow(
			/agents\.1\.id: "agent" appears twice/,
		);
		await expect(startServer({agents: [], heartbeatMs: 0})).rejects.toThrow(/heartbeatMs/);
	});
});
