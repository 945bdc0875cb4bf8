/**
 * Search in every language: nothing of it loads before the reader asks; Ctrl+K, "/" and the
 * header button open the dialog; a word from that language's indexed text finds a page in the
 * same language; Escape closes the dialog; the open dialog passes axe.
 */
import { describe, it } from 'vitest';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
	DIST,
	dynamicImports,
	listPages,
	localeCodes,
	readDoc,
	staticClosure,
	upfrontJs,
	type Locale,
} from '../dist/site.ts';
import { axeViolations, browserSuite, openPage } from './harness.ts';

/**
 * A word Pagefind indexed for `lang`: the first long word of the indexed body of that
 * language's first article (or any indexed page), read from the built HTML.
 */
function searchWord(lang: Locale): { word: string; from: string } {
	const indexed = listPages()
		.filter((p) => p.locale === lang && readDoc(p.file).querySelector('[data-pagefind-body]'))
		.sort((a, b) => Number(b.kind === 'article') - Number(a.kind === 'article'));
	for (const page of indexed) {
		const body = readDoc(page.file)
			.querySelector('[data-pagefind-body]')!
			.cloneNode(true) as Element;
		for (const el of body.querySelectorAll(
			'.katex, [data-pagefind-ignore], script, style, nav, form',
		))
			el.remove();
		const word = body.textContent?.match(/[\p{L}\p{M}]{6,}/u)?.[0];
		if (word) return { word, from: page.url };
	}
	throw new Error(`no page in dist/${lang}/ is indexed by Pagefind (data-pagefind-body)`);
}

/** Polls wait this long: a busy machine can take seconds to run a key handler. */
const patient = { timeout: 10_000 };

browserSuite('search', (env) => {
	describe.concurrent.each(localeCodes)('%s', (lang) => {
		it('loads on demand, opens from the keyboard and the button, finds pages in the same language', async ({
			expect,
		}) => {
			const { word, from } = searchWord(lang);
			const home = listPages().find((p) => p.locale === lang && p.kind === 'home')!;
			// What the page loads before search is used: its up-front scripts, and the islands that
			// hydrate when visible (the home page's quick answer is in view at once).
			const islandEntries = [...readDoc(home.file).querySelectorAll('astro-island')].flatMap(
				(island) =>
					['component-url', 'renderer-url']
						.map((attr) => island.getAttribute(attr))
						.filter((url): url is string => !!url)
						.map((url) => join(DIST, url)),
			);
			const islandCode = staticClosure(islandEntries);
			// An island may load part of its code as it starts (the calculators read a GPU measured
			// by the benchmark from a module of its own): that is the island's, not search's.
			const islandLazy = staticClosure(
				islandCode.flatMap((file) =>
					existsSync(file)
						? dynamicImports(file)
								.filter((spec) => spec.startsWith('.'))
								.map((spec) => resolve(dirname(file), spec))
						: [],
				),
			);
			const upfront = new Set(
				[...upfrontJs(home).files, ...islandCode, ...islandLazy].map((f) => f.slice(DIST.length)),
			);
			const checked = await openPage(env.browser, env.server);
			try {
				const { page, requested } = checked;
				await page.goto(home.url);
				await page.waitForLoadState('networkidle');
				expect(
					requested.filter((p) => p.startsWith('/pagefind/')),
					'Pagefind loaded before use',
				).toEqual([]);
				const lateJs = requested.filter((p) => p.endsWith('.js') && !upfront.has(p));
				expect(lateJs, 'scripts loaded before use beyond the up-front set').toEqual([]);

				const dialog = page.locator('dialog[data-search-dialog]');
				const input = dialog.locator('input[type="search"]');
				const isOpen = () => dialog.evaluate((d: HTMLDialogElement) => d.open);

				// Ctrl+K opens the dialog with the input focused.
				await page.keyboard.press('Control+k');
				await expect.poll(isOpen, patient).toBe(true);
				await expect
					.poll(() => input.evaluate((el) => el === document.activeElement), patient)
					.toBe(true);

				await input.fill(word);
				const results = dialog.locator('[data-search-results] a');
				await results.first().waitFor({ timeout: 15_000 });
				const hrefs = await results.evaluateAll((links) =>
					links.map((a) => a.getAttribute('href') ?? ''),
				);
				console.log(`search ${lang}: "${word}" (a word of ${from}) → ${hrefs.join(', ')}`);
				expect(hrefs.length, `results for "${word}" (from ${from})`).toBeGreaterThan(0);
				for (const href of hrefs)
					expect(href, `result for "${word}"`).toMatch(new RegExp(`^/${lang}/`));
				expect(
					requested.some((p) => p.startsWith('/pagefind/')),
					'Pagefind loaded on use',
				).toBe(true);

				expect(
					await axeViolations(page, 'dialog[data-search-dialog]'),
					'axe on the open dialog',
				).toEqual([]);

				await page.keyboard.press('Escape');
				await expect.poll(isOpen, patient).toBe(false);

				// "/" opens it too (when not typing in a field), and Escape closes it again.
				await page.locator('main').click({ position: { x: 1, y: 1 } });
				await page.keyboard.press('/');
				await expect.poll(isOpen, patient).toBe(true);
				await page.keyboard.press('Escape');
				await expect.poll(isOpen, patient).toBe(false);

				// So does the header button.
				await page.locator('header [data-search-open]').click();
				await expect.poll(isOpen, patient).toBe(true);
				await page.keyboard.press('Escape');
				await expect.poll(isOpen, patient).toBe(false);

				expect(checked.problems).toEqual([]);
			} finally {
				await checked.close();
			}
		});
	});
});
