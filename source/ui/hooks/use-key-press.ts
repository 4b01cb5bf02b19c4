// Every key press and paste the desk receives, parsed from the raw terminal input (see keys/key-press.ts for why not useInput).
import type {EventEmitter} from 'node:events';
import {useApp, usePaste, useStdin} from 'ink';
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
	const {waitUntilRenderFlush} = useApp();
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
			// What the key changed is drawn now, not when Ink's frame budget next allows: a message arriving off screen
			// may have drawn a frame a few ms before, and the agent's own key must not wait behind it.
			void waitUntilRenderFlush();
		};
		emitter.on('input', listener);
		return () => {
			emitter.off('input', listener);
		};
	}, [emitter, waitUntilRenderFlush]);

	usePaste(text => handlers.current.onPaste(text));
}
