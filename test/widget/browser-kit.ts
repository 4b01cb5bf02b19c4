// Browser test kit: Debian's Chromium driven by playwright-core, a reference server with the widget, an agent on the wire.
import {existsSync, mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {chromium, type Browser, type Page} from 'playwright-core';
import {projectRoot} from '../helpers/run-cli.js';
import {startTestServer} from '../server/helpers.js';
import type {RunningServer, ServerOptions} from '../../source/server/server.js';
import {waitFor} from '../helpers/wait-for.js';

export const CHROMIUM = '/usr/bin/chromium';

/** Where the screenshots go for people to look at (git-ignored). */
export const SCREENSHOTS = join(projectRoot, 'test-output', 'widget');

/**
 * One browser per test file. Never a downloaded browser: .ci/run installs Debian's chromium, so a missing one is a
 * broken machine, and the test says so instead of skipping. playwright-core gives every launch a fresh profile
 * directory of its own (the --user-data-dir the flags would otherwise name).
 */
export async function launchChromium(): Promise<Browser> {
	if (!existsSync(CHROMIUM))
		throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium; .ci/run does it)`);
	if (!existsSync(join(projectRoot, 'dist', 'widget.js'))) throw new Error('dist/widget.js is missing: npm run build');
	mkdirSync(SCREENSHOTS, {recursive: true});
	return chromium.launch({
		executablePath: CHROMIUM,
		headless: true,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}

/**
 * A test server with timings a loaded machine can keep: a browser competing for two cores may miss a 1 s heartbeat,
 * and a chat whose resume window runs out ends (which a test would then read as a bug of the widget).
 */
export function widgetServer(options: Partial<ServerOptions> = {}): Promise<RunningServer> {
	return startTestServer({heartbeatMs: 5_000, resumeWindowMs: 60_000, offerTimeoutMs: 60_000, ...options});
}

export const DESKTOP = {width: 1280, height: 800};
export const PHONE = {width: 390, height: 780};

/** The widget's shadow root content is reached through playwright's piercing CSS selectors. */
export function widget(page: Page, selector: string, tag = 'switchboard-chat') {
	return page.locator(`${tag} ${selector}`).first();
}

/** The name of the control focused inside the widget's shadow root, if any. */
export function focusedControl(page: Page): Promise<string | null> {
	return page.evaluate(
		() => (globalThis as any).document.activeElement?.shadowRoot?.activeElement?.getAttribute('name') ?? null,
	);
}

/** Screenshots at desktop and phone width, named after the state shown. */
export async function screenshots(page: Page, state: string): Promise<void> {
	const size = page.viewportSize();
	for (const [label, viewport] of [
		['desktop', DESKTOP],
		['phone', PHONE],
	] as const) {
		await page.setViewportSize(viewport);
		await page.screenshot({path: join(SCREENSHOTS, `${state}-${label}.png`)});
	}
	if (size) await page.setViewportSize(size);
}

/** The text of the widget's conversation, for waiting on. */
export async function logText(page: Page): Promise<string> {
	return (
		(await widget(page, '.log')
			.textContent({timeout: 1_000})
			.catch(() => '')) ?? ''
	);
}

export async function waitForLog(page: Page, text: string, message = `"${text}" in the conversation`): Promise<string> {
	return waitFor(async () => ((await logText(page)).includes(text) ? logText(page) : null), {
		timeout: 15_000,
		interval: 50,
		message,
	});
}

/** Runs axe-core in the page and returns its violations, described in one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
	const source = await import('axe-core').then(module => (module.default ?? module).source);
	await page.addScriptTag({content: source});
	const result = (await page.evaluate(async () => {
		// Runs in the page: its globals are the browser's (typed loosely here, the tests compile without the DOM lib).
		const page = globalThis as any;
		return page.axe.run(page.document, {resultTypes: ['violations']});
	})) as {violations: {id: string; help: string; nodes: {target: unknown[]}[]}[]};
	return result.violations.map(
		violation =>
			`${violation.id}: ${violation.help} (${violation.nodes.map(node => JSON.stringify(node.target)).join(', ')})`,
	);
}
