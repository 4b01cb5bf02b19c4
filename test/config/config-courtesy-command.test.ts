// `switchboard config` for the courtesy options: JSON sections, dotted set/unset/get inside them, lists of files, values shown.
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {Readable} from 'node:stream';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {runConfig, type ConfigIo} from '../../source/cli/config.js';
import {UsageError} from '../../source/cli/usage-error.js';

let dir: string;
let output: string;

const io = (stdinText = '', env: NodeJS.ProcessEnv = {}): ConfigIo => ({
	stdout: {write: (text: string) => (output += text)},
	stdin: Readable.from([stdinText]),
	env: {XDG_CONFIG_HOME: dir, ...env},
	configDir: dir,
});

async function run(args: string[], stdinText?: string, env?: NodeJS.ProcessEnv): Promise<string> {
	output = '';
	expect(await runConfig(args, undefined, undefined, io(stdinText, env))).toBe(0);
	return output;
}

async function refused(args: string[]): Promise<string> {
	const before = existsSync(join(dir, 'config.json')) ? readFileSync(join(dir, 'config.json'), 'utf8') : null;
	const error: unknown = await runConfig(args, undefined, undefined, io()).then(
		() => null,
		(thrown: unknown) => thrown,
	);
	expect(error).toBeInstanceOf(UsageError);
	const message = (error as Error).message;
	expect(message).not.toContain('\n');
	// Nothing is written when the change is refused.
	expect(existsSync(join(dir, 'config.json')) ? readFileSync(join(dir, 'config.json'), 'utf8') : null).toBe(before);
	return message;
}

const stored = () => JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as Record<string, unknown>;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'switchboard-config-courtesy-'));
	output = '';
});
afterEach(() => rmSync(dir, {recursive: true, force: true}));

describe('config set/get of a whole section, as JSON', () => {
	it('saves a valid notices section and shows it as compact JSON', async () => {
		await run(['set', 'notices', '{"enabled": {"idle-close-offer": true}}']);
		expect(stored()).toEqual({notices: {enabled: {'idle-close-offer': true}}});
		expect(await run(['get', 'notices'])).toBe('{"enabled":{"idle-close-offer":true}}\n');
		expect(await run(['list'])).toContain('notices = {"enabled":{"idle-close-offer":true}}  [file]');
	});

	it('reads the section from stdin with "-"', async () => {
		await run(['set', 'guard-checks', '-'], '{"emoji": false}\n');
		expect(stored()).toEqual({'guard-checks': {emoji: false}});
	});

	it('refuses text that is not JSON, and a section with problems, naming each key', async () => {
		expect(await refused(['set', 'notices', '{enabled: yes}'])).toContain(
			`notices must be JSON text such as '{"enabled": {"idle-close-offer": true}}', not "{enabled: yes}"`,
		);
		const message = await refused([
			'set',
			'notices',
			'{"enabled": {"greting": true}, "templates": {"hold": {"en": ["Back soon"]}}}',
		]);
		expect(message).toContain('notices.enabled.greting: unknown notice kind (did you mean greeting?)');
		expect(message).toContain('notices.templates.hold.en[0]: must contain {{minutes}}');
		expect(await refused(['set', 'guard-checks', '{"emoji": {"max": 1000}}'])).toBe(
			'guard-checks.emoji.max: expected a whole number from 0 to 100, got 1000',
		);
	});
});

describe('config set/unset/get with a dotted key inside a section', () => {
	it('switches a notice on, and back to its default', async () => {
		expect(await run(['get', 'notices.enabled.idle-close-offer'])).toBe('false\n');
		expect(await run(['set', 'notices.enabled.idle-close-offer', 'true'])).toContain(
			'notices.enabled.idle-close-offer = true (saved in',
		);
		expect(stored()).toEqual({notices: {enabled: {'idle-close-offer': true}}});
		expect(await run(['get', 'notices.enabled.idle-close-offer'])).toBe('true\n');
		await run(['set', 'notices.enabled.hold', 'false']);
		await run(['unset', 'notices.enabled.idle-close-offer']);
		expect(stored()).toEqual({notices: {enabled: {hold: false}}});
		// The last setting gone, the section goes too.
		await run(['unset', 'notices.enabled.hold']);
		expect(stored()).toEqual({});
	});

	it('sets guard settings, parsing JSON values and keeping plain words as text', async () => {
		expect(await run(['get', 'guard-checks.longMessage.maxLength'])).toBe('500\n');
		await run(['set', 'guard-checks.longMessage.maxLength', '400']);
		await run(['set', 'guard-checks.emoji.mirror', 'any']);
		await run(['set', 'guard-checks.jargon.terms', '["RMA", {"term": "SLA", "plain": "agreed response time"}]']);
		expect(stored()).toEqual({
			'guard-checks': {
				longMessage: {maxLength: 400},
				emoji: {mirror: 'any'},
				jargon: {terms: ['RMA', {term: 'SLA', plain: 'agreed response time'}]},
			},
		});
		expect(await run(['get', 'guard-checks.longMessage'])).toBe('{"enabled":true,"maxLength":400}\n');
		expect(await run(['get', 'guard-checks.emoji.mirror'])).toBe('any\n');
		await run(['unset', 'guard-checks.emoji']);
		expect(stored()).toEqual({
			'guard-checks': {
				longMessage: {maxLength: 400},
				jargon: {terms: ['RMA', {term: 'SLA', plain: 'agreed response time'}]},
			},
		});
	});

	it('keeps a check written as a switch when one of its settings is set', async () => {
		await run(['set', 'guard-checks.emoji', 'false']);
		await run(['set', 'guard-checks.emoji.max', '3']);
		expect(stored()).toEqual({'guard-checks': {emoji: {enabled: false, max: 3}}});
	});

	it('sets a wording list inside notices.templates', async () => {
		await run(['set', 'notices.templates.hold-end.nb', '["Takk for at du ventet, {{customer.name}}!"]']);
		expect(stored()).toEqual({notices: {templates: {'hold-end': {nb: ['Takk for at du ventet, {{customer.name}}!']}}}});
	});

	it('refuses what the whole section would not accept, and writes nothing', async () => {
		await run(['set', 'guard-checks.emoji.max', '3']);
		expect(await refused(['set', 'guard-checks.emoji.max', 'many'])).toBe(
			'guard-checks.emoji.max: expected a whole number from 0 to 100, got "many"',
		);
		expect(await refused(['set', 'guard-checks.emoj.max', '3'])).toContain(
			'guard-checks.emoj: unknown option (known: negativePhrase',
		);
		expect(await refused(['set', 'notices.enabled.idle-close-offer', 'maybe'])).toBe(
			'notices.enabled.idle-close-offer: expected true or false, got "maybe"',
		);
		expect(await refused(['set', 'notices.enabled..x', 'true'])).toContain('"notices.enabled..x" is not a setting');
		expect(stored()).toEqual({'guard-checks': {emoji: {max: 3}}});
	});

	it('refuses a change that breaks a rule between settings', async () => {
		await run(['set', 'idle-close-offer-minutes', '2']);
		expect(await refused(['set', 'notices.enabled.idle-close-offer', 'true'])).toBe(
			'idle-close-offer-minutes (2, from file) must be above idle-check-in-minutes (3, from default)',
		);
	});
});

describe('config for the other courtesy options', () => {
	it('takes a comma-separated list of canned files, made absolute, and shows it comma-separated', async () => {
		expect(await run(['set', 'canned', '/srv/team.yaml,/srv/billing.yaml'])).toContain(
			'canned = /srv/team.yaml,/srv/billing.yaml (saved in',
		);
		expect(stored()).toEqual({canned: ['/srv/team.yaml', '/srv/billing.yaml']});
		expect(await run(['get', 'canned'])).toBe('/srv/team.yaml,/srv/billing.yaml\n');
		await run(['set', 'personal-canned', 'mine.yaml']);
		expect(stored()['personal-canned']).toBe(join(process.cwd(), 'mine.yaml'));
	});

	it('shows what an unset zone, language and personal file stand for', async () => {
		expect(await run(['get', 'personal-canned'])).toBe(`${join(dir, 'switchboard', 'canned.yaml')}\n`);
		expect(await run(['get', 'desk-language'])).toBe('en\n');
		expect(await run(['get', 'time-zone'])).toBe(`${Intl.DateTimeFormat().resolvedOptions().timeZone}\n`);
		const listed = await run(['list']);
		expect(listed).toContain('guard = true  [default]');
		expect(listed).toContain('guard-checks = {}  [default]');
		expect(listed).toContain('canned = (not set)  [default]');
		expect(listed).toContain('hold-update-seconds = 60  [default]');
		expect(listed).toContain('desk-language = en  [default]');
	});

	it('checks and canonicalises zone and language, refusing "Mars/Base"', async () => {
		await run(['set', 'time-zone', 'europe/oslo']);
		await run(['set', 'desk-language', 'NB-no']);
		expect(stored()).toEqual({'time-zone': 'Europe/Oslo', 'desk-language': 'nb-NO'});
		expect(await refused(['set', 'time-zone', 'Mars/Base'])).toBe(
			'time-zone must be an IANA time zone such as Europe/Oslo, Asia/Shanghai or UTC, not "Mars/Base"',
		);
		expect(await refused(['set', 'hold-warn-seconds', '601'])).toBe(
			'hold-warn-seconds must be a whole number from 0 to 600, not "601"',
		);
		expect(await refused(['set', 'guard', 'maybe'])).toBe('guard must be true or false, not "maybe"');
	});

	it('names the dotted forms among the known settings', async () => {
		expect(await refused(['get', 'gaurd'])).toContain('guard-checks.CHECK.SETTING, notices.enabled.KIND');
	});
});
