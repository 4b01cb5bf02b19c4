// Each command's --help against the flags the command takes (issue 10): a flag added or dropped shows up here.
import {describe, expect, it} from 'vitest';
import {ACCOUNTS_FLAGS} from '../../source/cli/accounts.js';
import {CANNED_FLAGS} from '../../source/cli/canned.js';
import {CONFORMANCE_FLAGS} from '../../source/cli/conformance.js';
import {DATA_FLAGS} from '../../source/cli/data.js';
import {DEMO_FLAGS} from '../../source/cli/demo.js';
import {deskFlagTable} from '../../source/cli/desk.js';
import {
	accountsHelp,
	cannedHelp,
	conformanceHelp,
	dataHelp,
	demoHelp,
	deskHelp,
	serveHelp,
} from '../../source/cli/help-text.js';
import {SERVE_FLAGS} from '../../source/cli/serve.js';

const kebab = (name: string) => name.replaceAll(/[A-Z]/g, letter => `-${letter.toLowerCase()}`);

/**
 * Every flag the text names: `--name`, `--[no-]name` and `--no-name` all name `name`. Another command's flag is
 * written after that command ("serve --retain-days N") and is not this command's.
 */
function namedFlags(help: string): Set<string> {
	const own = help.replaceAll(/\b(serve|demo|desk|accounts|data|conformance|config|canned) --[a-z-]+/g, '');
	const names = [...own.matchAll(/--(?:\[no-\])?([a-z][a-z0-9-]*)/g)].map(match => match[1]!);
	return new Set(names.map(name => name.replace(/^no-/, '')).filter(name => name !== 'help' && name !== 'version'));
}

describe('each command help names exactly the flags the command takes', () => {
	it.each([
		['demo', demoHelp, DEMO_FLAGS],
		['desk', deskHelp, deskFlagTable()],
		['serve', serveHelp, SERVE_FLAGS],
		['accounts', accountsHelp, ACCOUNTS_FLAGS],
		['data', dataHelp, DATA_FLAGS],
		['conformance', conformanceHelp, CONFORMANCE_FLAGS],
		['canned', cannedHelp, CANNED_FLAGS],
	] as const)('%s', (_command, help, flags) => {
		const taken = new Set(Object.keys(flags).map(kebab));
		expect([...namedFlags(help)].filter(name => !taken.has(name)).sort()).toEqual([]);
		expect([...taken].filter(name => !namedFlags(help).has(name)).sort()).toEqual([]);
	});
});
