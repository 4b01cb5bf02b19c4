// Finds the action a key press means in the focused pane's situation, or null when the key is for typing.
import type {BindingScope, KeyAction} from '../keymap.js';
import type {KeyPress} from './key-press.js';
import {isTypingKey, keyMatches} from './key-spec.js';
import type {ResolvedKeymap} from './resolve-keymap.js';

export type KeyContext = {
	/** The focused pane shows an offer. */
	offer: boolean;
	/** The focused pane has a composer. */
	composer: boolean;
	/** That composer holds text. */
	typing: boolean;
	/** That text holds a placeholder of a canned response ("[order number]"). */
	placeholder?: boolean;
};

function scopeActive(scope: BindingScope, context: KeyContext): boolean {
	switch (scope) {
		case 'global':
			return true;
		case 'offer':
			return context.offer;
		case 'composer':
			return context.composer;
		case 'typing':
			return context.composer && context.typing;
		case 'placeholder':
			return context.composer && context.placeholder === true;
	}
}

export function matchKey(keymap: ResolvedKeymap, key: KeyPress, context: KeyContext): KeyAction | null {
	for (const binding of keymap) {
		if (!scopeActive(binding.scope, context)) continue;
		for (const spec of binding.specs) {
			if (context.typing && isTypingKey(spec)) continue;
			if (keyMatches(spec, key)) return binding.action;
		}
	}
	return null;
}
