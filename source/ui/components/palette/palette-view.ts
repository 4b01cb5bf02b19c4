// What the command palette shows for a draft: a pure function of the draft and the desk's data, no React.
import type {CannedMatch, CannedResponse} from '../../../canned/index.js';
import {completeCommand, findCommand, isAvailable, synopsis, type Command} from '../../../commands/index.js';
import type {Colleague, DeskChat} from '../../../core/index.js';
import type {Agent, Capability, Department} from '../../../protocol/index.js';
import {cannedRows} from './canned-rows.js';
import {readDraft} from './palette-draft.js';
import type {PaletteRow, PaletteView} from './palette-row.js';
import {isDismissed, type PaletteState} from './palette-state.js';
import {targetRows, unavailableWarning} from './target-rows.js';

export type PaletteInput = {
	draft: string;
	capabilities: readonly Capability[];
	/** The merged library; the chat's department picks its own wording. */
	canned: readonly CannedResponse[];
	/** The focused pane's chat: the customer's language and the values canned texts are filled with. */
	chat: DeskChat | null;
	agent: Agent | null;
	departments: ReadonlyMap<string, Department>;
	colleagues: ReadonlyMap<string, Colleague>;
};

/** Canned responses listed after the commands for "/word": a few, so the commands stay in view. */
export const CANNED_AMONG_COMMANDS = 3;

/**
 * A canned response offered among commands must be a confident match: a command word is short, and fuzzy search
 * finds "ho" somewhere in nearly every text. A shortcut, title or tag scoring well is what "/pw" means.
 */
export function suggestsCanned(match: CannedMatch): boolean {
	return match.field !== 'text' && match.score >= 0.5;
}

/** Shorter words than this ("/c", "/t") are command aliases, not canned searches. */
const MIN_CANNED_WORD = 2;

/** "/hold [minutes] [reason] — Put the chat on hold; …": how the command is written and what it does. */
export function usageHint(command: Command): string {
	return `${synopsis(command)} — ${command.description}`;
}

/** Why a command word lists nothing, or what it needs: unknown, or hidden because the server cannot do it. */
function missingHint(word: string, command: Command | undefined, capabilities: readonly Capability[]): string {
	if (command && !isAvailable(command, capabilities)) return `/${command.name} is not available on this server`;
	return `There is no command /${word}`;
}

function commandsView(input: PaletteInput, word: string): PaletteView {
	const commands: PaletteRow[] = completeCommand(`/${word}`, input.capabilities).matches.map(
		({command, word: matched}) => ({kind: 'command', command, word: matched}),
	);
	// "/" alone is the list of commands; a word may also be the start of a canned shortcut or title ("/pw").
	const canned =
		word.length < MIN_CANNED_WORD
			? []
			: cannedRows(input, word, {limit: CANNED_AMONG_COMMANDS, accept: suggestsCanned});
	const rows = [...commands, ...canned];
	return {
		mode: 'commands',
		rows,
		hint: rows.length === 0 ? missingHint(word, findCommand(word), input.capabilities) : null,
		query: word,
	};
}

/** The palette for `input.draft`, or null when the draft is a message ("hello", "//not a command", "/ text"). */
export function paletteView(input: PaletteInput): PaletteView | null {
	const draft = readDraft(input.draft, input.capabilities);
	if (!draft) return null;
	switch (draft.mode) {
		case 'commands':
			return commandsView(input, draft.word);
		case 'canned': {
			const rows = cannedRows(input, draft.query);
			return {
				mode: 'canned',
				rows,
				hint: rows.length === 0 ? `No canned response matches "${draft.query}"` : null,
				query: draft.query,
			};
		}
		case 'transfer': {
			const source = {departments: input.departments, colleagues: input.colleagues, selfId: input.agent?.id ?? null};
			const rows = targetRows(source, draft.query);
			const hint =
				rows.length > 0
					? unavailableWarning(source, draft.query)
					: draft.query === ''
						? 'No colleague or department to transfer to'
						: `No colleague or department matches "${draft.query}"`;
			return {mode: 'transfer', rows, hint, query: draft.query};
		}
		case 'usage': {
			const {command, word} = draft;
			const usable = command && isAvailable(command, input.capabilities);
			// E11: "/transfer billing note…" to a target nobody can take now is warned about before Enter.
			const warning =
				usable && command.name === 'transfer'
					? unavailableWarning(
							{departments: input.departments, colleagues: input.colleagues, selfId: input.agent?.id ?? null},
							transferTargetWord(input.draft),
						)
					: null;
			const hint = usable ? (warning ?? usageHint(command)) : missingHint(word, command, input.capabilities);
			return {mode: 'usage', rows: [], hint, query: word};
		}
	}
}

/** The target word of "/transfer [ask] TARGET note…" (a quoted name whole). */
function transferTargetWord(draft: string): string {
	const rest = draft.replace(/^\/\S+\s+/u, '').replace(/^ask\s+/iu, '');
	const quoted = /^(["'])(.*?)\1/u.exec(rest);
	return quoted ? quoted[2]! : (rest.split(/\s/u)[0] ?? '');
}

/** What the focused composer shows: the palette for its draft unless Esc dismissed it and the agent is typing on. */
export function visiblePalette(input: PaletteInput, state: PaletteState): PaletteView | null {
	return isDismissed(state, input.draft) ? null : paletteView(input);
}
