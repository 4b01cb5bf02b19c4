// Every key press and paste the desk receives, parsed from the raw terminal input (see keys/key-press.ts for why not useInput).
import type {EventEmitter} from 'node:events';
import {usePaste, useStdin} from 'ink';
import {useEffect, useRef} from 'react';
import {parseKeyPresses, type KeyPress} from '../keys/key-press.js';

type StdinWithEvents = ReturnType<typeof useStdin> & {internal_eventEmitter?: EventEmitter};

/**
 * One listener for the whole desk: a key press is matched once, centrally, instead of every component's own
 * useInput looking at it. Pastes come separately (bracketed paste is on while this hook is mounted).
 */
export function useKeyPress(onKey: (key: KeyPress) => void, onPaste: (text: string) => void): void {
	const stdin = useStdin() as StdinWithEvents;
	const {setRawMode, isRawModeSupported} = stdin;
	const emitter = stdin.internal_eventEmitter;
	const handlers = useRef({onKey, onPaste});
	handlers.current = {onKey, onPaste};

	useEffect(() => {
		if (!isRawModeSupported) return undefined;
		setRawMode(true);
		return () => setRawMode(false);
	}, [isRawModeSupported, setRawMode]);

	useEffect(() => {
		if (!emitter) throw new Error('useKeyPress: this version of Ink has no input event emitter');
		const listener = (event: string) => {
			for (const key of parseKeyPresses(event)) handlers.current.onKey(key);
		};
		emitter.on('input', listener);
		return () => {
			emitter.off('input', listener);
		};
	}, [emitter]);

	usePaste(text => handlers.current.onPaste(text));
}
