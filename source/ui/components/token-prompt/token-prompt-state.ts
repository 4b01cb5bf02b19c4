// The new-token prompt (a token the server refused mid-session) as a pure reducer: the secret is never shown or logged.

export type TokenPromptState = {
	/** What the agent typed or pasted; only its length ever reaches the screen. */
	secret: string;
	/** Also write it to the config file (0600), the agent's explicit choice; off by default. */
	save: boolean;
};

export type TokenPromptEdit =
	{type: 'insert'; text: string} | {type: 'delete-before'} | {type: 'clear'} | {type: 'toggle-save'};

export const EMPTY_TOKEN_PROMPT: TokenPromptState = {secret: '', save: false};

/** Tokens are one line: line breaks and other controls in a paste are dropped, as is surrounding whitespace. */
const tokenText = (text: string) => text.replaceAll(/[\u0000-\u001F\u007F-\u009F]/g, '');

export function reduceTokenPrompt(state: TokenPromptState, edit: TokenPromptEdit): TokenPromptState {
	switch (edit.type) {
		case 'insert': {
			const text = tokenText(edit.text);
			return text === '' ? state : {...state, secret: state.secret + text};
		}
		case 'delete-before':
			return state.secret === '' ? state : {...state, secret: [...state.secret].slice(0, -1).join('')};
		case 'clear':
			return state.secret === '' ? state : {...state, secret: ''};
		case 'toggle-save':
			return {...state, save: !state.save};
	}
}

/** The token as it goes to the server: without the spaces a paste tends to bring along. */
export function enteredToken(state: TokenPromptState): string {
	return state.secret.trim();
}

/** How the hidden field looks: one mark per character, capped, so the agent sees typing land and nothing else. */
export function maskedSecret(state: TokenPromptState, mark: string, cap = 24): string {
	const length = [...state.secret].length;
	return mark.repeat(Math.min(length, cap)) + (length > cap ? '+' : '');
}
