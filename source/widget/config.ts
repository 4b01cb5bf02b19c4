// The widget's options, read from the data attributes of the <script> tag that loaded it (docs/widget.md).
import {LANGUAGES, type Language} from './strings.js';

export type WidgetConfig = {
	/** ws(s)://host/customer: from data-server, else the server the script came from. */
	server: string;
	/** data-lang: the language to start in; otherwise the browser's. */
	language: Language | null;
	/** data-departments: `id=Name;id=Name`, the departments offered before the chat; one or none: no choice shown. */
	departments: {id: string; name: string}[];
	/** data-invite-after: seconds on the page before the invitation (E21); absent: no invitation. */
	inviteAfterSeconds: number | null;
	/** data-position: right (default) or left. */
	position: 'left' | 'right';
};

/** The options from a script element's dataset and its src; bad values fall back to the defaults. */
export function readConfig(data: Record<string, string | undefined>, scriptSrc: string): WidgetConfig {
	const base = new URL(scriptSrc);
	const server = new URL(data.server ?? '/customer', base);
	if (server.protocol === 'http:' || server.protocol === 'https:')
		server.protocol = server.protocol === 'https:' ? 'wss:' : 'ws:';
	if (server.pathname === '/' || server.pathname === '') server.pathname = '/customer';
	const language = (LANGUAGES as readonly string[]).includes(data.lang ?? '') ? (data.lang as Language) : null;
	const departments = (data.departments ?? '')
		.split(';')
		.map(entry => entry.split('='))
		.filter(([id, name]) => id?.trim() && name?.trim())
		.map(([id, name]) => ({id: id!.trim(), name: name!.trim()}));
	const invite = Number(data.inviteAfter);
	return {
		server: server.toString(),
		language,
		departments,
		inviteAfterSeconds: data.inviteAfter !== undefined && Number.isFinite(invite) && invite >= 0 ? invite : null,
		position: data.position === 'left' ? 'left' : 'right',
	};
}
