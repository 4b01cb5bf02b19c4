// Agent accounts and departments in memory: for `serve --memory` and the store contract suite.
import type {DepartmentConfig} from '../accounts.js';
import {accountTaken, type AccountPatch, type AccountRecord, type AccountStore} from './accounts-contract.js';
import {missing, type Synchronous} from './contract.js';

const byId = <T extends {id: string}>(items: Iterable<T>) =>
	[...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export class MemoryAccounts implements Synchronous<AccountStore> {
	private readonly accounts = new Map<string, AccountRecord>();
	private readonly departments = new Map<string, DepartmentConfig>();

	add(account: AccountRecord): void {
		if (this.accounts.has(account.id)) throw accountTaken(account.id);
		this.accounts.set(account.id, {...account, departments: [...account.departments]});
	}

	get(id: string): Readonly<AccountRecord> | undefined {
		return this.accounts.get(id);
	}

	list(): Array<Readonly<AccountRecord>> {
		return byId(this.accounts.values());
	}

	update(id: string, patch: AccountPatch): Readonly<AccountRecord> {
		const account = this.accounts.get(id);
		if (!account) throw missing('account', id);
		const next = {...account, ...patch};
		this.accounts.set(id, next);
		return next;
	}

	remove(id: string): boolean {
		return this.accounts.delete(id);
	}

	findByTokenKey(key: string): Array<Readonly<AccountRecord>> {
		return this.list().filter(account => account.token_key === key);
	}

	saveDepartment(department: DepartmentConfig): void {
		this.departments.set(department.id, structuredClone(department));
	}

	listDepartments(): DepartmentConfig[] {
		return byId(this.departments.values());
	}

	removeDepartment(id: string): boolean {
		return this.departments.delete(id);
	}
}
