// Keys for the link to the server (issue 9): reconnect now, and the prompt for a new token after the server refused one.
import {CloseCode} from '../protocol/index.js';
import {enteredToken} from './components/token-prompt/token-prompt-state.js';
import {note} from './composer-keys.js';
import type {KeyActionDeps} from './key-deps.js';
import type {KeyPress} from './keys/key-press.js';

/** The server refused the token: nothing but a new one brings the desk back online. */
export function tokenRefused(deps: KeyActionDeps): boolean {
	const {connection} = deps.desk.getState();
	return connection.state === 'stopped' && connection.code === CloseCode.badToken;
}

/** The reconnect key: a new token when the old one was refused; otherwise connect now instead of after the backoff. */
export function reconnect(deps: KeyActionDeps): void {
	if (tokenRefused(deps)) {
		deps.ui.dispatch({type: 'overlay.open', overlay: 'token'});
		return;
	}
	if (deps.controller.reconnect()) note(deps, 'reconnecting now');
	else if (deps.desk.getState().connection.state === 'connected') note(deps, 'already connected');
	else note(deps, 'already connecting');
}

/**
 * A key while the new-token prompt is open. Everything typed goes into the hidden field (never the composer, never
 * the screen); Enter signs in, Esc leaves it (the secret is dropped), Tab switches saving it to the config file.
 */
export function handleTokenPromptKey(key: KeyPress, deps: KeyActionDeps, quit: () => void): void {
	const plain = !key.ctrl && !key.meta;
	if (key.name === 'escape' && plain) return deps.ui.dispatch({type: 'overlay.close'});
	if (key.name === 'c' && key.ctrl) return quit();
	if (key.name === 'enter' && plain) {
		const {tokenPrompt} = deps.ui.getState();
		const token = enteredToken(tokenPrompt);
		if (token === '') return;
		deps.ui.dispatch({type: 'overlay.close'});
		note(deps, 'signing in with the new token');
		deps.controller.signIn(token, tokenPrompt.save);
		return;
	}
	if (key.name === 'tab' && plain && !key.shift)
		return deps.ui.dispatch({type: 'token.edit', edit: {type: 'toggle-save'}});
	if (key.name === 'backspace') return deps.ui.dispatch({type: 'token.edit', edit: {type: 'delete-before'}});
	if (key.name === 'u' && key.ctrl) return deps.ui.dispatch({type: 'token.edit', edit: {type: 'clear'}});
	if (key.text !== '' && plain) deps.ui.dispatch({type: 'token.edit', edit: {type: 'insert', text: key.text}});
}

/** A paste while the prompt is open is the token (a password manager's paste), not a message. */
export function pasteIntoTokenPrompt(text: string, deps: KeyActionDeps): boolean {
	if (deps.ui.getState().overlay !== 'token') return false;
	deps.ui.dispatch({type: 'token.edit', edit: {type: 'insert', text}});
	return true;
}
