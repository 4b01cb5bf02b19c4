// Which web pages may open the customer endpoint: the Origin allowlist behind `serve --allow-origin`.

/**
 * An allowlist entry as given: `https://shop.example.com` (scheme, host and port must match), or `*` (any page).
 * Returns the normalised origin, or throws with a sentence saying what is wrong.
 */
export function parseAllowedOrigin(value: string): string {
	const trimmed = value.trim();
	if (trimmed === '*') return '*';
	let url: URL;
	try {
		url = new URL(trimmed);
	} catch {
		throw new Error(`"${value}" is not an origin: write it like https://shop.example.com`);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:')
		throw new Error(`"${value}": an origin starts with https:// or http://`);
	if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username)
		throw new Error(`"${value}": an origin is scheme, host and port only, with no path (${url.origin})`);
	return url.origin;
}

/** Loopback names: a page on the same machine (development, the demo, tests) may always connect. */
function isLoopback(hostname: string): boolean {
	return (
		hostname === 'localhost' ||
		hostname.endsWith('.localhost') ||
		/^127(\.\d{1,3}){3}$/.test(hostname) ||
		hostname === '[::1]'
	);
}

/**
 * Whether a customer connection may open, judged on its Origin header before the upgrade.
 * - No Origin: not a browser (the demo's simulated customers, scripts). Origin protects browsers' users from other
 *   sites; anything else can send whatever Origin it likes, so refusing it would protect nobody.
 * - A page served by this server itself (the Origin's host and port are the request's Host): the demo page, or a
 *   proxy in front that keeps the Host header; the scheme is not compared, because TLS often ends at that proxy.
 * - A loopback page, and any origin on the list (`*` allows every page).
 */
export function originAllowed(
	origin: string | undefined,
	host: string | undefined,
	allowed: readonly string[],
): boolean {
	if (origin === undefined) return true;
	if (allowed.includes('*')) return true;
	let url: URL;
	try {
		url = new URL(origin);
	} catch {
		// "null" (a sandboxed frame, a file:// page) and anything unreadable: only `*` lets those in.
		return false;
	}
	if (host !== undefined && url.host === host.toLowerCase().replace(/:(80|443)$/, '')) return true;
	if (isLoopback(url.hostname)) return true;
	return allowed.includes(url.origin);
}

/** Log lines about refused origins, at most one per origin a minute: a page retrying must not flood the log. */
export class RefusedOriginLog {
	readonly #lastLogged = new Map<string, number>();

	constructor(
		private readonly write: (line: string) => void,
		private readonly now: () => number,
	) {}

	refused(origin: string): void {
		const now = this.now();
		const last = this.#lastLogged.get(origin);
		if (last !== undefined && now - last < 60_000) return;
		if (this.#lastLogged.size >= 1_000) this.#lastLogged.clear();
		this.#lastLogged.set(origin, now);
		this.write(
			`switchboard server: refused a customer connection from ${JSON.stringify(origin).slice(0, 300)}: ` +
				'not this server, not loopback and not in --allow-origin',
		);
	}
}
