// The agent's side for a customer the scenario wrote no autopilot steps for: accept, answer, close politely.
import type {AutopilotStep} from '../scenario/scenario.js';

/**
 * Plain enough for any customer: the greeting goes out by itself on accept (E2); the reply says the agent
 * is on it; /end asks "anything else?" (E18), and the second /end closes with the rating request (E19).
 */
export function builtInAutopilot(): AutopilotStep[] {
	const line = 0;
	return [
		{do: 'accept', line},
		{do: 'await-customer', pattern: null, timeoutMs: 90_000, line},
		{do: 'type', text: 'Thank you! Let me look into that for you right away.', line},
		{do: 'wait', ms: 8_000, line},
		{do: 'type', text: '/end', line},
		{do: 'await-customer', pattern: null, timeoutMs: 60_000, line},
		{do: 'type', text: '/end', line},
	];
}
