/**
 * KaTeX's stylesheet, only where there is math, and only the parts that math uses.
 *
 * KaTeX's full CSS (24 kB, 20 font families in three formats) is not bundled with the pages.
 * After the build, this integration:
 *   1. collects the class names of every rendered formula in dist/ (build-time KaTeX from
 *      <Formula> and rehype-katex alike);
 *   2. keeps the rules of katex.min.css whose selectors use only those classes, and the
 *      @font-face rules of the families those rules name, in WOFF2 only;
 *   3. copies those fonts to dist/katex/ and inlines the trimmed CSS in the <head> of each page
 *      that contains math (a few kB: cheaper than a render-blocking request), adding its hash
 *      to the page's Content-Security-Policy.
 * Pages without math get nothing. In `astro dev` the full stylesheet is served instead
 * (Article.astro links /katex/katex.min.css there).
 *
 * It also gives each formula its readable text for search (src/search/tex-text.ts): Pagefind
 * skips KaTeX's markup (pagefind.yml) and indexes that text instead.
 */
import { createHash } from 'node:crypto';
import {
	copyFileSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { texToText } from '../search/tex-text.ts';

const katexDist = dirname(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'));

/** Top-level blocks of a flat stylesheet (KaTeX's has no nested at-rules but @font-face). */
function splitRules(css: string): { prelude: string; body: string }[] {
	const rules: { prelude: string; body: string }[] = [];
	let i = 0;
	while (i < css.length) {
		const open = css.indexOf('{', i);
		if (open < 0) break;
		const close = css.indexOf('}', open);
		rules.push({ prelude: css.slice(i, open).trim(), body: css.slice(open + 1, close) });
		i = close + 1;
	}
	return rules;
}

/** Splits a selector list on top-level commas (KaTeX's selectors have no commas in :is()). */
const selectors = (prelude: string) => prelude.split(',').map((s) => s.trim());

/** Class names a selector requires. */
const classesOf = (selector: string) =>
	[...selector.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!);

/** KaTeX's CSS reduced to the rules that `used` classes can match, and the fonts they name. */
export function trimKatexCss(css: string, used: ReadonlySet<string>): string {
	const rules = splitRules(css);
	const kept: string[] = [];
	const families = new Set<string>();
	for (const { prelude, body } of rules) {
		if (prelude.startsWith('@')) continue;
		const live = selectors(prelude).filter((s) => classesOf(s).every((c) => used.has(c)));
		if (live.length === 0) continue;
		kept.push(`${live.join(',')}{${body}}`);
		for (const m of body.matchAll(/KaTeX_[A-Za-z0-9]+/g)) families.add(m[0]);
	}
	const faces: string[] = [];
	for (const { prelude, body } of rules) {
		if (prelude !== '@font-face') continue;
		const family = body.match(/font-family:\s*([^;]+)/)?.[1]?.trim();
		if (!family || !families.has(family)) continue;
		// WOFF2 only: every browser that runs this site reads it.
		faces.push(`@font-face{${body.replace(/src:[^;}]+/, (src) => src.split(/,(?=url\()/)[0]!)}}`);
	}
	return [...faces, ...kept].join('');
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

/** Class names inside KaTeX's output in a page (every class attribute after class="katex"). */
function katexClasses(html: string, into: Set<string>): boolean {
	const start = html.indexOf('class="katex');
	if (start < 0) return false;
	for (const m of html.slice(start).matchAll(/class="([^"]*)"/g))
		for (const c of m[1]!.split(/\s+/)) if (c) into.add(c);
	return true;
}

const decode = (html: string) =>
	html
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');
const attribute = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Each rendered formula carries its readable text in data-search-text, which Pagefind indexes. */
export function addSearchText(html: string): string {
	return html.replace(
		/<span class="katex">((?:(?!<span class="katex">)[\s\S])*?)<annotation encoding="application\/x-tex">([\s\S]*?)<\/annotation>/g,
		(_, between: string, tex: string) =>
			`<span class="katex" data-pagefind-index-attrs="data-search-text" data-search-text="${attribute(texToText(decode(tex)))}">${between}<annotation encoding="application/x-tex">${tex}</annotation>`,
	);
}

export default function katexCss(): AstroIntegration {
	return {
		name: 'katex-css',
		hooks: {
			'astro:server:setup': ({ server }) => {
				// Dev: the whole stylesheet and its fonts, straight from the package.
				server.middlewares.use('/katex/', (req, res, next) => {
					const file = join(katexDist, (req.url ?? '').split('?')[0]!.replace(/^\/+/, ''));
					if (!file.startsWith(katexDist)) return next();
					try {
						const body = readFileSync(file);
						const types: Record<string, string> = { '.css': 'text/css', '.woff2': 'font/woff2' };
						res.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
						res.end(body);
					} catch {
						next();
					}
				});
			},
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const pages = walk(root).filter((f) => f.endsWith('.html'));
				const used = new Set<string>();
				const withMath = pages.filter((file) => katexClasses(readFileSync(file, 'utf8'), used));
				if (withMath.length === 0) return;
				const css = trimKatexCss(readFileSync(join(katexDist, 'katex.min.css'), 'utf8'), used)
					// Fonts live in /katex/fonts/ beside nothing else: absolute URLs work from any page.
					.replace(/url\(fonts\//g, 'url(/katex/fonts/');
				mkdirSync(join(root, 'katex', 'fonts'), { recursive: true });
				for (const m of css.matchAll(/url\(\/katex\/fonts\/([^)]+)\)/g))
					copyFileSync(join(katexDist, 'fonts', m[1]!), join(root, 'katex', 'fonts', m[1]!));
				const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
				for (const file of withMath) {
					let html = readFileSync(file, 'utf8');
					html = html.replace(/(style-src 'self')/, `$1 ${hash}`);
					html = html.replace('</head>', `<style data-katex>${css}</style></head>`);
					html = addSearchText(html);
					writeFileSync(file, html);
				}
				logger.info(
					`KaTeX CSS: ${(css.length / 1000).toFixed(1)} kB kept of 24 kB, inlined in ${withMath.length} page(s)`,
				);
			},
		},
	};
}
