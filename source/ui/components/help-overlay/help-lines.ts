// The help, generated from the keymap: one line per action (Alt+1..9 as one), grouped, with the agent's own bindings.
import {HELP_GROUP_TITLES, type HelpGroup} from '../../keymap.js';
import {formatKeySpec} from '../../keys/key-spec.js';
import type {ResolvedKeymap} from '../../keys/resolve-keymap.js';

export type HelpLine = {kind: 'group'; title: string} | {kind: 'binding'; keys: string; description: string};

export function helpLines(keymap: ResolvedKeymap, {ascii = false}: {ascii?: boolean} = {}): HelpLine[] {
	const lines: HelpLine[] = [];
	const groups = new Map<HelpGroup, HelpLine[]>();
	const collapsed = new Map<string, {keys: string[]; line: HelpLine & {kind: 'binding'}}>();
	for (const binding of keymap) {
		const keys = binding.specs.map(spec => formatKeySpec(spec, {ascii}));
		let group = groups.get(binding.group);
		if (!group) {
			group = [];
			groups.set(binding.group, group);
		}
		if (binding.collapse) {
			const existing = collapsed.get(binding.collapse);
			if (existing) {
				existing.keys.push(...keys);
				continue;
			}
			const line = {kind: 'binding' as const, keys: '', description: binding.description};
			collapsed.set(binding.collapse, {keys: [...keys], line});
			group.push(line);
			continue;
		}
		group.push({kind: 'binding', keys: keys.length === 0 ? '(unbound)' : keys.join(', '), description: binding.description});
	}
	for (const {keys, line} of collapsed.values()) {
		line.keys = keys.length === 0 ? '(unbound)' : keys.length > 2 ? `${keys[0]}${ascii ? '..' : '…'}${keys.at(-1)}` : keys.join(', ');
	}
	for (const [group, entries] of groups) {
		lines.push({kind: 'group', title: HELP_GROUP_TITLES[group]}, ...entries);
	}
	return lines;
}

/** The help split into columns that fit `rows`, groups kept whole where possible. */
export function helpColumns(lines: readonly HelpLine[], rows: number): HelpLine[][] {
	const height = Math.max(1, rows);
	const count = Math.max(1, Math.ceil(lines.length / height));
	const target = Math.ceil(lines.length / count);
	const columns: HelpLine[][] = [[]];
	for (const line of lines) {
		let column = columns.at(-1)!;
		// A group title does not start at a column's last row; a column is full at the target (or the height).
		const full = column.length >= height || (column.length >= target && columns.length < count) || (line.kind === 'group' && column.length >= height - 1);
		if (full && column.length > 0) {
			column = [];
			columns.push(column);
		}
		column.push(line);
	}
	return columns;
}
