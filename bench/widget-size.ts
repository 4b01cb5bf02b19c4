// The chat widget's weight as a visitor's browser downloads it: dist/widget.js raw, and gzipped (budget 20 KB).
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {figure} from './stats.js';

export const WIDGET_GZIP_BUDGET = 20 * 1024;

/** Bytes of the built widget, raw and at gzip level 9 (what a server or CDN typically sends). */
export function widgetSize(file: URL): {raw: number; gzip: number} {
	const script = readFileSync(file);
	return {raw: script.length, gzip: gzipSync(script, {level: 9}).length};
}

export function runWidgetBenchmarks(): void {
	// dist/bench/run.js reads dist/widget.js: the same build `serve` sends.
	const {raw, gzip} = widgetSize(new URL('../widget.js', import.meta.url));
	figure('widget.size.raw', raw / 1024, 'KiB (dist/widget.js, minified)');
	figure('widget.size.gzip', gzip / 1024, `KiB (gzip -9; budget ${WIDGET_GZIP_BUDGET / 1024} KiB)`);
	if (gzip > WIDGET_GZIP_BUDGET) throw new Error(`the widget is ${gzip} bytes gzipped, over its ${WIDGET_GZIP_BUDGET}`);
}
