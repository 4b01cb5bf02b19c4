// The customer op `info` (protocol §17.4, 1.2): what a pre-chat form offers, before any join.
import type {CustomerOpResult} from '../protocol/index.js';
import type {ContactCentre} from './contact-centre.js';
import type {DepartmentConfig} from './accounts.js';
import {anyoneCanTakeChat, departmentStaffing, type RoutingAgent} from './routing.js';

/** Departments with their names, and whether someone could answer now: never how many agents, nor who (§17.6). */
export function customerInfo(centre: ContactCentre): CustomerOpResult<'info'> {
	return customerInfoOf([...centre.agents.values()], centre.departments.values());
}

/** The same answer from any view of the team: one process's memory, or a cluster's tables (cluster/ops.ts). */
export function customerInfoOf(
	agents: readonly RoutingAgent[],
	departments: Iterable<DepartmentConfig>,
): CustomerOpResult<'info'> {
	return {
		online: agents.some(agent => agent.presence === 'online' && agent.available),
		accepting: anyoneCanTakeChat(agents),
		departments: [...departments].map(department => ({
			id: department.id,
			name: department.name,
			...(department.names ? {names: {...department.names}} : {}),
			accepting: departmentStaffing(agents, department.id).accepting,
		})),
	};
}
