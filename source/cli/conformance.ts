// `switchboard conformance`: checks a server against protocol v1 and exits 1 if any check fails.
import {formatResult, formatSummary, PREFLIGHT_CHECK, runChecks} from '../conformance/index.js';
import {parseFlags} from './parse-flags.js';
import {integerFlag, serverUrlFlag, UsageError} from './usage-error.js';

/** The flags `conformance` takes; test/cli/help-text.test.ts keeps its help text in step with them. */
export const CONFORMANCE_FLAGS = {
	token: {type: 'string'},
	secondToken: {type: 'string'},
	timeoutMs: {type: 'string', default: '5000'},
	maxWaitMs: {type: 'string', default: '120000'},
} as const;

export async function runConformance(argv: string[], importMeta: ImportMeta, version: string): Promise<number> {
	const {input, flags} = parseFlags(argv, CONFORMANCE_FLAGS, importMeta);
	const [url, extra] = input;
	if (url === undefined)
		throw new UsageError('the server URL is missing: switchboard conformance ws://HOST:PORT --token T');
	if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
	try {
		serverUrlFlag('server', url);
	} catch (error) {
		if (error instanceof UsageError) throw new UsageError(`the server URL must be a ws:// or wss:// URL, not "${url}"`);
		throw error;
	}
	if (!flags.token) throw new UsageError('--token is required (an agent token the server accepts)');
	const timeoutMs = integerFlag('timeout-ms', flags.timeoutMs, 100, 600_000);
	const maxWaitMs = integerFlag('max-wait-ms', flags.maxWaitMs, 0, 1_200_000);

	const out = process.stdout;
	out.write(
		`switchboard conformance ${version}: checking ${url} against protocol v1 (timeout ${timeoutMs} ms per wait)\n`,
	);
	if (flags.secondToken !== undefined && (flags.secondToken === '' || flags.secondToken === flags.token))
		throw new UsageError("--second-token must be another agent's token (the two-agent checks need two agents)");
	const options = {url, token: flags.token, timeoutMs, maxWaitMs, clientVersion: version};
	const report = await runChecks(flags.secondToken ? {...options, secondToken: flags.secondToken} : options, result => {
		// A run stopped before the checks says why in its one summary line.
		if (result.name !== PREFLIGHT_CHECK) out.write(`${formatResult(result)}\n`);
	});
	out.write(`${formatSummary(report)}\n`);
	// 3: nothing failed, but some checks could not run here, so the server is not shown compatible.
	return !report.ok ? 1 : report.incomplete > 0 ? 3 : 0;
}
