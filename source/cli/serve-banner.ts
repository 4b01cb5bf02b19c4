// What `serve` says when it is up: a few readable lines, or with --log-format json one `server.listening` log line
// (a made-up token then goes to stderr alone: a token never goes into the log).
import type {RunningServer} from '../server/server.js';
import type {ServerLog} from '../server/server-log.js';

export type BannerFacts = {
	server: RunningServer;
	/** The database file, or null in memory. */
	dataPath: string | null;
	allowOrigins: readonly string[];
	generatedToken: string | null;
	agentCount: number;
};

export function printBanner(format: 'text' | 'json', log: ServerLog, facts: BannerFacts): void {
	const {server, dataPath, allowOrigins, generatedToken, agentCount} = facts;
	const pages = allowOrigins.includes('*')
		? 'any origin (--allow-origin *)'
		: ['this server', 'loopback', ...allowOrigins].join(', ');
	if (format === 'json') {
		log('server.listening', {
			url: server.url,
			agents: server.agentUrl,
			customers: server.customerUrl,
			origins: pages,
			data: dataPath,
			agent_accounts: agentCount,
		});
		if (generatedToken)
			process.stderr.write(`switchboard serve: sign in with token ${generatedToken} (made for this run)\n`);
		return;
	}
	const out = process.stdout;
	out.write(`switchboard server listening on ${server.url}\n`);
	out.write(`  agents:    ${server.agentUrl}  (subprotocol switchboard.v1)\n`);
	out.write(`  customers: ${server.customerUrl}  (subprotocol switchboard.customer.v1)\n`);
	out.write(`  web pages: ${pages} may open the customer endpoint\n`);
	out.write(
		dataPath !== null
			? `  data:      ${dataPath}\n`
			: '  data:      in memory only (--memory): everything is gone when the server stops\n',
	);
	if (generatedToken) {
		out.write(
			`  sign in:   with token ${generatedToken} (made for this run; choose your own with --token or --accounts)\n`,
		);
		out.write(`  check it:  switchboard conformance ${server.url} --token ${generatedToken}\n`);
	} else {
		out.write(`  sign in:   with one of the ${agentCount} configured agent token(s)\n`);
	}
	out.write('Press Ctrl+C to stop.\n');
}
