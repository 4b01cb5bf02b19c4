// Browser test kit: Debian's Chromium driven by playwright-core, a reference server with the widget, an agent on the wire.
import {existsSync, mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll} from 'vitest';
import {chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page} from 'playwright-core';
import {projectRoot} from '../helpers/run-cli.js';
import {closeAll, startTestServer} from '../server/helpers.js';
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

export type BrowserSession = {
	/** A page of its own (a fresh browser session: a new visit) at `url`, the browser's language `locale`. */
	openPage(url: string, locale?: string, options?: BrowserContextOptions): Promise<Page>;
};

/**
 * The set-up every browser test file shares: one Chromium for the file, a fresh context per page, and after each test
 * every context closed, then `cleanup` (a proxy, a desk, a host page), then every server and client of the test.
 */
export function browserSession(cleanup: () => Promise<unknown> = async () => {}): BrowserSession {
	let browser: Browser | undefined;
	const contexts: BrowserContext[] = [];
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
	});
	afterEach(async () => {
		for (const context of contexts.splice(0)) await context.close();
		await cleanup();
		await closeAll();
	});
	return {
		async openPage(url, locale = 'en-GB', options = {}) {
			// bypassCSP: the demo page allows its own scripts only, and axe-core is injected by the test.
			const context = await browser!.newContext({viewport: DESKTOP, locale, bypassCSP: true, ...options});
			contexts.push(context);
			const page = await context.newPage();
			await page.goto(url);
			return page;
		},
	};
}

/** The sample shop page a server serves at `/`, with `query` (`?lang=nb`, `?invite=1`). */
export function shopPage(server: {port: number}, query = ''): string {
	return `http://127.0.0.1:${server.port}/${query}`;
}

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

/** The widget's status line (waiting, typing, on hold, offline). */
export async function statusText(page: Page, tag = 'switchboard-chat'): Promise<string> {
	return (
		(await widget(page, '.status', tag)
			.textContent({timeout: 1_000})
			.catch(() => '')) ?? ''
	);
}

/** Waits until the status line contains `text`. */
export function waitForStatus(page: Page, text: string, message = `"${text}" in the status line`): Promise<true> {
	return waitFor(async () => (await statusText(page)).includes(text) || null, {
		timeout: 15_000,
		interval: 50,
		message,
	});
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
