// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { catalogPlugin } from './src/calculators/shared/catalog-plugin.ts';
import { defaultLocale, localeCodes } from './src/i18n/locales.ts';
import cspStyleHashes from './src/styles/csp-style-hashes.ts';
import katexCss from './src/styles/katex-css.ts';
import scrollFocus from './src/styles/scroll-focus.ts';

/**
 * The public URL of the site: canonical links, hreflang, Open Graph and the sitemap use it.
 * Set SITE_URL when deploying (e.g. SITE_URL=https://canitrain.example.org npm run build).
 */
const site = process.env.SITE_URL || 'http://localhost:4321';

/** Modules every island page loads: Preact (with its hooks and JSX runtime), the core, the formatter. */
const RUNTIME = new RegExp(
	String.raw`node_modules[\\/]preact[\\/]|[\\/]src[\\/](core|format)[\\/]`,
);

export default defineConfig({
	site,
	trailingSlash: 'always',
	// Every page's CSS (a few kB compressed) goes inline in <head>: no render-blocking request
	// before the first paint, which on a slow phone connection costs more than the bytes.
	build: { inlineStylesheets: 'always' },
	// Keep the whitespace between inline elements in prose (Astro 7 defaults to 'jsx', which
	// glues words together across line breaks).
	compressHTML: true,
	i18n: {
		locales: localeCodes,
		defaultLocale,
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
	},
	markdown: {
		// No code highlighting: Shiki's inline styles would need a looser CSP.
		syntaxHighlight: false,
		// Astro 7's default processor is Sätteri; remark-math + rehype-katex need unified.
		processor: unified({
			remarkPlugins: [remarkMath],
			rehypePlugins: [
				[rehypeKatex, { strict: 'error', throwOnError: true, output: 'htmlAndMathml' }],
			],
		}),
	},
	integrations: [
		mdx(),
		preact(),
		katexCss(),
		// After katexCss (hooks run in this order): every inline <style> gets its CSP hash.
		cspStyleHashes(),
		scrollFocus(),
		sitemap({
			i18n: {
				defaultLocale,
				locales: Object.fromEntries(localeCodes.map((code) => [code, code])),
			},
			// no 404 pages, and not / (a noindex redirect to /en/)
			filter: (page) => !/\/404\/?$/.test(page) && new URL(page).pathname !== '/',
		}),
	],
	vite: {
		// The calculators' GPUs and models: one shared chunk, not a copy in every island's props.
		plugins: [catalogPlugin()],
		// Never inline assets as data: URLs (KaTeX's small fonts would be): the CSP allows only 'self'.
		build: { assetsInlineLimit: 0 },
		environments: {
			client: {
				build: {
					rolldownOptions: {
						output: {
							codeSplitting: {
								// Every page with an island runs Preact, the core and the formatter: one file
								// instead of three compresses better (about 0.45 kB gzip less on each such page).
								groups: [
									{ name: 'runtime', test: RUNTIME },
									// The calculators' GPUs and models (catalog-plugin.ts): data, apart from code,
									// so a code change leaves the cached catalogue valid and its size is plain.
									{ name: 'catalog', test: /virtual:calculator-catalog/ },
								],
							},
						},
					},
				},
			},
		},
	},
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"worker-src 'self' blob:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: {
				// Pagefind compiles its WebAssembly search engine at run time.
				resources: ["'self'", "'wasm-unsafe-eval'"],
			},
			styleDirective: {
				// KaTeX and Preact set style="" attributes; nothing else is allowed inline.
				resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
			},
		},
	},
});
