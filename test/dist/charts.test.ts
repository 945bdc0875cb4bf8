/**
 * Charts on the built site: every picture in a page's content (an <svg> in <main> that is not
 * hidden from assistive technology) is a chart with role="img" and a non-empty <title>, and an
 * article shows the same number of charts in every language.
 */
import { describe, expect, it } from 'vitest';
import { distExists, listPages, readDoc } from './site.ts';

const pages = distExists() ? listPages().filter((p) => p.locale !== undefined) : [];

/** Content pictures: svg in <main>, not decoration inside an aria-hidden subtree. */
const charts = (file: string) =>
	[...readDoc(file).querySelectorAll('main svg')].filter(
		(svg) => !svg.closest('[aria-hidden="true"]') && !svg.parentElement?.closest('svg'),
	);

describe.skipIf(!distExists())('charts', () => {
	for (const page of pages) {
		const found = charts(page.file);
		if (found.length === 0) continue;
		it(`${page.url}: every chart has role="img" and a title`, () => {
			for (const svg of found) {
				expect(svg.getAttribute('role'), svg.outerHTML.slice(0, 120)).toBe('img');
				const title = svg.querySelector(':scope > title')?.textContent?.trim();
				expect(title, svg.outerHTML.slice(0, 120)).toBeTruthy();
			}
		});
	}

	it('each article shows the same number of charts in every language', () => {
		const bySlug = new Map<string, Record<string, number>>();
		for (const page of pages.filter((p) => p.kind === 'article')) {
			const slug = page.url.split('/')[2]!;
			bySlug.set(slug, { ...bySlug.get(slug), [page.locale!]: charts(page.file).length });
		}
		for (const [slug, counts] of bySlug)
			expect(new Set(Object.values(counts)).size, `${slug}: ${JSON.stringify(counts)}`).toBe(1);
	});
});
