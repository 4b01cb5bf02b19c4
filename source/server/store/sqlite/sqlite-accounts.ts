// Agent accounts and departments in the SQLite database (tables of migration 2).
import type {StatementSync} from 'node:sqlite';
import type {DepartmentConfig} from '../../accounts.js';
import {accountTaken, type AccountPatch, type AccountRecord, type AccountStore} from '../accounts-contract.js';
import {missing, type Synchronous} from '../contract.js';

type Row = Record<string, unknown>;

const COLUMNS = 'id, name, company, departments, capacity, token_key, token_hash, created_at';

function accountFromRow(row: Row): AccountRecord {
	return {
		id: row.id as string,
		name: row.name as string,
		company: row.company as string | null,
		departments: JSON.parse(row.departments as string) as string[],
		capacity: row.capacity as number,
		token_key: row.token_key as string,
		token_hash: row.token_hash as string,
		created_at: row.created_at as number,
	};
}

export class SqliteAccounts implements Synchronous<AccountStore> {
	constructor(
		private readonly statement: (sql: string) => StatementSync,
		/** The store's BEGIN IMMEDIATE wrapper. */
		private readonly write: <T>(work: () => T) => T,
	) {}

	add(account: AccountRecord): void {
		this.write(() => {
			if (this.get(account.id)) throw accountTaken(account.id);
			this.statement(`INSERT INTO agent_accounts (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
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
		const row = this.statement(`SELECT ${COLUMNS} FROM agent_accounts WHERE id = ?`).get(id) as Row | undefined;
		return row ? accountFromRow(row) : undefined;
	}

	list(): Array<Readonly<AccountRecord>> {
		return (this.statement(`SELECT ${COLUMNS} FROM agent_accounts ORDER BY id`).all() as Row[]).map(accountFromRow);
	}

	update(id: string, patch: AccountPatch): Readonly<AccountRecord> {
		return this.write(() => {
			const account = this.get(id);
			if (!account) throw missing('account', id);
			const next = {...account, ...patch};
			this.statement(
				`UPDATE agent_accounts SET name = ?, company = ?, departments = ?, capacity = ?, token_key = ?, token_hash = ?
				 WHERE id = ?`,
			).run(
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
		return this.write(() => Number(this.statement('DELETE FROM agent_accounts WHERE id = ?').run(id).changes) > 0);
	}

	findByTokenKey(key: string): Array<Readonly<AccountRecord>> {
		return (
			this.statement(`SELECT ${COLUMNS} FROM agent_accounts WHERE token_key = ? ORDER BY id`).all(key) as Row[]
		).map(accountFromRow);
	}

	saveDepartment(department: DepartmentConfig): void {
		this.write(() =>
			this.statement(
				`INSERT INTO departments (id, name, names) VALUES (?, ?, ?)
				 ON CONFLICT (id) DO UPDATE SET name = excluded.name, names = excluded.names`,
			).run(department.id, department.name, department.names ? JSON.stringify(department.names) : null),
		);
	}

	listDepartments(): DepartmentConfig[] {
		return (this.statement('SELECT id, name, names FROM departments ORDER BY id').all() as Row[]).map(row => ({
			id: row.id as string,
			name: row.name as string,
			...(row.names === null ? {} : {names: JSON.parse(row.names as string) as Record<string, string>}),
		}));
	}
}
