/**
 * Every built page in a real browser, visited once for all of these (a page load and an axe run
 * are what a browser test pays for; see README "Tests"):
 * - on a 360 px phone in the light scheme: it loads with no console error, failed request,
 *   external request or CSP violation; it declares its language and direction; math is rendered;
 *   it does not scroll sideways; the language picker and hreflang alternates lead to pages that
 *   exist; the header is one bar ≤ 100 px high (it used to wrap onto two or three rows and take
 *   133–177 px); axe-core with all its rules (not only WCAG serious/critical, which covers the
 *   search button's name when its label is visually hidden) finds nothing;
 * - Arabic pages reloaded on a 1280 px desktop in the dark scheme (see DARK_CHECKED):
 *   data-theme follows prefers-color-scheme, and axe's colour rules (contrast) find nothing serious
 *   or critical; the other WCAG rules do not
 *   depend on the scheme, and the desktop layout (header links, an article's contents) is checked
 *   with every WCAG rule on the home page and one article in English and in Arabic;
 * - with the language menu open: every text is drawn by the site's own fonts (font-check.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, it } from 'vitest';
import { listPages, localeCodes, locales, siteOrigin, sitePath, type Page } from '../dist/site.ts';
import { fontInitScript, localFaces, localFallbacks, systemFontProblems } from './font-check.ts';
import { AXE_COLOUR_RULES, axeViolations, browserSuite, openPage } from './harness.ts';

const schemes = ['light', 'dark'] as const;
const PHONE = { width: 360, height: 800 };
const DESKTOP = { width: 1280, height: 800 };
const MAX_HEADER_PX = 100;
/**
 * Languages whose pages are also checked in the dark scheme: Arabic, every page of it (every
 * kind of page and every article, right to left). The other languages' pages are the same
 * components in the same colours with other words; contrast is what a second scheme changes,
 * it does not depend on the direction, and axe's contrast rule is most of a browser test's time.
 */
const DARK_CHECKED = new Set(['ar']);
/** Languages whose home page and first article get every WCAG rule on a desktop (light). */
const DESKTOP_CHECKED = new Set(['en', 'ar']);

/** The same page in another locale, derived from the URL alone: "/fr/x/" → "/ar/x/". */
function inLocale(page: Page, code: string): string {
	if (page.kind === 'not-found' && !page.locale) return `/${code}/404/`;
	return page.url.replace(/^\/[a-z]{2}\//, `/${code}/`);
}

browserSuite('pages in the browser', (env) => {
	const status = async (path: string) =>
		(await fetch(new URL(path, env.server.origin), { redirect: 'manual' })).status;

	it('the font check knows the faces fonts.css names through local()', ({ expect }) => {
		expect(localFallbacks.size, "local() fonts of 'Inter Fallback' in fonts.css").toBeGreaterThan(
			0,
		);
		expect([...localFaces.keys()].sort(), 'system fonts the Noto faces try first').toEqual([
			'Noto Sans Arabic',
			'Noto Sans Devanagari',
		]);
	});

	it('the root page refreshes to /en/ cleanly', async ({ expect }) => {
		const checked = await openPage(env.browser, env.server);
		try {
			const response = await checked.page.goto('/', { waitUntil: 'load' });
			expect(response?.status(), 'HTTP status').toBe(200);
			await checked.page.waitForURL('**/en/');
			await checked.page.waitForLoadState('networkidle');
			expect(checked.problems).toEqual([]);
		} finally {
			await checked.close();
		}
	});

	const pages = listPages().filter((p) => p.kind !== 'root');
	it.concurrent.for(pages)(
		'$url: phone (light), desktop (dark in ar), fonts',
		{ timeout: 180_000 },
		async (page, { expect }) => {
			const checked = await openPage(env.browser, env.server, {
				viewport: PHONE,
				colorScheme: 'light',
			});
			try {
				const { page: tab, context, problems } = checked;
				await context.addInitScript(fontInitScript());
				const response = await tab.goto(page.url, { waitUntil: 'load' });
				expect(response?.status(), 'HTTP status').toBe(200);
				await tab.waitForLoadState('networkidle');
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
							(a) => ({ lang: a.getAttribute('hreflang'), href: a.getAttribute('href') ?? '' }),
						);
					return {
						theme: html.dataset.theme,
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
						header: document.querySelector('header.site-header')?.getBoundingClientRect().height,
					};
				});
				expect(info.theme, 'data-theme follows prefers-color-scheme').toBe('light');
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
				expect(info.scrollWidth, 'page width at 360 px (horizontal scrolling)').toBeLessThanOrEqual(
					info.clientWidth,
				);
				expect(info.header, 'header height at 360 px').toBeLessThanOrEqual(MAX_HEADER_PX);

				// The language picker offers this same page in every other locale, and it exists.
				for (const code of localeCodes.filter((c) => c !== info.lang)) {
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

				const { violations } = await new AxeBuilder({ page: tab })
					.options({ resultTypes: ['violations'] })
					.analyze();
				expect(
					violations.flatMap((v) =>
						v.nodes.map((n) => `${v.impact} ${v.id} ${n.target.join(' ')}`),
					),
					'axe, all rules, phone, light',
				).toEqual([]);

				await tab.setViewportSize(DESKTOP);
				if (DARK_CHECKED.has(page.locale ?? '')) {
					await tab.emulateMedia({ colorScheme: 'dark' });
					await tab.reload({ waitUntil: 'load' });
					await tab.waitForLoadState('networkidle');
					const theme = await tab.evaluate(() => document.documentElement.dataset.theme);
					expect(theme, 'data-theme follows prefers-color-scheme').toBe('dark');
					expect(
						await axeViolations(tab, undefined, AXE_COLOUR_RULES),
						'axe colour rules: serious or critical, desktop, dark',
					).toEqual([]);
				}

				await tab.locator('header .language-picker summary').click();
				await tab.locator('header .language-picker[open] a').first().waitFor();
				expect(await systemFontProblems(context, tab), 'text drawn by a system font').toEqual([]);
				expect(problems, 'console errors, failed/external requests, CSP violations').toEqual([]);
			} finally {
				await checked.close();
			}
		},
	);

	// The desktop layout differs from the phone's in the header (links instead of a menu) and an
	// article's contents column: the home page and one article in each language, light scheme.
	const templates = [
		...new Map(
			pages
				.filter(
					(p) => DESKTOP_CHECKED.has(p.locale ?? '') && (p.kind === 'home' || p.kind === 'article'),
				)
				.map((p) => [`${p.locale}:${p.kind}`, p]),
		).values(),
	];
	it.concurrent.for(templates)(
		'$url: desktop layout (light), every WCAG rule',
		async (page, { expect }) => {
			const checked = await openPage(env.browser, env.server, { viewport: DESKTOP });
			try {
				await checked.page.goto(page.url, { waitUntil: 'load' });
				expect(await axeViolations(checked.page), 'axe: serious or critical').toEqual([]);
				expect(checked.problems).toEqual([]);
			} finally {
				await checked.close();
			}
		},
	);

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
