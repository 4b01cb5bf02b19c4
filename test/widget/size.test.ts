// The widget's size budget (issue 14: at most 20 KB gzipped), checked on the build `serve` sends.
import {describe, expect, it} from 'vitest';
import {existsSync} from 'node:fs';
import {WIDGET_GZIP_BUDGET, widgetSize} from '../../bench/widget-size.js';
import {projectRoot} from '../helpers/run-cli.js';

describe('dist/widget.js', () => {
	it('stays within 20 KB gzipped, and carries no Node built-in or zod', async () => {
		const file = new URL('dist/widget.js', `file://${projectRoot}`);
		expect(existsSync(file), 'dist/widget.js: run npm run build').toBe(true);
		const {gzip} = widgetSize(file);
		expect(gzip).toBeLessThanOrEqual(WIDGET_GZIP_BUDGET);
		const {readFileSync} = await import('node:fs');
		const script = readFileSync(file, 'utf8');
		expect(script).not.toMatch(/require\(|node:|ZodError/);
	});
});
