// `switchboard accounts department add|list|remove`: the departments kept in the server's database, each with its
// name and, for customers, its name in their languages (E11: a customer reads about a department in their language).
import type {DepartmentConfig} from '../server/accounts.js';
import type {AccountStore} from '../server/store/accounts-contract.js';
import {id as idSchema, locale as localeSchema} from '../protocol/index.js';
import {UsageError} from './usage-error.js';

export type DepartmentFlags = {name?: string; nameIn?: string[]; replace: boolean};

const out = (line: string) => process.stdout.write(`${line}\n`);

export async function runDepartment(
	store: AccountStore,
	action: string | undefined,
	subject: string | undefined,
	flags: DepartmentFlags,
): Promise<number> {
	const actions = ['add', 'list', 'remove'];
	if (action === undefined || !actions.includes(action))
		throw new UsageError(
			`accounts department: expected one of ${actions.join(', ')}${action ? `, not "${action}"` : ''}`,
		);
	if (action === 'list') {
		if (subject !== undefined) throw new UsageError(`accounts department list: unexpected "${subject}"`);
		return list(store);
	}
	if (subject === undefined) throw new UsageError(`accounts department ${action}: expected a department ID`);
	return action === 'add' ? add(store, subject, flags) : remove(store, subject);
}

async function list(store: AccountStore): Promise<number> {
	const departments = await store.listDepartments();
	if (departments.length === 0) {
		out('no departments in the database (add one with: switchboard accounts department add ID --name NAME)');
		return 0;
	}
	const width = Math.max(2, ...departments.map(department => department.id.length));
	out(`${'id'.padEnd(width)}  name`);
	for (const department of departments) {
		const others = Object.entries(department.names ?? {}).map(([tag, name]) => `${tag}: ${name}`);
		out(`${department.id.padEnd(width)}  ${department.name}${others.length > 0 ? ` (${others.join('; ')})` : ''}`);
	}
	return 0;
}

async function add(store: AccountStore, departmentId: string, flags: DepartmentFlags): Promise<number> {
	if (!idSchema.safeParse(departmentId).success)
		throw new UsageError('accounts department add: the department id must be 1 to 64 characters');
	const name = flags.name?.trim();
	if (!name || name.length > 200)
		throw new UsageError('accounts department add: give its name (1 to 200 characters) with --name NAME');
	if (!flags.replace && (await store.listDepartments()).some(department => department.id === departmentId))
		throw new UsageError(`accounts department add: ${departmentId} exists already (--replace overwrites it)`);
	const department: DepartmentConfig = {id: departmentId, name};
	const names = namesIn(flags.nameIn ?? []);
	if (Object.keys(names).length > 0) department.names = names;
	await store.saveDepartment(department);
	out(
		`${flags.replace ? 'saved' : 'added'} department ${departmentId} (${name}); a running server sees it at its next start`,
	);
	return 0;
}

/** `--name-in nb=Teknisk støtte`: the name in one language, by its tag. */
function namesIn(values: readonly string[]): Record<string, string> {
	const names: Record<string, string> = {};
	for (const value of values) {
		const at = value.indexOf('=');
		const tag = value.slice(0, Math.max(at, 0)).trim();
		const name = value.slice(at + 1).trim();
		if (at < 1 || !localeSchema.safeParse(tag).success || !name || name.length > 200)
			throw new UsageError(
				`accounts department add: --name-in takes LANG=NAME, a language tag and a name of 1 to 200 characters ("nb=Teknisk støtte"), not "${value}"`,
			);
		names[tag] = name;
	}
	return names;
}

async function remove(store: AccountStore, departmentId: string): Promise<number> {
	// An agent account naming it would take no chats of it any more without anyone noticing: say who, change nothing.
	const serving = (await store.list()).filter(account => account.departments.includes(departmentId));
	if (serving.length > 0)
		throw new UsageError(
			`accounts department remove: ${departmentId} is still one of the departments of ${serving.map(account => account.id).join(', ')}; remove those accounts or import them again without it first`,
		);
	if (!(await store.removeDepartment(departmentId)))
		throw new UsageError(`accounts department remove: no department ${departmentId} in the database`);
	out(`removed department ${departmentId}; a running server stops offering it at its next start`);
	return 0;
}
