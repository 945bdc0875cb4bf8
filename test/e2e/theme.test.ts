/**
 * Colour scheme: the inline bootstrap sets <html data-theme> before the body exists (no flash of
 * the wrong scheme), follows prefers-color-scheme until the reader chooses, and the toggle's
 * choice persists across navigation.
 */
import { describe, expect, it } from 'vitest';
import { distExists, listPages, readDoc } from '../dist/site.ts';
import { browserSuite, openPage } from './harness.ts';

// Records data-theme when <body> first appears and at DOMContentLoaded.
const RECORD_THEME = `
window.__theme = {};
new MutationObserver((_, observer) => {
	if (!document.body) return;
	window.__theme.atBody = document.documentElement.dataset.theme ?? null;
	observer.disconnect();
}).observe(document, { childList: true, subtree: true });
document.addEventListener('DOMContentLoaded', () => {
	window.__theme.atDomContentLoaded = document.documentElement.dataset.theme ?? null;
});
`;

describe.skipIf(!distExists())('theme bootstrap in the HTML', () => {
	const pages = (distExists() ? listPages() : []).filter((p) => p.kind !== 'root');
	it.each(pages.map((p) => [p.url, p] as const))(
		'%s: the first script in <head> is the inline theme bootstrap',
		(_, page) => {
			const doc = readDoc(page.file);
			const first = doc.querySelector('head script');
			expect(first, 'a script in <head>').not.toBeNull();
			expect(first!.hasAttribute('src'), 'inline, not a file to fetch').toBe(false);
			expect(
				first!.getAttribute('type') ?? 'classic',
				'a classic script (modules are deferred)',
			).toBe('classic');
			expect(first!.textContent).toMatch(/dataset\.theme|data-theme/);
			// Nothing render-blocking (stylesheets) comes before it.
			const before = [...doc.head.children].slice(0, [...doc.head.children].indexOf(first!));
			expect(before.filter((el) => el.matches('link[rel="stylesheet"], style')).length).toBe(0);
		},
	);
});

browserSuite('theme in the browser', (env) => {
	const recorded = (page: import('playwright-core').Page) =>
		page.evaluate(() => (window as unknown as { __theme: Record<string, string | null> }).__theme);

	it.concurrent.for(['light', 'dark'] as const)(
		'follows prefers-color-scheme=%s before first paint',
		async (scheme, { expect }) => {
			const checked = await openPage(env.browser, env.server, { colorScheme: scheme });
			try {
				await checked.context.addInitScript(RECORD_THEME);
				for (const path of ['/en/', '/ar/']) {
					await checked.page.goto(path);
					expect(await recorded(checked.page)).toEqual({
						atBody: scheme,
						atDomContentLoaded: scheme,
					});
				}
				expect(checked.problems).toEqual([]);
			} finally {
				await checked.close();
			}
		},
	);

	it('the toggle switches, and the choice persists across pages and wins over the system', async ({
		expect,
	}) => {
		const checked = await openPage(env.browser, env.server, { colorScheme: 'light' });
		try {
			const { page, context } = checked;
			await context.addInitScript(RECORD_THEME);
			await page.goto('/en/');
			const toggle = page.locator('header [data-theme-toggle]');
			const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
			expect(await theme()).toBe('light');
			expect(await toggle.getAttribute('aria-pressed')).toBe('false');

			await toggle.click();
			expect(await theme()).toBe('dark');
			expect(await toggle.getAttribute('aria-pressed')).toBe('true');
			expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');

			// Follow a real link: the next page starts dark although the system prefers light.
			await Promise.all([
				page.waitForURL('**/en/benchmark/'),
				page.locator('header nav a[href="/en/benchmark/"]').click(),
			]);
			expect(await recorded(page)).toEqual({ atBody: 'dark', atDomContentLoaded: 'dark' });
			expect(await toggle.getAttribute('aria-pressed')).toBe('true');

			await page.goto('/ar/');
			expect(await recorded(page)).toEqual({ atBody: 'dark', atDomContentLoaded: 'dark' });

			await toggle.click();
			expect(await theme()).toBe('light');
			await page.goto('/fr/');
			expect(await recorded(page)).toEqual({ atBody: 'light', atDomContentLoaded: 'light' });

			// A stored choice wins over the system preference in both directions.
			await page.emulateMedia({ colorScheme: 'dark' });
			await page.reload();
			expect(await theme()).toBe('light');
			expect(checked.problems).toEqual([]);
		} finally {
			await checked.close();
		}
	});
});
