/** "/" leads to /en/ without JavaScript: a meta refresh, as any static host can serve it. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';
import {
	browserSuite,
	launchBrowser,
	openPage,
	startServer,
	type StaticServer,
} from './harness.ts';

browserSuite('redirect from /', () => {
	let browser: Browser;
	let server: StaticServer;
	beforeAll(async () => {
		[browser, server] = await Promise.all([launchBrowser(), startServer()]);
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	it.concurrent.for([false, true])(
		'with JavaScript %s, / ends at /en/',
		async (javaScriptEnabled, { expect }) => {
			const checked = await openPage(browser, server, { javaScriptEnabled });
			try {
				const response = await checked.page.goto('/');
				expect(response?.status()).toBe(200);
				await checked.page.waitForURL(`${server.origin}/en/`, { timeout: 10_000 });
				expect(await checked.page.locator('html').getAttribute('lang')).toBe('en');
				await checked.page.waitForLoadState('networkidle');
				expect(checked.problems).toEqual([]);
			} finally {
				await checked.close();
			}
		},
	);
});
