// The server's PostgreSQL URL as a setting (`database`): what a valid one looks like. Shared by `serve`, which must
// start without the desk's option table, and by `config set`.

export const DATABASE_URL_EXPECTED = 'must be a postgres://USER@HOST:PORT/DATABASE URL';

/** What is wrong with a database URL, or null. Callers never quote the text back: it may hold a password. */
export function databaseUrlProblem(text: string): string | null {
	if (!/^postgres(ql)?:\/\/./.test(text)) return DATABASE_URL_EXPECTED;
	try {
		new URL(text);
		return null;
	} catch {
		return DATABASE_URL_EXPECTED;
	}
}
