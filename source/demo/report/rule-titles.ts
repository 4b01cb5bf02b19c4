// A few words naming each etiquette rule the report card summarises (ETIQUETTE.md has the rules in full).

export const RULE_TITLES = {
	E1: 'answer fast',
	E2: 'introduce yourself',
	E3: 'use the name, spelled right',
	E4: 'friendly but professional',
	E5: 'clear, concise, correct',
	E6: 'positive wording',
	E7: 'be honest, promise a time',
	E9: 'keep the customer informed',
	E10: 'holding',
	E11: 'transferring',
	E12: 'canned responses',
	E18: 'closing',
	E19: 'ask for feedback',
	E20: 'follow up',
	E22: 'learn the desk',
	E29: 'whole, friendly sentences',
} as const;

export type SummarisedRule = keyof typeof RULE_TITLES;
