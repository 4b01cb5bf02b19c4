// Writes the compile cache the launcher turned on (source/cli/launch.ts) to disk now rather than at exit.
import {flushCompileCache as flush} from 'node:module';

/**
 * Called once the desk's first frame is out: everything the start-up needed is compiled by then, and a desk is
 * often ended by a dropped SSH link (SIGHUP) or killed, where Node's own flush at exit would not run.
 */
export function flushCompileCache(): void {
	try {
		flush();
	} catch {
		// A cache that cannot be written (read-only temp directory) costs the next start its speed, nothing else.
	}
}
