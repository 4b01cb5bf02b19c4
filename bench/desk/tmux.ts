// The desk (or a baseline) inside tmux inside the pty: the bytes counted are then what tmux sends on to the terminal.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {PtyOptions} from './pty-screen.js';
import {cliScript} from './pty-screen.js';

export function tmuxAvailable(): boolean {
	return spawnSync('tmux', ['-V'], {stdio: 'ignore'}).status === 0;
}

export type Tmux = {
	/** `startPty(args, options)` for `node script ...scriptArgs` run as tmux's only window. */
	launch(scriptArgs: string[], options: PtyOptions): [string[], PtyOptions];
	/** Ends this tmux server (its own socket: nobody else's sessions). */
	close(): void;
};

/** A tmux server of the bench's own (own socket, own config: no status line, no escape delay). */
export function privateTmux(): Tmux {
	const dir = mkdtempSync(join(tmpdir(), 'switchboard-bench-tmux-'));
	const socket = join(dir, 'socket');
	const config = join(dir, 'tmux.conf');
	writeFileSync(config, 'set -g status off\nset -sg escape-time 0\nset -g default-terminal tmux-256color\n');
	return {
		launch(scriptArgs, options) {
			const {cols = 80, rows = 24, script = cliScript} = options;
			const command = [process.execPath, script, ...scriptArgs].map(word => `'${word.replaceAll("'", "'\\''")}'`);
			const env = Object.entries(options.env ?? {})
				.filter((entry): entry is [string, string] => entry[1] !== undefined)
				.map(([name, value]) => `${name}='${value.replaceAll("'", "'\\''")}'`);
			const args = ['-S', socket, '-f', config, 'new-session', '-x', String(cols), '-y', String(rows)];
			args.push(['env', ...env, ...command].join(' '));
			return [args, {...options, command: 'tmux'}];
		},
		close() {
			spawnSync('tmux', ['-S', socket, 'kill-server'], {stdio: 'ignore'});
			rmSync(dir, {recursive: true, force: true});
		},
	};
}
