// Agent accounts and departments in the PostgreSQL database (`switchboard accounts`), as the SQLite store keeps them.
import type pg from 'pg';
import type {DepartmentConfig} from '../../accounts.js';
import {accountTaken, type AccountPatch, type AccountRecord, type AccountStore} from '../accounts-contract.js';
import {missing} from '../contract.js';
import {row, rows} from './connection.js';

type Row = unknown[];

const COLUMNS = 'id, name, company, departments, capacity, token_key, token_hash, created_at';

function accountFromRow(found: Row): AccountRecord {
	const [id, name, company, departments, capacity, token_key, token_hash, created_at] = found as [
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

export class PostgresAccounts implements AccountStore {
	constructor(private readonly pool: pg.Pool) {}

	async add(account: AccountRecord): Promise<void> {
		const added = await row(
			this.pool,
			`INSERT INTO agent_accounts (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
			 ON CONFLICT (id) DO NOTHING RETURNING id`,
			[
				account.id,
				account.name,
				account.company,
				JSON.stringify(account.departments),
				account.capacity,
				account.token_key,
				account.token_hash,
				account.created_at,
			],
		);
		if (!added) throw accountTaken(account.id);
	}

	async get(id: string): Promise<Readonly<AccountRecord> | undefined> {
		const found = await row(this.pool, `SELECT ${COLUMNS} FROM agent_accounts WHERE id = $1`, [id]);
		return found ? accountFromRow(found) : undefined;
	}

	async list(): Promise<Array<Readonly<AccountRecord>>> {
		return (await rows(this.pool, `SELECT ${COLUMNS} FROM agent_accounts ORDER BY id`)).map(accountFromRow);
	}

	async update(id: string, patch: AccountPatch): Promise<Readonly<AccountRecord>> {
		const account = await this.get(id);
		if (!account) throw missing('account', id);
		const next = {...account, ...patch};
		const updated = await row(
			this.pool,
			`UPDATE agent_accounts SET name = $2, company = $3, departments = $4, capacity = $5, token_key = $6,
			 token_hash = $7 WHERE id = $1 RETURNING id`,
			[id, next.name, next.company, JSON.stringify(next.departments), next.capacity, next.token_key, next.token_hash],
		);
		if (!updated) throw missing('account', id);
		return next;
	}

	async remove(id: string): Promise<boolean> {
		return ((await this.pool.query('DELETE FROM agent_accounts WHERE id = $1', [id])).rowCount ?? 0) > 0;
	}

	async findByTokenKey(key: string): Promise<Array<Readonly<AccountRecord>>> {
		return (await rows(this.pool, `SELECT ${COLUMNS} FROM agent_accounts WHERE token_key = $1 ORDER BY id`, [key])).map(
			accountFromRow,
		);
	}

	async saveDepartment(department: DepartmentConfig): Promise<void> {
		await this.pool.query(
			`INSERT INTO departments (id, name, names) VALUES ($1, $2, $3)
			 ON CONFLICT (id) DO UPDATE SET name = excluded.name, names = excluded.names`,
			[department.id, department.name, department.names ? JSON.stringify(department.names) : null],
		);
	}

	async listDepartments(): Promise<DepartmentConfig[]> {
		return (await rows(this.pool, 'SELECT id, name, names FROM departments ORDER BY id')).map(([id, name, names]) => ({
			id: id as string,
			name: name as string,
			...(names === null ? {} : {names: JSON.parse(names as string) as Record<string, string>}),
		}));
	}

	async removeDepartment(id: string): Promise<boolean> {
		return ((await this.pool.query('DELETE FROM departments WHERE id = $1', [id])).rowCount ?? 0) > 0;
	}
}
