/**
 * "/" leads to /en/ without JavaScript (a meta refresh, as any static host can serve it); with
 * JavaScript, to the first of the reader's preferred languages (navigator.languages) that the
 * site has, and to /en/ when it has none of them.
 */
import { it } from 'vitest';
import { browserSuite, openPage } from './harness.ts';

const cases = [
	{ javaScriptEnabled: false, locale: 'fr-FR', expected: 'en' },
	{ javaScriptEnabled: true, locale: 'en-US', expected: 'en' },
	{ javaScriptEnabled: true, locale: 'fr-FR', expected: 'fr' },
	{ javaScriptEnabled: true, locale: 'hi-IN', expected: 'hi' },
	{ javaScriptEnabled: true, locale: 'ar-EG', expected: 'ar' },
	{ javaScriptEnabled: true, locale: 'de-DE', expected: 'en' },
];

browserSuite('redirect from /', (env) => {
	it.concurrent.for(cases)(
		'JavaScript $javaScriptEnabled, browser language $locale: / ends at /$expected/',
		async ({ javaScriptEnabled, locale, expected }, { expect }) => {
			const checked = await openPage(env.browser, env.server, { javaScriptEnabled, locale });
			try {
				const response = await checked.page.goto('/');
				expect(response?.status()).toBe(200);
				await checked.page.waitForURL(`${env.server.origin}/${expected}/`, { timeout: 10_000 });
				expect(await checked.page.locator('html').getAttribute('lang')).toBe(expected);
				await checked.page.waitForLoadState('networkidle');
				expect(checked.problems).toEqual([]);
			} finally {
				await checked.close();
			}
		},
	);

	it('with JavaScript, the first language the site has wins over later ones', async ({
		expect,
	}) => {
		const checked = await openPage(env.browser, env.server);
		try {
			await checked.context.addInitScript(() =>
				Object.defineProperty(navigator, 'languages', { get: () => ['de-DE', 'ar', 'fr'] }),
			);
			await checked.page.goto('/');
			await checked.page.waitForURL(`${env.server.origin}/ar/`, { timeout: 10_000 });
			expect(checked.problems).toEqual([]);
		} finally {
			await checked.close();
		}
	});
});
