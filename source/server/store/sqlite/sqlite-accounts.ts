// Agent accounts and departments in the SQLite database (tables of migration 2).
import type {DepartmentConfig} from '../../accounts.js';
import {accountTaken, type AccountPatch, type AccountRecord, type AccountStore} from '../accounts-contract.js';
import {missing, type Synchronous} from '../contract.js';
import type {Row, SqlValue} from './rows.js';

const COLUMNS = 'id, name, company, departments, capacity, token_key, token_hash, created_at';

function accountFromRow(row: Row): AccountRecord {
	const [id, name, company, departments, capacity, token_key, token_hash, created_at] = row as [
		string,
		string,
		string | null,
		string,
		number,
		string,
		string,
		number,
	];
	return {
		id,
		name,
		company,
		departments: JSON.parse(departments) as string[],
		capacity,
		token_key,
		token_hash,
		created_at,
	};
}

/** The store's statements: rows as arrays in column order, and its BEGIN IMMEDIATE wrapper. */
export type SqlAccess = {
	get: (sql: string, ...values: SqlValue[]) => Row | undefined;
	all: (sql: string, ...values: SqlValue[]) => Row[];
	run: (sql: string, ...values: SqlValue[]) => {changes: number | bigint};
	write: <T>(work: () => T) => T;
};

export class SqliteAccounts implements Synchronous<AccountStore> {
	constructor(private readonly sql: SqlAccess) {}

	add(account: AccountRecord): void {
		this.sql.write(() => {
			if (this.get(account.id)) throw accountTaken(account.id);
			this.sql.run(
				`INSERT INTO agent_accounts (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
				account.id,
				account.name,
				account.company,
				JSON.stringify(account.departments),
				account.capacity,
				account.token_key,
				account.token_hash,
				account.created_at,
			);
		});
	}

	get(id: string): Readonly<AccountRecord> | undefined {
		const row = this.sql.get(`SELECT ${COLUMNS} FROM agent_accounts WHERE id = ?`, id);
		return row ? accountFromRow(row) : undefined;
	}

	list(): Array<Readonly<AccountRecord>> {
		return this.sql.all(`SELECT ${COLUMNS} FROM agent_accounts ORDER BY id`).map(accountFromRow);
	}

	update(id: string, patch: AccountPatch): Readonly<AccountRecord> {
		return this.sql.write(() => {
			const account = this.get(id);
			if (!account) throw missing('account', id);
			const next = {...account, ...patch};
			this.sql.run(
				`UPDATE agent_accounts SET name = ?, company = ?, departments = ?, capacity = ?, token_key = ?, token_hash = ?
				 WHERE id = ?`,
				next.name,
				next.company,
				JSON.stringify(next.departments),
				next.capacity,
				next.token_key,
				next.token_hash,
				id,
			);
			return next;
		});
	}

	remove(id: string): boolean {
		return this.sql.write(() => Number(this.sql.run('DELETE FROM agent_accounts WHERE id = ?', id).changes) > 0);
	}

	findByTokenKey(key: string): Array<Readonly<AccountRecord>> {
		return this.sql
			.all(`SELECT ${COLUMNS} FROM agent_accounts WHERE token_key = ? ORDER BY id`, key)
			.map(accountFromRow);
	}

	saveDepartment(department: DepartmentConfig): void {
		this.sql.write(() =>
			this.sql.run(
				`INSERT INTO departments (id, name, names) VALUES (?, ?, ?)
				 ON CONFLICT (id) DO UPDATE SET name = excluded.name, names = excluded.names`,
				department.id,
				department.name,
				department.names ? JSON.stringify(department.names) : null,
			),
		);
	}

	listDepartments(): DepartmentConfig[] {
		return this.sql.all('SELECT id, name, names FROM departments ORDER BY id').map(([id, name, names]) => ({
			id: id as string,
			name: name as string,
			...(names === null ? {} : {names: JSON.parse(names as string) as Record<string, string>}),
		}));
	}

	removeDepartment(id: string): boolean {
		return this.sql.write(() => Number(this.sql.run('DELETE FROM departments WHERE id = ?', id).changes) > 0);
	}
}
