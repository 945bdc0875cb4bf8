/**
 * Shared set-up for browser tests: everything in browser.ts (static server over dist/, Debian's
 * Chromium through playwright-core, pages that record problems, axe), plus browserSuite().
 */
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { distExists } from '../dist/site.ts';
import {
	hasChromium,
	inCI,
	launchBrowser,
	missingMessage,
	startServer,
	type StaticServer,
} from './browser.ts';

export * from './browser.ts';

/** The browser and the static server over dist/ that a suite's tests share. */
export type BrowserEnv = { readonly browser: Browser; readonly server: StaticServer };

/**
 * describe() for tests that need Chromium and a built site: starts one browser and one server
 * for the suite (read them from `env` inside tests) and stops them after. Without Chromium the
 * suite is skipped with one line of explanation, except in CI (CI=true), where it fails.
 */
export function browserSuite(name: string, body: (env: BrowserEnv) => void): void {
	let browser: Browser | undefined;
	let server: StaticServer | undefined;
	const env: BrowserEnv = {
		get browser() {
			if (!browser)
				throw new Error('the browser starts in beforeAll: use env.browser inside tests');
			return browser;
		},
		get server() {
			if (!server) throw new Error('the server starts in beforeAll: use env.server inside tests');
			return server;
		},
	};
	const suite = () => {
		beforeAll(async () => {
			[browser, server] = await Promise.all([launchBrowser(), startServer()]);
		});
		afterAll(async () => {
			await browser?.close();
			await server?.close();
		});
		body(env);
	};
	if (!distExists()) {
		describe(name, () => {
			it('needs a built site', () => {
				throw new Error('dist/ is missing: run `npm run build` before `npm run test:built`');
			});
		});
		return;
	}
	if (hasChromium) {
		describe(name, suite);
		return;
	}
	if (inCI) {
		describe(name, () => {
			it('needs Chromium', () => {
				throw new Error(
					missingMessage.replace('browser tests skipped', 'browser tests cannot run in CI'),
				);
			});
		});
		return;
	}
	warnOnce();
	describe.skip(name, () => body(env));
}

/** Print the missing-Chromium line once per test run, not once per test file. */
function warnOnce() {
	const marker = join(tmpdir(), `can-i-train-it-no-chromium-${process.ppid}`);
	if (existsSync(marker)) return;
	writeFileSync(marker, '');
	console.warn(missingMessage);
}
