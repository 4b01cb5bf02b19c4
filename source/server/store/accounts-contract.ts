// Storage contract for agent accounts and departments kept in the database (`switchboard accounts`): a token is only
// ever stored as a salted slow hash (token-hash.ts), found by a short key that names a bucket, not the token.
import type {DepartmentConfig} from '../accounts.js';

export type AccountRecord = {
	id: string;
	name: string;
	company: string | null;
	/** Empty: every department. */
	departments: string[];
	capacity: number;
	/** A few characters of a fast hash of the token: which accounts to check a token against (a bucket, not a key). */
	token_key: string;
	/** scrypt with its salt and parameters (token-hash.ts). */
	token_hash: string;
	created_at: number;
};

export type AccountPatch = Partial<Omit<AccountRecord, 'id' | 'created_at'>>;

export interface AccountStore {
	/** Refuses an id that is already taken. */
	add(account: AccountRecord): Promise<void>;
	get(id: string): Promise<Readonly<AccountRecord> | undefined>;
	/** Every account, by id. */
	list(): Promise<Array<Readonly<AccountRecord>>>;
	update(id: string, patch: AccountPatch): Promise<Readonly<AccountRecord>>;
	/** False when there was no such account. */
	remove(id: string): Promise<boolean>;
	/** The accounts whose token_key this is (usually none or one). */
	findByTokenKey(key: string): Promise<Array<Readonly<AccountRecord>>>;
	/** Adds the department, or replaces the one with its id. */
	saveDepartment(department: DepartmentConfig): Promise<void>;
	/** Every department, by id. */
	listDepartments(): Promise<DepartmentConfig[]>;
	/** False when there was no such department. */
	removeDepartment(id: string): Promise<boolean>;
}

export function accountTaken(id: string): Error {
	return new Error(`an account with id ${id} already exists`);
}
