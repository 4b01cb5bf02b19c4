// Transfer targets for the palette: departments then colleagues, the agent left out, each with its availability in words (E11, E24).
import type {Colleague} from '../../../core/index.js';
import type {Department, Presence} from '../../../protocol/index.js';
import type {Availability, TargetRow} from './palette-row.js';

type Reach = Pick<TargetRow, 'availability' | 'available' | 'level'>;

/** `accepting` is the server's word that someone here has room; the count alone cannot say that. */
export function departmentReach(department: Pick<Department, 'agents_online' | 'accepting'>): Reach {
	const online = department.agents_online;
	if (department.accepting)
		return {availability: online > 0 ? `${online} online` : 'accepting', available: true, level: 'available'};
	if (online > 0) return {availability: `${online} online, all busy`, available: false, level: 'away'};
	return {availability: 'nobody available', available: false, level: 'unavailable'};
}

const PRESENCE_LEVEL: Readonly<Record<Presence, Availability>> = {
	online: 'available',
	away: 'away',
	offline: 'unavailable',
};

/** The same rule findTarget uses: only an online colleague counts as available. */
export function colleagueReach(presence: Presence): Reach {
	return {availability: presence, available: presence === 'online', level: PRESENCE_LEVEL[presence]};
}

const RANK: Readonly<Record<Availability, number>> = {available: 0, away: 1, unavailable: 2};

/** Who can take the chat now comes first in each group; otherwise the server's order stands (sort is stable). */
const byReach = (a: TargetRow, b: TargetRow) => RANK[a.level] - RANK[b.level];

function matches(query: string, id: string, name: string): boolean {
	return query === '' || id.toLowerCase().includes(query) || name.toLowerCase().includes(query);
}

export type TargetSource = {
	departments: ReadonlyMap<string, Department>;
	colleagues: ReadonlyMap<string, Colleague>;
	/** The agent at this desk: never a target of their own transfer. */
	selfId: string | null;
};

/** Departments, then colleagues, whose name or id contains `query` (case-insensitive). */
export function targetRows({departments, colleagues, selfId}: TargetSource, query: string): TargetRow[] {
	const wanted = query.toLowerCase();
	const teams: TargetRow[] = [...departments.values()]
		.filter(department => matches(wanted, department.id, department.name))
		.map(department => ({
			kind: 'target',
			target: {type: 'department', id: department.id},
			name: department.name,
			...departmentReach(department),
		}));
	const people: TargetRow[] = [...colleagues.values()]
		.filter(colleague => colleague.id !== selfId && matches(wanted, colleague.id, colleague.name ?? ''))
		.map(colleague => ({
			kind: 'target',
			target: {type: 'agent', id: colleague.id},
			name: colleague.name ?? colleague.id,
			...colleagueReach(colleague.presence),
		}));
	return [...teams.sort(byReach), ...people.sort(byReach)];
}

/**
 * E11: the warning before a transfer to a target that nobody can take now (it would fail): the row the agent
 * has named in full (by id or name, as /transfer finds it), when it is not available. Null otherwise.
 */
export function unavailableWarning(source: TargetSource, typed: string): string | null {
	const wanted = typed.trim().toLowerCase();
	if (wanted === '') return null;
	const named = targetRows(source, '').find(
		row => row.target.id.toLowerCase() === wanted || row.name.toLowerCase() === wanted,
	);
	if (named === undefined || named.available) return null;
	return `${named.name}: ${named.availability}. A transfer now would fail: /transfer ask first, or offer an e-mail and /followup (E11).`;
}
