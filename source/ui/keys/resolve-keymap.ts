// Applies the agent's overrides (config `keys`) to the default keymap, refusing unknown actions, bad keys and clashes.
import {defaultKeymap, type BindingScope, type KeyAction, type KeyBinding} from '../keymap.js';
import {formatKeySpec, KeySpecError, parseKeySpec, type KeySpec} from './key-spec.js';

export type ResolvedBinding = Omit<KeyBinding, 'action' | 'keys'> & {action: KeyAction; specs: KeySpec[]};
export type ResolvedKeymap = readonly ResolvedBinding[];

export class KeymapError extends Error {
	override readonly name = 'KeymapError';
}

const specId = (spec: KeySpec) => formatKeySpec(spec);

/** Two scopes can be active at once (then one key for both would be ambiguous). Offer and composer never are. */
function scopesOverlap(a: BindingScope, b: BindingScope): boolean {
	if (a === b || a === 'global' || b === 'global') return true;
	const exclusive = new Set([a, b]);
	return !(
		exclusive.has('offer') &&
		(exclusive.has('composer') || exclusive.has('typing') || exclusive.has('placeholder'))
	);
}

function isKeyAction(name: string): name is KeyAction {
	return defaultKeymap.some(binding => binding.action === name);
}

/** Actions renamed since a config may have named them: the old name still binds (the notice log is the alert log). */
const RENAMED_ACTIONS: ReadonlyMap<string, KeyAction> = new Map([['notice-log', 'alert-log']]);

/** The action a config name means today: its own name, or an old name of it; null when there is none. */
export function keyActionNamed(name: string): KeyAction | null {
	return isKeyAction(name) ? name : (RENAMED_ACTIONS.get(name) ?? null);
}

/**
 * The keymap with overrides applied. An override replaces all keys of its action (an empty list unbinds it), and
 * takes its keys away from the actions that had them by default: what the agent chose wins.
 */
export function resolveKeymap(overrides: Record<string, readonly string[]> = {}): ResolvedKeymap {
	const overridden = new Map<KeyAction, KeySpec[]>();
	for (const [name, keys] of Object.entries(overrides)) {
		const action = keyActionNamed(name);
		if (action === null)
			throw new KeymapError(`keys.${name}: there is no action "${name}" (see the help, F1, for the names)`);
		overridden.set(
			action,
			keys.map(key => {
				try {
					return parseKeySpec(key);
				} catch (error) {
					if (error instanceof KeySpecError) throw new KeymapError(`keys.${name}: ${error.message}`);
					throw error;
				}
			}),
		);
	}
	const scopeOf = (action: KeyAction) => defaultKeymap.find(binding => binding.action === action)!.scope;
	const claimed = new Map<string, KeyAction>();
	for (const [action, specs] of overridden) {
		for (const spec of specs) {
			const other = claimed.get(specId(spec));
			if (other && other !== action && scopesOverlap(scopeOf(other), scopeOf(action))) {
				throw new KeymapError(`keys: ${formatKeySpec(spec)} is given to both ${other} and ${action}`);
			}
			claimed.set(specId(spec), action);
		}
	}
	const keymap: ResolvedBinding[] = defaultKeymap.map(binding => {
		const {keys, ...rest} = binding as KeyBinding & {action: KeyAction};
		const specs =
			overridden.get(binding.action) ?? keys.map(key => parseKeySpec(key)).filter(spec => !claimed.has(specId(spec)));
		return {...rest, specs};
	});
	if (keymap.find(binding => binding.action === 'quit')!.specs.length === 0) {
		throw new KeymapError('keys.quit: quit needs at least one key');
	}
	return keymap;
}

/** The keys of one action as the agent sees them ("Alt+A"), first one first. */
export function keysOf(keymap: ResolvedKeymap, action: KeyAction, options: {ascii?: boolean} = {}): string[] {
	return keymap.find(binding => binding.action === action)?.specs.map(spec => formatKeySpec(spec, options)) ?? [];
}
