/** "/" leads to /en/ without JavaScript: a meta refresh, as any static host can serve it. */
import { it } from 'vitest';
import { browserSuite, openPage } from './harness.ts';

browserSuite('redirect from /', (env) => {
	it.concurrent.for([false, true])(
		'with JavaScript %s, / ends at /en/',
		async (javaScriptEnabled, { expect }) => {
			const checked = await openPage(env.browser, env.server, { javaScriptEnabled });
			try {
				const response = await checked.page.goto('/');
				expect(response?.status()).toBe(200);
				await checked.page.waitForURL(`${env.server.origin}/en/`, { timeout: 10_000 });
				expect(await checked.page.locator('html').getAttribute('lang')).toBe('en');
				await checked.page.waitForLoadState('networkidle');
				expect(checked.problems).toEqual([]);
			} finally {
				await checked.close();
			}
		},
	);
});
