// The chat switcher's matches (issue 9): every chat on the desk, found fuzzily by name, e-mail, language or department.
import fuzzysort from 'fuzzysort';
import type {DeskState} from '../../../core/desk-state.js';
import {customerName} from '../../../core/names.js';
import {selectChatRow} from '../../../core/selectors.js';

export type SwitcherRow = {
	chatId: string;
	/** The chat's number (Alt+1..9, Alt+J); null for an offer, which has none. */
	number: number | null;
	name: string;
	email: string | null;
	/** The customer's language tag ("nb") and its English name ("Norwegian Bokmål"), either of which finds it. */
	language: string;
	languageName: string | null;
	department: string | null;
	/** What state it is in, in a word ("offered", "on hold", "transcript"). */
	word: string;
};

const KEYS = ['name', 'email', 'language', 'languageName', 'department', 'number'] as const;

type Target = Record<(typeof KEYS)[number], string> & {row: SwitcherRow; order: number};

/** Made when the switcher first opens: ICU's language names cost some 30 ms, which the desk's start need not pay. */
let languageNames: Intl.DisplayNames | null | undefined;
function languageNamesInEnglish(): Intl.DisplayNames | null {
	if (languageNames === undefined) {
		try {
			languageNames = new Intl.DisplayNames(['en'], {type: 'language'});
		} catch {
			languageNames = null;
		}
	}
	return languageNames;
}

/** "Norwegian Bokmål" for "nb"; null for a tag Intl does not know (or a malformed one: it is remote text). */
function languageName(tag: string): string | null {
	try {
		const name = languageNamesInEnglish()?.of(tag);
		return name && name !== tag ? name : null;
	} catch {
		return null;
	}
}

/** The chat list's chats (offers, then mine by number) as the switcher lists them. */
function rowsOnDesk(state: DeskState): SwitcherRow[] {
	return state.order.flatMap(chatId => {
		const chat = state.chats.get(chatId);
		const row = selectChatRow(state, chatId);
		if (!chat || !row) return [];
		return [
			{
				chatId,
				number: state.numbers.get(chatId) ?? null,
				name: customerName(chat),
				email: chat.chat.customer.email,
				language: row.language,
				languageName: languageName(row.language),
				department: row.department,
				word: row.word,
			},
		];
	});
}

/**
 * The chats matching `query`, best first (ties in the chat list's order); every chat, in that order, for an empty
 * query. Several words each have to match somewhere ("kari nb": Kari, in Norwegian).
 */
export function switcherRows(state: DeskState, query: string): SwitcherRow[] {
	const rows = rowsOnDesk(state);
	const wanted = query.trim();
	if (wanted === '') return rows;
	const targets: Target[] = rows.map((row, order) => ({
		row,
		order,
		name: row.name,
		email: row.email ?? '',
		language: row.language,
		languageName: row.languageName ?? '',
		department: row.department ?? '',
		number: row.number === null ? '' : String(row.number),
	}));
	return fuzzysort
		.go(wanted, targets, {keys: KEYS, limit: 0})
		.map(result => ({target: result.obj, score: result.score}))
		.sort((a, b) => b.score - a.score || a.target.order - b.target.order)
		.map(({target}) => target.row);
}
