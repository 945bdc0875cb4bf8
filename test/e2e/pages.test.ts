/**
 * Every built page in a real browser, in light and dark colour schemes: it loads with no console
 * error, failed request, external request or CSP violation; it declares its language and
 * direction; math is rendered; the language picker and hreflang alternates lead to pages that
 * exist; axe-core finds no serious or critical WCAG 2.2 AA violation.
 */
import { describe, it } from 'vitest';
import { listPages, localeCodes, locales, siteOrigin, sitePath, type Page } from '../dist/site.ts';
import { axeViolations, browserSuite, openPage } from './harness.ts';

const schemes = ['light', 'dark'] as const;

/** The same page in another locale, derived from the URL alone: "/fr/x/" → "/ar/x/". */
function inLocale(page: Page, code: string): string {
	if (page.kind === 'not-found' && !page.locale) return `/${code}/404/`;
	return page.url.replace(/^\/[a-z]{2}\//, `/${code}/`);
}

browserSuite('pages in the browser', (env) => {
	const status = async (path: string) =>
		(await fetch(new URL(path, env.server.origin), { redirect: 'manual' })).status;

	describe.concurrent.each(listPages())('$url', (page) => {
		for (const colorScheme of schemes) {
			it(`loads cleanly and passes axe (${colorScheme})`, async ({ expect }) => {
				const checked = await openPage(env.browser, env.server, { colorScheme });
				try {
					const { page: tab, problems } = checked;
					const response = await tab.goto(page.url, { waitUntil: 'load' });
					expect(response?.status(), 'HTTP status').toBe(200);
					if (page.kind === 'root') {
						// Meta refresh moves on to /en/; the redirect itself is tested in redirect.test.ts.
						await tab.waitForURL('**/en/');
					}
					await tab.waitForLoadState('networkidle');
					const theme = await tab.evaluate(() => document.documentElement.dataset.theme);
					if (page.kind !== 'root')
						expect(theme, 'data-theme follows prefers-color-scheme').toBe(colorScheme);
					const violations = await axeViolations(tab);
					expect(violations, 'axe: serious or critical violations').toEqual([]);
					expect(problems, 'console errors, failed/external requests, CSP violations').toEqual([]);
				} finally {
					await checked.close();
				}
			});
		}

		// The root page refreshes to /en/ at once: test/dist/structure.test.ts and redirect.test.ts cover it.
		if (page.kind !== 'root')
			it('declares language and direction, renders math, links its translations, fits 360 px', async ({
				expect,
			}) => {
				// A phone-sized viewport: the page must not scroll sideways.
				const checked = await openPage(env.browser, env.server, {
					viewport: { width: 360, height: 800 },
				});
				try {
					const { page: tab, problems } = checked;
					const response = await tab.goto(page.url, { waitUntil: 'load' });
					expect(response?.status()).toBe(200);
					const info = await tab.evaluate(() => {
						const html = document.documentElement;
						// Visible text outside rendered formulas (KaTeX keeps its TeX source in MathML).
						const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
							acceptNode: (node) =>
								node.parentElement?.closest(
									'.katex, script, style, template, pre, code:not([class*="math"])',
								)
									? NodeFilter.FILTER_REJECT
									: NodeFilter.FILTER_ACCEPT,
						});
						let text = '';
						while (walker.nextNode()) text += walker.currentNode.textContent;
						const links = (selector: string) =>
							[...document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>(selector)].map(
								(a) => ({
									lang: a.getAttribute('hreflang'),
									href: a.getAttribute('href') ?? '',
								}),
							);
						return {
							lang: html.getAttribute('lang'),
							dir: html.getAttribute('dir'),
							text,
							katexErrors: document.querySelectorAll('.katex-error').length,
							rawMath: document.querySelectorAll(
								'[class*="language-math"], .math-inline:not(:has(.katex)), .math-display:not(:has(.katex))',
							).length,
							picker: links('header a[hreflang]'),
							alternates: links('link[rel="alternate"][hreflang]'),
							canonical:
								document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
							scrollWidth: html.scrollWidth,
							clientWidth: html.clientWidth,
						};
					});
					expect(localeCodes).toContain(info.lang);
					expect(info.dir, 'dir').toBe(locales[info.lang as keyof typeof locales].dir);
					expect(info.dir === 'rtl', 'rtl exactly for Arabic').toBe(info.lang === 'ar');
					if (page.locale) expect(info.lang).toBe(page.locale);

					expect(info.text, 'unrendered $$ math').not.toContain('$$');
					expect(info.text, 'unrendered TeX').not.toMatch(
						/\\(frac|approx|cdot|times|sqrt|mathrm|text)\b/,
					);
					expect(info.katexErrors, '.katex-error elements').toBe(0);
					expect(info.rawMath, 'math left as code (language-math)').toBe(0);
					expect(info.canonical, 'canonical link').toBeTruthy();
					expect(
						info.scrollWidth,
						'page width at 360 px (horizontal scrolling)',
					).toBeLessThanOrEqual(info.clientWidth);

					{
						// The language picker offers this same page in every other locale, and it exists.
						const current = info.lang!;
						for (const code of localeCodes.filter((c) => c !== current)) {
							const link = info.picker.find((l) => l.lang === code);
							expect(link, `language picker link to ${code}`).toBeDefined();
							expect(link!.href, `language picker link to ${code}`).toBe(inLocale(page, code));
							expect(await status(link!.href), `${link!.href}`).toBe(200);
						}
						// hreflang alternates: one per locale plus x-default, each served.
						const origin = siteOrigin();
						for (const code of [...localeCodes, 'x-default']) {
							const alt = info.alternates.find((l) => l.lang === code);
							expect(alt, `hreflang=${code}`).toBeDefined();
							const path = sitePath(alt!.href, origin);
							expect(path, `${alt!.href} is on the site`).toBeDefined();
							expect(await status(path!), `hreflang=${code} ${path}`).toBe(200);
						}
					}
					expect(problems).toEqual([]);
				} finally {
					await checked.close();
				}
			});
	});

	it('an unknown address gets the 404 page with status 404', async ({ expect }) => {
		const checked = await openPage(env.browser, env.server, {
			// Chromium logs the document's own 404 as a console error; that one is expected.
			allow: [/status of 404/, /HTTP 404: .*\/no-such-page\/$/],
		});
		try {
			const response = await checked.page.goto('/en/no-such-page/');
			expect(response?.status()).toBe(404);
			expect(await checked.page.locator('html').getAttribute('lang')).toBe('en');
			expect(await checked.page.locator('h1').count()).toBe(1);
			await checked.page.waitForLoadState('networkidle');
			expect(checked.problems).toEqual([]);
		} finally {
			await checked.close();
		}
	});

	it('the server behaves like a static host', async ({ expect }) => {
		const res = await fetch(new URL('/en', env.server.origin), { redirect: 'manual' });
		expect(res.status).toBe(301);
		expect(res.headers.get('location')).toBe('/en/');
		expect(await status('/en/')).toBe(200);
		expect(await status('/missing.txt')).toBe(404);
		const wasm = await fetch(new URL('/pagefind/wasm.en.pagefind', env.server.origin));
		expect(wasm.status).toBe(200);
	});

	describe.concurrent.each(['en', 'ar'])('language picker open (%s)', (code) => {
		for (const colorScheme of schemes) {
			it(`passes axe (${colorScheme})`, async ({ expect }) => {
				const checked = await openPage(env.browser, env.server, { colorScheme });
				try {
					await checked.page.goto(`/${code}/`);
					await checked.page.locator('header .language-picker summary').click();
					await checked.page.locator('header details[open] a[hreflang]').first().waitFor();
					expect(await axeViolations(checked.page, 'header')).toEqual([]);
					expect(checked.problems).toEqual([]);
				} finally {
					await checked.close();
				}
			});
		}
	});
});
