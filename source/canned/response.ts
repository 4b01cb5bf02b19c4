// A canned response as the library holds it, and where it came from.

/** Where a response came from, in merge order: later kinds override earlier ones by id. */
export type CannedSourceKind = 'bundled' | 'team' | 'personal' | 'server';

export type CannedOrigin = {
	kind: CannedSourceKind;
	/** The file it was read from; "bundled" or "server" for those. */
	name: string;
};

/**
 * One response of the library (not the wire shape: the server's `canned.list` entries are turned into
 * this by fromServerList, with no department).
 */
export type CannedResponse = {
	id: string;
	title: string;
	/** What the agent types to find it at once, e.g. "pw"; null when it has none. */
	shortcut: string | null;
	category: string | null;
	tags: readonly string[];
	/** Set on per-department wording: it wins over a general response with the same shortcut in that department's chats. */
	department: string | null;
	/** Text per language code, e.g. {en: "...", nb: "..."}; never empty. */
	text: Readonly<Record<string, string>>;
	origin: CannedOrigin;
};

/** The languages of a response, in the order the file gives them. */
export const responseLanguages = (response: CannedResponse): string[] => Object.keys(response.text);
