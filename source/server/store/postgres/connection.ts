// The pool of connections a PostgreSQL store talks through: whole numbers for BIGINT columns (times in ms fit), and
// transactions that always end (COMMIT, or ROLLBACK on any failure) and give their connection back.
import pg from 'pg';

/** A query runner: the pool itself (each statement its own transaction) or one connection inside a transaction. */
export type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

/** A row as an array in the order of the query's columns, as the SQLite store reads them (rows.ts converts both). */
type Row = unknown[];

/** BIGINT (int8) columns as numbers, not strings: the store keeps only milliseconds and counts in them. */
const types = {
	getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
		oid === pg.types.builtins.INT8
			? (value: string) => Number(value)
			: pg.types.getTypeParser(oid, format ?? 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

export function openPool(url: string, max: number): pg.Pool {
	const pool = new pg.Pool({connectionString: url, max, types, application_name: 'switchboard'});
	// An idle connection the server dropped (a restart of PostgreSQL) must not take the process down with it.
	pool.on('error', () => {});
	return pool;
}

export async function rows(db: Queryable, sql: string, values: unknown[] = []): Promise<Row[]> {
	return (await db.query({text: sql, values, rowMode: 'array'})).rows as Row[];
}

export async function row(db: Queryable, sql: string, values: unknown[] = []): Promise<Row | undefined> {
	return (await rows(db, sql, values))[0];
}

export async function transaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
	const client = await pool.connect();
	try {
		await client.query('BEGIN');
		const result = await work(client);
		await client.query('COMMIT');
		return result;
	} catch (error) {
		await client.query('ROLLBACK').catch(() => {});
		throw error;
	} finally {
		client.release();
	}
}
