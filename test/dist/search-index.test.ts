/**
 * What Pagefind indexed: prose, not markup. Each page's fragment in dist/pagefind/fragment/
 * (gzip, "pagefind_dcd" + JSON) holds the text that search excerpts are cut from. It must hold
 * no TeX source (KaTeX keeps "C \approx 6\,N\,D" in a MathML annotation beside the rendering)
 * and, for a page of data tables, no cell soup: such a page is found by its title, introduction
 * and headings.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, distExists, listPages, readDoc } from './site.ts';

type Fragment = { url: string; content: string };

function fragments(): Fragment[] {
	const dir = join(DIST, 'pagefind', 'fragment');
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => f.endsWith('.pf_fragment'))
		.map((f) => {
			const raw = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
			return JSON.parse(raw.replace(/^pagefind_dcd/, '')) as Fragment;
		});
}

describe.skipIf(!distExists())('the search index', () => {
	const all = distExists() ? fragments() : [];

	it('has a fragment for every indexed page', () => {
		const indexed = listPages().filter((p) =>
			readDoc(p.file).querySelector('[data-pagefind-body]'),
		);
		expect(indexed.length).toBeGreaterThan(0);
		const urls = new Set(all.map((f) => f.url));
		for (const page of indexed) expect(urls.has(page.url), page.url).toBe(true);
	});

	it('holds no TeX: no control words (\\approx, \\text, \\times…) and no MathML annotation', () => {
		const pagesWithMath = listPages().filter((p) => readDoc(p.file).querySelector('.katex'));
		expect(pagesWithMath.length, 'no page with math to check').toBeGreaterThan(0);
		for (const { url, content } of all) {
			expect(content, url).not.toMatch(/\\[a-zA-Z]+/);
			expect(content, url).not.toMatch(/\b(begin|end)(aligned|array|cases|gathered|matrix)\b/);
			expect(content, url).not.toMatch(/&[≈=<>]/);
			expect(content, url).not.toMatch(/application\/x-tex/);
		}
	});

	it('indexes a page of data tables by its prose, not its cells', () => {
		const tablePages = listPages().filter(
			(p) =>
				p.kind === 'methods' &&
				readDoc(p.file).querySelector('[data-pagefind-body]') &&
				readDoc(p.file).querySelectorAll('table td').length >= 20,
		);
		expect(tablePages.length, 'no page of data tables').toBeGreaterThan(0);
		for (const page of tablePages) {
			const fragment = all.find((f) => f.url === page.url);
			expect(fragment, page.url).toBeDefined();
			const doc = readDoc(page.file);
			const intro = doc.querySelector('main h1 + p')?.textContent?.trim().slice(0, 40);
			if (intro) expect(fragment!.content, `${page.url} introduction`).toContain(intro);
			// A cell's text (a number with its unit, a memory size) is not in the index, unless the
			// prose around the tables says it too (the reality check quotes some of its figures).
			const squash = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim() ?? '';
			const prose = doc.querySelector('[data-pagefind-body]')!.cloneNode(true) as Element;
			for (const table of prose.querySelectorAll('table')) table.remove();
			const proseText = squash(prose.textContent);
			const cells = [...doc.querySelectorAll('table td')]
				.map((td) => squash(td.textContent))
				.filter((text) => /\d/.test(text) && text.length >= 6 && !proseText.includes(text));
			expect(cells.length).toBeGreaterThan(0);
			const leaked = cells.filter((text) => fragment!.content.replace(/\s+/g, ' ').includes(text));
			expect(leaked, `${page.url}: table cells in the index`).toEqual([]);
		}
	});
});
