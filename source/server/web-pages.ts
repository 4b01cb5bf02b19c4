// What `serve` answers over plain HTTP: the chat widget (/widget.js) and a sample shop page with it on (/).
import {readFileSync} from 'node:fs';
import type {IncomingMessage, ServerResponse} from 'node:http';
import type {DepartmentConfig} from './accounts.js';

export const WIDGET_PATH = '/widget.js';

/** dist/widget.js beside the bundle (dist/switchboard.js), or from source/server/ under the tests, after a build. */
const WIDGET_FILES = [new URL('./widget.js', import.meta.url), new URL('../../dist/widget.js', import.meta.url)];

let widget: Buffer | null = null;

function widgetScript(): Buffer | null {
	for (const file of WIDGET_FILES) {
		if (widget) break;
		try {
			widget = readFileSync(file);
		} catch {
			// Not in this place: try the next one.
		}
	}
	return widget;
}

/** Answers GET and HEAD of / and /widget.js; anything else is for the caller (false). */
export function answerWebRequest(
	request: IncomingMessage,
	response: ServerResponse,
	path: string,
	departments: readonly DepartmentConfig[],
): boolean {
	if (path !== '/' && path !== WIDGET_PATH) return false;
	if (request.method !== 'GET' && request.method !== 'HEAD') {
		response.writeHead(405, {allow: 'GET, HEAD', 'content-type': 'text/plain'});
		response.end('method not allowed\n');
		return true;
	}
	const common = {'x-content-type-options': 'nosniff', 'cache-control': 'no-cache'};
	if (path === WIDGET_PATH) {
		const script = widgetScript();
		if (!script) {
			response.writeHead(404, {...common, 'content-type': 'text/plain'});
			response.end('widget.js is not built: run npm run build\n');
			return true;
		}
		response.writeHead(200, {...common, 'content-type': 'text/javascript; charset=utf-8'});
		response.end(request.method === 'HEAD' ? undefined : script);
		return true;
	}
	const query = new URL(request.url ?? '/', 'http://x').searchParams;
	response.writeHead(200, {
		...common,
		'content-type': 'text/html; charset=utf-8',
		// The demo page runs our script only; the widget's style element lives in its shadow root.
		'content-security-policy':
			"default-src 'none'; script-src 'self'; connect-src 'self' ws: wss:; style-src 'unsafe-inline'; img-src 'self' blob: data:; base-uri 'none'; form-action 'none'",
	});
	response.end(request.method === 'HEAD' ? undefined : demoPage(departments, query));
	return true;
}

function attribute(value: string): string {
	return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/**
 * A plain sample shop with the widget on it, so a new user sees a chat working at once. `?lang=nb` and `?invite=5`
 * (seconds before the invitation, E21) try the options; the departments are the server's own.
 */
function demoPage(departments: readonly DepartmentConfig[], query: URLSearchParams): string {
	const data: string[] = [];
	if (departments.length > 0)
		data.push(`data-departments="${attribute(departments.map(({id, name}) => `${id}=${name}`).join(';'))}"`);
	const lang = query.get('lang');
	if (lang && /^[a-z]{2}$/.test(lang)) data.push(`data-lang="${lang}"`);
	const invite = query.get('invite');
	if (invite && /^\d{1,4}$/.test(invite)) data.push(`data-invite-after="${invite}"`);
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Acme Kitchen: sample shop</title>
<style>
body { margin: 0; font: 16px/1.5 Georgia, serif; color: #222; background: #faf7f2; }
header, main, footer { max-width: 760px; margin: 0 auto; padding: 16px 20px; }
header { border-bottom: 2px solid #222; }
.products { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 16px; }
.product { background: #fff; border: 1px solid #ddd; padding: 14px; }
footer { color: #555; font-size: 14px; }
</style>
</head>
<body>
<header><h1>Acme Kitchen</h1><p>A sample shop page from <code>switchboard serve</code>: the chat button in the corner reaches the agents signed in to this server.</p></header>
<main>
<h2>Blenders</h2>
<div class="products">
<section class="product"><h3>Whirl 300</h3><p>Three speeds, a glass jug, two years' warranty.</p><p><strong>49.90</strong></p></section>
<section class="product"><h3>Whirl 500 Pro</h3><p>Crushes ice, seven programmes, five years' warranty.</p><p><strong>129.00</strong></p></section>
<section class="product"><h3>Spare blade set</h3><p>Fits every Whirl from 2020 on.</p><p><strong>14.50</strong></p></section>
</div>
</main>
<footer><p>Put the widget on your own site with one tag: see docs/widget.md.</p></footer>
<script src="${WIDGET_PATH}" ${data.join(' ')}></script>
</body>
</html>
`;
}
