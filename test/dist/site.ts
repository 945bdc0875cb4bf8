/**
 * Reading the built site in dist/: which pages exist, what kind each is, their parsed HTML,
 * and the JavaScript and CSS a page loads up front. Shared by test/dist and test/e2e.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';
import { Window } from 'happy-dom';
import { localeCodes, locales, type Locale } from '../../src/i18n/locales.ts';

export { localeCodes, locales, type Locale };

/** The built site: dist/, or DIST_DIR when set (to test a copy while dist/ is being rebuilt). */
export const DIST = resolve(process.env.DIST_DIR ?? resolve(import.meta.dirname, '../../dist'));

/** Page paths that are not articles: every other /<lang>/<slug>/ page is one. */
export const NON_ARTICLE_SLUGS = new Set([
	'benchmark',
	'methods',
	'glossary',
	'calculators',
	'about',
	'404',
]);

export type PageKind =
	| 'root'
	| 'home'
	| 'article'
	| 'benchmark'
	| 'methods'
	| 'glossary'
	| 'calculators'
	| 'about'
	| 'not-found'
	| 'other';

export type Page = {
	/** Absolute path of the HTML file. */
	file: string;
	/** Path relative to dist/, with forward slashes. */
	rel: string;
	/** The URL path a static host serves it at: "/", "/en/", "/en/slug/", "/404.html". */
	url: string;
	/** The locale folder it lives in (undefined for dist/index.html and dist/404.html). */
	locale?: Locale;
	kind: PageKind;
};

export function distExists(): boolean {
	return existsSync(join(DIST, 'index.html'));
}

/** Every file under `dir`, recursively. */
export function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? walk(path) : [path];
	});
}

const isLocale = (s: string | undefined): s is Locale =>
	s !== undefined && (localeCodes as string[]).includes(s);

function kindOf(parts: string[]): PageKind {
	// parts: path segments of the file relative to dist/, e.g. ['en', 'slug', 'index.html'].
	if (parts.length === 1)
		return parts[0] === 'index.html' ? 'root' : parts[0] === '404.html' ? 'not-found' : 'other';
	if (!isLocale(parts[0])) return 'other';
	if (parts.length === 2) return parts[1] === 'index.html' ? 'home' : 'other';
	if (parts.length === 3 && parts[2] === 'index.html') {
		const slug = parts[1]!;
		if (slug === '404') return 'not-found';
		if (slug === 'benchmark') return 'benchmark';
		if (slug === 'methods') return 'methods';
		if (slug === 'glossary') return 'glossary';
		if (slug === 'calculators') return 'calculators';
		if (slug === 'about') return 'about';
		return 'article';
	}
	return 'other';
}

/** Every HTML page of the site (Pagefind's own files excluded). */
export function listPages(): Page[] {
	return walk(DIST)
		.filter((file) => file.endsWith('.html'))
		.map((file) => relative(DIST, file).split(sep).join('/'))
		.filter((rel) => !rel.startsWith('pagefind/'))
		.sort()
		.map((rel) => {
			const parts = rel.split('/');
			const url = rel.endsWith('index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
			return {
				file: join(DIST, rel),
				rel,
				url,
				locale: isLocale(parts[0]) && parts.length > 1 ? parts[0] : undefined,
				kind: kindOf(parts),
			};
		});
}

/** The file a static host serves for a URL path, or undefined when it would 404. */
export function fileForUrl(urlPath: string): string | undefined {
	const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
	const path = resolve(DIST, `.${clean}`);
	if (path !== DIST && !path.startsWith(DIST + sep)) return undefined;
	if (!existsSync(path)) return undefined;
	if (statSync(path).isDirectory()) {
		const index = join(path, 'index.html');
		return existsSync(index) ? index : undefined;
	}
	return path;
}

// One happy-dom window parses every page; it never runs scripts or loads files.
const window = new Window({
	settings: {
		disableJavaScriptEvaluation: true,
		disableJavaScriptFileLoading: true,
		disableCSSFileLoading: true,
		disableComputedStyleRendering: true,
		navigation: {
			disableMainFrameNavigation: true,
			disableChildFrameNavigation: true,
			disableChildPageNavigation: true,
		},
	},
});
const parser = new window.DOMParser();
const docs = new Map<string, Document>();

/** The parsed HTML of a file in dist/ (cached). */
export function readDoc(file: string): Document {
	let doc = docs.get(file);
	if (!doc) {
		doc = parser.parseFromString(readFileSync(file, 'utf8'), 'text/html') as unknown as Document;
		docs.set(file, doc);
	}
	return doc;
}

export function gzipSize(data: string | Buffer): number {
	return gzipSync(data, { level: 9 }).length;
}

/** The origin canonical links point at (SITE_URL at build time), read from the English home. */
export function siteOrigin(): string {
	const href = readDoc(join(DIST, 'en', 'index.html'))
		.querySelector('link[rel="canonical"]')
		?.getAttribute('href');
	if (!href) throw new Error('dist/en/index.html has no canonical link');
	return new URL(href).origin;
}

/** The path of a same-site absolute URL ("https://site/en/x/" → "/en/x/"), else undefined. */
export function sitePath(href: string, origin = siteOrigin()): string | undefined {
	const url = new URL(href, `${origin}/`);
	return url.origin === origin ? url.pathname : undefined;
}

// ---------------------------------------------------------------- JavaScript loaded up front

await init;

/** Files a module imports statically (import … from / export … from), not `import()`. */
export function staticImports(file: string): string[] {
	const [imports] = parse(readFileSync(file, 'utf8'), file);
	return imports
		.filter((i) => i.d === -1 && i.n !== undefined)
		.map((i) => i.n!)
		.filter((spec) => spec.startsWith('.') || spec.startsWith('/'))
		.map((spec) => (spec.startsWith('/') ? join(DIST, spec) : resolve(file, '..', spec)));
}

/** Specifiers a module loads with `import()` (string literals only). */
export function dynamicImports(file: string): string[] {
	const [imports] = parse(readFileSync(file, 'utf8'), file);
	return imports.filter((i) => i.d > -1 && i.n !== undefined).map((i) => i.n!);
}

/** A set of module files and everything they import statically, transitively. */
export function staticClosure(entries: string[]): string[] {
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		if (existsSync(file)) staticImports(file).forEach(visit);
	};
	entries.forEach(visit);
	return [...seen];
}

export type UpfrontJs = {
	/** Inline script bodies (classic and module). */
	inline: string[];
	/** Script files the page requests before any interaction, with their static imports. */
	files: string[];
	/** gzip size: each inline script and each file compressed on its own, summed. */
	gzip: number;
};

/** The JavaScript a page runs without any interaction: inline scripts, <script src>, static imports. */
export function upfrontJs(page: Page): UpfrontJs {
	const doc = readDoc(page.file);
	const scripts = [...doc.querySelectorAll('script')].filter((s) => {
		const type = s.getAttribute('type');
		return !type || type === 'module' || type === 'text/javascript';
	});
	const inline = scripts.filter((s) => !s.hasAttribute('src')).map((s) => s.textContent ?? '');
	const entries = scripts
		.map((s) => s.getAttribute('src'))
		.filter((src): src is string => !!src)
		.map((src) => fileOf(src, page));
	// Preloaded modules count too: the browser fetches them up front.
	for (const link of doc.querySelectorAll('link[rel="modulepreload"]')) {
		entries.push(fileOf(link.getAttribute('href')!, page));
	}
	const files = staticClosure(entries);
	const gzip =
		inline.reduce((sum, code) => sum + gzipSize(code), 0) +
		files.reduce((sum, f) => sum + (existsSync(f) ? gzipSize(readFileSync(f)) : 0), 0);
	return { inline, files, gzip };
}

/** CSS files a page links (rel=stylesheet), as files in dist/. */
export function linkedCss(page: Page): string[] {
	return [...readDoc(page.file).querySelectorAll('link[rel="stylesheet"]')].map((l) =>
		fileOf(l.getAttribute('href')!, page),
	);
}

/** Inline <style> bodies of a page. */
export function inlineCss(page: Page): string[] {
	return [...readDoc(page.file).querySelectorAll('style')].map((s) => s.textContent ?? '');
}

function fileOf(href: string, page: Page): string {
	const url = new URL(href, `http://site${page.url}`);
	return join(DIST, decodeURIComponent(url.pathname));
}

/** Whether the page hydrates an island (Astro renders <astro-island> for client:* components). */
export function hasIslands(page: Page): boolean {
	return readDoc(page.file).querySelector('astro-island') !== null;
}

export const isTextAsset = (file: string) =>
	['.html', '.css', '.js', '.mjs', '.xml', '.txt', '.svg', '.json', '.webmanifest'].includes(
		extname(file),
	);
