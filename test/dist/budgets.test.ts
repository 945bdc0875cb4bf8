/**
 * Size budgets on the built site, gzip level 9 (what a static host's compression roughly gives).
 * HTML: 15 kB per page, 40 kB for an article or the methods page (formulas and data tables), not
 * counting inline <style> (CSS is inlined in <head> and has its own budget). CSS of a page,
 * linked or inline: 25 kB in all. JavaScript a
 * page without islands runs up front: 2 kB (inline scripts, <script src> and their static
 * imports; dynamic imports load on use and are left out). Search loads only when opened.
 * A page with islands: each island hydrates when visible, so up front it runs only Astro's
 * island loader and the page's own scripts: 15 kB for an article or the home page, 35 kB for
 * the calculators page, whose HTML may hold 30 kB (its four calculators' fields and results).
 * Once every island has hydrated (Preact, the islands, the core and formatting code they call,
 * the catalogue): 49 kB, 53 kB for the calculators page with all four calculators. Measured on
 * 2026-12-08: 48.2 kB for the article with two calculators, 51.9 kB for the calculators page,
 * 40.2 kB for the home page; of the 51.9 kB, 21.9 kB is Preact + core + formatter (one file),
 * 4.5 kB can I train it?, 4.2 kB the presets, 3.6 kB the GPU and model catalogue, 3.4 kB the
 * charts, 2.3 kB the config.json box and link code, 2.4 kB Astro's inline loader. These were
 * 35.7 and 39.3 kB on 2026-12-02, with 23 GPUs and 23 models passed to every island as props in
 * the HTML: the catalogue (50 GPUs, 39 models) now ships once, as a cached chunk, and the
 * calculators page's HTML fell from 41-45 kB to 24-28 kB, so a page's HTML + JS is about the
 * same. The rest is new code: the core's mixture-of-experts, latent-attention and config.json
 * parts (3.1 kB of the runtime is the parser, which a reader uses only when pasting a config:
 * the next saving) and the error codes.
 */
import { readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	DIST,
	distExists,
	dynamicImports,
	gzipSize,
	hasIslands,
	inlineCss,
	linkedCss,
	listPages,
	readDoc,
	staticClosure,
	upfrontJs,
	walk,
} from './site.ts';

const kB = 1000;
const BUDGET = {
	html: 15 * kB,
	articleHtml: 40 * kB,
	/** The calculators page: four calculators with their fields, results and charts. */
	calculatorsHtml: 30 * kB,
	css: 25 * kB,
	js: 2 * kB,
	/** JS a page with islands runs before any island is visible. */
	islandUpfront: 15 * kB,
	calculatorsUpfront: 35 * kB,
	/** Everything a page with islands runs once they all hydrate: Preact, Astro's island
	 * loader, the islands and the core and formatting code they call. */
	islandJs: 49 * kB,
	calculatorsJs: 53 * kB,
};

const pages = distExists() ? listPages() : [];
const fmt = (bytes: number) => `${(bytes / kB).toFixed(1)} kB`;

describe.skipIf(!distExists())('size budgets (gzip -9)', () => {
	const rows = pages.map((page) => {
		const html = gzipSize(
			readFileSync(page.file, 'utf8').replace(/(<style\b[^>]*>)[\s\S]*?<\/style>/g, '$1</style>'),
		);
		const css =
			linkedCss(page).reduce((sum, f) => sum + gzipSize(readFileSync(f)), 0) +
			inlineCss(page).reduce((sum, s) => sum + gzipSize(s), 0);
		const js = upfrontJs(page);
		return { page, html, css, js, islands: hasIslands(page) };
	});

	it('prints the measured sizes', () => {
		const table = rows.map((r) => ({
			page: r.page.url,
			kind: r.page.kind,
			html: fmt(r.html),
			css: fmt(r.css),
			'js up front': fmt(r.js.gzip),
			islands: r.islands ? 'yes' : '',
		}));
		console.log('Measured sizes (gzip -9):');
		console.table(table);
		const assets = walk(DIST)
			.filter((f) => /\.(js|css)$/.test(f) && !relative(DIST, f).startsWith('pagefind'))
			.map((f) => ({
				file: relative(DIST, f),
				raw: fmt(readFileSync(f).length),
				gzip: fmt(gzipSize(readFileSync(f))),
			}));
		console.table(assets);
		expect(rows.length).toBeGreaterThan(0);
	});

	for (const { page, html } of rows) {
		const long = page.kind === 'article' || page.kind === 'methods';
		const budget = long
			? BUDGET.articleHtml
			: page.kind === 'calculators'
				? BUDGET.calculatorsHtml
				: BUDGET.html;
		it(`HTML of ${page.url} ≤ ${fmt(budget)}`, () => {
			expect(html, `${page.rel} is ${fmt(html)} gzip`).toBeLessThanOrEqual(budget);
		});
	}

	for (const { page, css } of rows) {
		it(`CSS linked by ${page.url} ≤ ${fmt(BUDGET.css)}`, () => {
			expect(css, `${page.rel} loads ${fmt(css)} of CSS gzip`).toBeLessThanOrEqual(BUDGET.css);
		});
	}

	for (const { page, js, islands } of rows.filter((r) => !r.islands)) {
		it(`JS up front on ${page.url} (no islands) ≤ ${fmt(BUDGET.js)}`, () => {
			const files = js.files.map((f) => relative(DIST, f)).join(', ');
			expect(islands).toBe(false);
			expect(
				js.gzip,
				`${page.rel}: ${fmt(js.gzip)} (${js.inline.length} inline; ${files})`,
			).toBeLessThanOrEqual(BUDGET.js);
		});
	}

	for (const { page, js } of rows.filter((r) => r.islands)) {
		const upfront = page.kind === 'calculators' ? BUDGET.calculatorsUpfront : BUDGET.islandUpfront;
		it(`${page.url}: JS before any island is visible ≤ ${fmt(upfront)}`, () => {
			expect(js.gzip, `${page.rel}: ${fmt(js.gzip)} up front`).toBeLessThanOrEqual(upfront);
		});
	}

	for (const { page, js } of rows.filter((r) => r.islands)) {
		const budget = page.kind === 'calculators' ? BUDGET.calculatorsJs : BUDGET.islandJs;
		it(`${page.url}: islands hydrate when visible, and all their JS ≤ ${fmt(budget)}`, () => {
			const islands = [...readDoc(page.file).querySelectorAll('astro-island')];
			const entries: string[] = [];
			for (const island of islands) {
				// client:only is for code that cannot render at build time (WebGPU); the rest wait
				// until they scroll into view.
				expect(['visible', 'only'], island.outerHTML.slice(0, 200)).toContain(
					island.getAttribute('client'),
				);
				for (const attr of ['component-url', 'renderer-url']) {
					const url = island.getAttribute(attr);
					if (url) entries.push(join(DIST, url));
				}
			}
			const files = new Set([...js.files, ...staticClosure(entries)]);
			const total =
				js.inline.reduce((sum, code) => sum + gzipSize(code), 0) +
				[...files].reduce((sum, f) => sum + gzipSize(readFileSync(f)), 0);
			console.log(`${page.url}: ${islands.length} island(s), ${fmt(total)} of JS once hydrated`);
			expect(total).toBeLessThanOrEqual(budget);
		});
	}

	it('search code and Pagefind load only on use', () => {
		for (const { page, js } of rows) {
			// Nothing loaded up front loads from /pagefind/ (a data-pagefind-ignore attribute in an
			// island's markup is fine) or statically imports the search UI.
			const html = readFileSync(page.file, 'utf8');
			expect(html, `${page.rel} references /pagefind/`).not.toMatch(/["'(]\/pagefind\//);
			for (const file of js.files) {
				const code = readFileSync(file, 'utf8');
				expect(
					code,
					`${relative(DIST, file)} (loaded up front by ${page.rel}) mentions pagefind`,
				).not.toMatch(/\/pagefind\//);
			}
			for (const code of js.inline) expect(code).not.toMatch(/\/pagefind\//);
		}
		// The search code exists, in a chunk of its own that some page reaches by import().
		const chunks = walk(DIST)
			.filter((f) => f.endsWith('.js') && !relative(DIST, f).startsWith('pagefind/'))
			.filter((f) => /\/pagefind\//.test(readFileSync(f, 'utf8')));
		expect(chunks.length, 'no built chunk loads /pagefind/').toBeGreaterThan(0);
		const imported = new Set(
			rows.flatMap((r) =>
				r.js.files.flatMap((f) => dynamicImports(f).map((spec) => basename(spec))),
			),
		);
		for (const chunk of chunks) {
			expect(
				imported.has(basename(chunk)),
				`${basename(chunk)} is not reached by a dynamic import`,
			).toBe(true);
		}
	});
});
