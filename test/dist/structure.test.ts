/**
 * The built site's structure, read from dist/ without a browser: every page declares its
 * language and direction, has a title, description and canonical link; the sitemap and robots.txt
 * are there; nothing loads from another host; Pagefind indexed every language.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	DIST,
	distExists,
	fileForUrl,
	isTextAsset,
	listPages,
	localeCodes,
	locales,
	readDoc,
	siteOrigin,
	sitePath,
	walk,
} from './site.ts';

const pages = distExists() ? listPages() : [];

describe.skipIf(!distExists())('every HTML page', () => {
	it('the site has a page of each kind in every language', () => {
		for (const lang of localeCodes) {
			for (const kind of ['home', 'article', 'benchmark', 'not-found'] as const) {
				expect(
					pages.some((p) => p.locale === lang && p.kind === kind),
					`no ${kind} page in ${lang}`,
				).toBe(true);
			}
		}
	});

	for (const page of pages) {
		describe(page.url, () => {
			const doc = readDoc(page.file);
			const html = doc.documentElement;

			it('has <html lang> of a site language, and dir="rtl" exactly when the language is RTL', () => {
				const lang = html.getAttribute('lang');
				expect(localeCodes).toContain(lang);
				expect(html.getAttribute('dir')).toBe(locales[lang as keyof typeof locales].dir);
				expect(html.getAttribute('dir') === 'rtl').toBe(lang === 'ar');
				if (page.locale)
					expect(lang, 'a page under /<lang>/ is in that language').toBe(page.locale);
			});

			it('has a title, a meta description and a canonical link on the site', () => {
				expect(doc.title.trim()).not.toBe('');
				const description = doc.querySelector('meta[name="description"]')?.getAttribute('content');
				expect(description?.trim(), 'meta description').toBeTruthy();
				const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
				expect(canonical, 'canonical link').toBeTruthy();
				expect(new URL(canonical!).origin).toBe(siteOrigin());
				// A 404 response's canonical is ignored by crawlers; every other page's must exist.
				if (page.kind !== 'not-found') {
					const path = sitePath(canonical!)!;
					expect(fileForUrl(path), `canonical ${canonical} is not a page in dist/`).toBeDefined();
				}
			});

			it('every element with lang inside the page has a matching dir', () => {
				for (const el of doc.querySelectorAll('body [lang]')) {
					const lang = el.getAttribute('lang') as keyof typeof locales;
					if (!(lang in locales)) continue;
					const dir = el.getAttribute('dir');
					// lang alone does not reset direction: a subtree in another script direction needs dir.
					const inherited =
						el.parentElement?.closest('[dir]')?.getAttribute('dir') ?? html.getAttribute('dir');
					expect(dir ?? inherited, `<${el.tagName.toLowerCase()} lang="${lang}"> direction`).toBe(
						locales[lang].dir,
					);
				}
			});

			if (page.kind !== 'root' && page.kind !== 'other') {
				it('has hreflang alternates for every language and x-default, all resolvable', () => {
					const alternates = [...doc.querySelectorAll('link[rel="alternate"][hreflang]')];
					const byLang = new Map(
						alternates.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')!]),
					);
					for (const code of [...localeCodes, 'x-default']) {
						const href = byLang.get(code);
						expect(href, `hreflang=${code}`).toBeTruthy();
						const path = sitePath(href!);
						expect(path, `${href} is on the site`).toBeDefined();
						expect(fileForUrl(path!), `${href} exists in dist/`).toBeDefined();
						if (code !== 'x-default')
							expect(path!.startsWith(`/${code}/`), `${href} is in /${code}/`).toBe(true);
					}
				});
			}
		});
	}
});

describe.skipIf(!distExists())('the root page', () => {
	it('is English and refreshes to /en/ without JavaScript', () => {
		const doc = readDoc(join(DIST, 'index.html'));
		expect(doc.documentElement.getAttribute('lang')).toBe('en');
		const refresh = doc.querySelector('meta[http-equiv="refresh" i]')?.getAttribute('content');
		expect(refresh).toMatch(/^0;\s*url=\/en\/$/);
	});
});

describe.skipIf(!distExists())('sitemap and robots.txt', () => {
	const origin = distExists() ? siteOrigin() : '';
	const readXml = (file: string) => readFileSync(join(DIST, file), 'utf8');
	const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

	it('robots.txt names the sitemap index', () => {
		const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
		expect(robots).toMatch(new RegExp(`^Sitemap: ${origin}/sitemap-index\\.xml$`, 'm'));
	});

	it('sitemap-index.xml lists sitemaps that exist, and they list every localized page with hreflang alternates', () => {
		const index = readXml('sitemap-index.xml');
		const sitemaps = locs(index);
		expect(sitemaps.length).toBeGreaterThan(0);
		const urls: { loc: string; block: string }[] = [];
		for (const sitemap of sitemaps) {
			const path = sitePath(sitemap, origin);
			expect(path && fileForUrl(path), `${sitemap} exists in dist/`).toBeTruthy();
			const xml = readFileSync(fileForUrl(path!)!, 'utf8');
			for (const m of xml.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
				urls.push({ loc: locs(m[1]!)[0]!, block: m[1]! });
			}
		}
		const listed = new Set(urls.map((u) => sitePath(u.loc, origin)));
		for (const page of pages.filter((p) => p.locale && p.kind !== 'not-found')) {
			expect(listed.has(page.url), `${page.url} is in the sitemap`).toBe(true);
		}
		for (const { loc, block } of urls) {
			const path = sitePath(loc, origin);
			expect(path && fileForUrl(path), `${loc} exists in dist/`).toBeTruthy();
			if (!path!.match(/^\/[a-z]{2}\//)) continue;
			const hreflangs = [...block.matchAll(/hreflang="([^"]+)"\s+href="([^"]+)"/g)];
			for (const code of localeCodes) {
				expect(
					hreflangs.some(
						([, l, href]) => l === code && sitePath(href!, origin)?.startsWith(`/${code}/`),
					),
					`${loc}: alternate ${code}`,
				).toBe(true);
			}
			for (const [, , href] of hreflangs) {
				expect(
					fileForUrl(sitePath(href!, origin) ?? '/nope'),
					`${loc}: alternate ${href} exists`,
				).toBeDefined();
			}
		}
	});

	it('gives each sitemap URL at most one alternate per language', () => {
		const xml = readdirSync(DIST)
			.filter((f) => /^sitemap-\d+\.xml$/.test(f))
			.map(readXml)
			.join('\n');
		for (const m of xml.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
			const langs = [...m[1]!.matchAll(/hreflang="([^"]+)"/g)].map((h) => h[1]!);
			const repeated = langs.filter((l, i) => langs.indexOf(l) !== i);
			expect(repeated, `${locs(m[1]!)[0]}: hreflang listed twice`).toEqual([]);
		}
	});

	it('lists only pages meant to be indexed: no noindex page, no 404 page', () => {
		const xml = readdirSync(DIST)
			.filter((f) => /^sitemap-\d+\.xml$/.test(f))
			.map(readXml)
			.join('\n');
		for (const loc of locs(xml)) {
			const file = fileForUrl(sitePath(loc, origin)!)!;
			const doc = readDoc(file);
			const robots = doc.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '';
			expect(robots, `${loc} is in the sitemap but says robots=${robots}`).not.toMatch(/noindex/);
			expect(relative(DIST, file)).not.toMatch(/(^|\/)404(\/index)?\.html$/);
		}
	});
});

describe.skipIf(!distExists())('no third-party resources', () => {
	it('no src, link href, srcset, CSS url() or JS import points at another host', () => {
		const origin = siteOrigin();
		const offenders: string[] = [];
		const external = (url: string) => /^(https?:)?\/\//i.test(url) && !url.startsWith(origin);
		for (const file of walk(DIST).filter(isTextAsset)) {
			const rel = relative(DIST, file);
			if (rel.startsWith('pagefind/') && !rel.endsWith('.js') && !rel.endsWith('.css')) continue;
			const text = readFileSync(file, 'utf8');
			if (file.endsWith('.html')) {
				const doc = readDoc(file);
				for (const el of doc.querySelectorAll('[src], link[href], [srcset], [poster], [data]')) {
					for (const attr of ['src', 'href', 'srcset', 'poster', 'data']) {
						if (attr === 'href' && el.tagName !== 'LINK') continue;
						const value = el.getAttribute(attr);
						if (!value) continue;
						// rel=canonical/alternate/sitemap links name pages, they load nothing.
						if (
							el.tagName === 'LINK' &&
							/\b(canonical|alternate|sitemap)\b/.test(el.getAttribute('rel') ?? '')
						)
							continue;
						for (const url of value.split(',').map((s) => s.trim().split(/\s+/)[0]!)) {
							if (external(url))
								offenders.push(`${rel}: <${el.tagName.toLowerCase()} ${attr}="${url}">`);
						}
					}
				}
				for (const style of doc.querySelectorAll('style')) scanCss(style.textContent ?? '', rel);
			} else if (file.endsWith('.css')) {
				scanCss(text, rel);
			} else if (/\.m?js$/.test(file)) {
				for (const m of text.matchAll(
					/\b(?:import|from)\s*\(?\s*["'`]((?:https?:)?\/\/[^"'`]+)["'`]/g,
				)) {
					offenders.push(`${rel}: import ${m[1]}`);
				}
				for (const m of text.matchAll(
					/\b(?:fetch|importScripts)\s*\(\s*["'`]((?:https?:)?\/\/[^"'`]+)["'`]/g,
				)) {
					offenders.push(`${rel}: fetch ${m[1]}`);
				}
			}
		}
		function scanCss(css: string, rel: string) {
			for (const m of css.matchAll(
				/url\(\s*["']?([^"')]+)["']?\s*\)|@import\s+["']([^"']+)["']/g,
			)) {
				const url = m[1] ?? m[2]!;
				if (external(url)) offenders.push(`${rel}: CSS ${url}`);
			}
		}
		expect(offenders).toEqual([]);
	});
});

describe.skipIf(!distExists())('Pagefind', () => {
	it('built an index for every language', () => {
		const dir = join(DIST, 'pagefind');
		expect(
			existsSync(join(dir, 'pagefind.js')),
			'dist/pagefind/pagefind.js (run `pagefind --site dist`)',
		).toBe(true);
		const files = readdirSync(dir);
		for (const lang of localeCodes) {
			const found = files.some(
				(f) =>
					f === `wasm.${lang}.pagefind` ||
					(f.startsWith(`pagefind.${lang}_`) && f.endsWith('.pf_meta')),
			);
			expect(found, `no Pagefind index for ${lang} in dist/pagefind/`).toBe(true);
		}
	});
});
