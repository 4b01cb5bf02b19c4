// Agent accounts and departments for `switchboard serve`: the --accounts JSON file and --token flag values.
import {readFileSync} from 'node:fs';
import {z} from 'zod';
import {describeIssues, id, locale} from '../protocol/index.js';

/**
 * One agent who may sign in. An empty `departments` list means the agent takes chats of every department (and chats
 * with no department): a small team usually has no routing rules, and a single --token agent must get every chat.
 */
export type AgentAccount = {
	id: string;
	name: string;
	company?: string | null;
	token: string;
	departments: string[];
	/** How many chats at once; default DEFAULT_CAPACITY. */
	capacity?: number;
};

/** `names`: the department's name by language tag, for customers (E11); `name` is the fallback. */
export type DepartmentConfig = {id: string; name: string; names?: Record<string, string>};

export const DEFAULT_CAPACITY = 4;

const accountsFile = z.object({
	departments: z
		.array(
			z.object({id, name: z.string().min(1).max(200), names: z.record(locale, z.string().min(1).max(200)).optional()}),
		)
		.default([]),
	agents: z
		.array(
			z.object({
				id,
				name: z.string().min(1).max(200),
				company: z.string().max(200).nullable().optional(),
				token: z.string().min(1).max(1_000),
				departments: z.array(id).default([]),
				capacity: z.number().int().positive().max(1_000).optional(),
			}),
		)
		.min(1),
});

/** Reads and checks an accounts file; every error names the file and the field. */
export function loadAccountsFile(path: string): {agents: AgentAccount[]; departments: DepartmentConfig[]} {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		throw new Error(
			`${path}: cannot read the accounts file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
		);
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		// Only the position: V8's message may quote the file, and the file holds tokens.
		const where = /at position \d+( \(line \d+ column \d+\))?/.exec((error as Error).message)?.[0];
		throw new Error(`${path}: not valid JSON${where ? ` (${where})` : ''}`);
	}
	const parsed = accountsFile.safeParse(json);
	if (!parsed.success) throw new Error(`${path}: ${describeIssues(parsed.error)}`);
	const problem = accountsProblem(parsed.data.agents, parsed.data.departments);
	if (problem) throw new Error(`${path}: ${problem}`);
	return parsed.data;
}

/** What is wrong across accounts (duplicates, unknown departments), or null; shared with startServer's own check. */
export function accountsProblem(
	agents: readonly AgentAccount[],
	departments: readonly DepartmentConfig[],
): string | null {
	const departmentIds = new Set<string>();
	for (const [index, department] of departments.entries()) {
		if (departmentIds.has(department.id)) return `departments.${index}.id: "${department.id}" appears twice`;
		departmentIds.add(department.id);
	}
	const agentIds = new Set<string>();
	const tokens = new Set<string>();
	for (const [index, agent] of agents.entries()) {
		if (agentIds.has(agent.id)) return `agents.${index}.id: "${agent.id}" appears twice`;
		if (tokens.has(agent.token)) return `agents.${index}.token: the same token is given to two agents`;
		if (agent.capacity !== undefined && !(Number.isInteger(agent.capacity) && agent.capacity > 0)) {
			return `agents.${index}.capacity: expected a positive whole number`;
		}
		for (const [position, department] of agent.departments.entries()) {
			if (!departmentIds.has(department))
				return `agents.${index}.departments.${position}: no department "${department}" is defined`;
		}
		agentIds.add(agent.id);
		tokens.add(agent.token);
	}
	return null;
}

/**
 * `--token TOKEN`, `--token ID:TOKEN` or `--token ID:NAME:TOKEN` (a token may itself contain colons after NAME).
 * Errors never repeat the value: it holds a secret.
 */
export function parseTokenFlag(value: string): AgentAccount {
	const parts = value.split(':');
	const [first, second] = parts;
	const [agentId, name, token] =
		parts.length === 1
			? ['agent', 'Agent', first]
			: parts.length === 2
				? [first, 'Agent', second]
				: [first, second, parts.slice(2).join(':')];
	if (!token) throw new Error(`the token is empty (expected TOKEN, ID:TOKEN or ID:NAME:TOKEN)`);
	if (!agentId) throw new Error(`the agent id is empty (expected ID:TOKEN or ID:NAME:TOKEN)`);
	if (!name) throw new Error(`the agent name is empty (expected ID:NAME:TOKEN)`);
	if (!id.safeParse(agentId).success) throw new Error(`the agent id must be 1 to 64 characters`);
	return {id: agentId, name, company: null, token, departments: []};
}
