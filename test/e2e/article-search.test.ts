/**
 * Search finds each article in its own language by a key term: the longest word of its title
 * (read from the built page), typed into the site's search dialog, which queries the built
 * Pagefind index. The article must be among the results, and every result in that language.
 */
import { describe, it } from 'vitest';
import { listPages, readDoc } from '../dist/site.ts';
import { browserSuite, openPage } from './harness.ts';

/** Translated articles (an untranslated fallback is not indexed) and their key term. */
function articles() {
	return listPages()
		.filter((p) => p.kind === 'article' && readDoc(p.file).querySelector('[data-pagefind-body]'))
		.map((p) => {
			const title = readDoc(p.file).querySelector('h1')?.textContent ?? '';
			const words = title.match(/[\p{L}\p{M}]{4,}/gu) ?? [];
			const term = [...words].sort((a, b) => b.length - a.length)[0];
			if (!term) throw new Error(`${p.url}: no key term in its title "${title}"`);
			return { url: p.url, lang: p.locale!, term };
		});
}

browserSuite('search finds each article', (env) => {
	// One language at a time, every article of it from one open search dialog: sixteen tabs
	// loading Pagefind's WebAssembly at once starve a two-core machine, and one load per
	// language is all the index needs.
	const byLang = Map.groupBy(articles(), (a) => a.lang);
	describe.each([...byLang])('%s', (lang, list) => {
		it(list.map((a) => `${a.url} by "${a.term}"`).join(', '), async ({ expect }) => {
			const checked = await openPage(env.browser, env.server);
			try {
				const { page } = checked;
				await page.goto(`/${lang}/`);
				await page.keyboard.press('Control+k');
				const dialog = page.locator('dialog[data-search-dialog]');
				const input = dialog.locator('input[type="search"]');
				await input.waitFor();
				const results = dialog.locator('[data-search-results] a');
				for (const { url, term } of list) {
					// Clear the previous results first, so none of them can pass for this term's.
					await input.fill('');
					await expect.poll(() => results.count(), { timeout: 15_000 }).toBe(0);
					await input.fill(term);
					await expect
						.poll(
							() =>
								results.evaluateAll((links) =>
									links.map((a) => (a.getAttribute('href') ?? '').split('#')[0]),
								),
							{ timeout: 30_000, message: `"${term}" finds ${url}` },
						)
						.toContain(url);
					const hrefs = await results.evaluateAll((links) =>
						links.map((a) => a.getAttribute('href') ?? ''),
					);
					for (const href of hrefs) expect(href, `"${term}"`).toMatch(new RegExp(`^/${lang}/`));
				}
				expect(checked.problems).toEqual([]);
			} finally {
				await checked.close();
			}
		});
	});
});
