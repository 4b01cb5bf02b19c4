// Keeps the desk's V8 heap near what it holds: resident memory that a desk open all day has no use for.
//
// Why: V8 doubles the new space while a process allocates quickly, up to 64 MB per semi-space on a machine with a few
// GB of memory, and keeps it; and it lets the old space grow to twice and more of what is live before it collects.
// On the desk both together were most of the resident set after paging back through a long chat (50,000 messages:
// 342 MB, of which ~75 MB live heap; with these settings 204 MB). The desk's garbage is a frame's worth at a time,
// which a 1 MB semi-space clears just as well, and a collection of its old space is incremental. The heap size flags
// (--max-semi-space-size) are read only when the process starts, but these two are read each time V8 sizes the heap,
// so they can be set from here.
import {setFlagsFromString} from 'node:v8';

/** The old space may grow to 1.3 times what was live after the last full collection before the next one. */
const OLD_SPACE_GROWTH_PERCENT = 30;

export function keepHeapSmall(): void {
	setFlagsFromString('--semi-space-growth-factor=1');
	setFlagsFromString(`--heap-growing-percent=${OLD_SPACE_GROWTH_PERCENT}`);
}
