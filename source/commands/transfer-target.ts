// Who "/transfer kari" means: a colleague or a department, by id or name, case-insensitively, names of several words included.
import type {Colleague} from '../core/index.js';
import {chooseLanguage} from '../canned/language.js';
import type {Department, TransferTarget} from '../protocol/index.js';

/** `names`: a department's name by language, when the server gives them (the customer reads these, E11). */
export type ResolvedTarget = {target: TransferTarget; name: string; available: boolean; names?: Record<string, string>};

export type TargetLookup =
	{found: ResolvedTarget; words: number} | {ambiguous: readonly ResolvedTarget[]; words: number} | {missing: string};

function candidates(
	colleagues: ReadonlyMap<string, Colleague>,
	departments: ReadonlyMap<string, Department>,
	selfId: string | null,
): ResolvedTarget[] {
	const agents = [...colleagues.values()]
		.filter(colleague => colleague.id !== selfId)
		.map(colleague => ({
			target: {type: 'agent' as const, id: colleague.id},
			name: colleague.name ?? colleague.id,
			available: colleague.presence === 'online',
		}));
	const teams = [...departments.values()].map(department => ({
		target: {type: 'department' as const, id: department.id},
		name: department.name,
		available: department.accepting,
		...(department.names ? {names: department.names} : {}),
	}));
	return [...agents, ...teams];
}

function matching(all: readonly ResolvedTarget[], wanted: string): ResolvedTarget[] {
	const key = wanted.toLowerCase();
	const byId = all.filter(entry => entry.target.id.toLowerCase() === key);
	// An id is exact by nature; only when none matches do names count.
	return byId.length > 0 ? byId : all.filter(entry => entry.name.toLowerCase() === key);
}

/**
 * The target named by the first words of `words`: the longest run of words that names someone wins, so
 * "/transfer Kari Nordmann needs the invoice" finds "Kari Nordmann" and leaves the rest as the note.
 */
export function findTarget(
	words: readonly string[],
	colleagues: ReadonlyMap<string, Colleague>,
	departments: ReadonlyMap<string, Department>,
	selfId: string | null,
): TargetLookup {
	const all = candidates(colleagues, departments, selfId);
	for (let count = words.length; count >= 1; count--) {
		const found = matching(all, words.slice(0, count).join(' '));
		if (found.length === 1) return {found: found[0]!, words: count};
		if (found.length > 1) return {ambiguous: found, words: count};
	}
	return {missing: words[0] ?? ''};
}

/**
 * The target's name as the customer should read it (E11): a department in the customer's language when the
 * server has that name, else its plain name; a colleague's name as it is.
 */
export function nameForCustomer(target: ResolvedTarget, locale: string): string {
	const names = target.names;
	if (!names || Object.keys(names).length === 0) return target.name;
	const choice = chooseLanguage(names, locale);
	return choice.fallback ? target.name : (names[choice.language] ?? target.name);
}
