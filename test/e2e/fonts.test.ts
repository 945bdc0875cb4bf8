/**
 * Every page's font stack covers every script the page shows: each run of text on every page
 * (with the language menu open, so all four language names are drawn) is rendered by one of the
 * site's own web fonts, never by whatever the system happens to have. Chromium reports the
 * fonts that actually drew each element through the DevTools Protocol
 * (CSS.getPlatformFontsForNode). This is what caught Hindi drawn as empty boxes on Arabic
 * pages, whose stack left out Noto Sans Devanagari. Code and keyboard keys use the system
 * monospace font on purpose, and formulas are KaTeX's, so both are skipped.
 * Superscript digits, subscripts, arrows and math operators (≈) are in none of the site's fonts
 * and may be drawn by
 * the system. The local fonts named by the metric-matched 'Inter Fallback' face (fonts.css) are part of the
 * stack too: they may draw a Latin symbol Inter's subset lacks (‡), and their unicode-range keeps
 * them from ever drawing Arabic or Devanagari.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { DIST, listPages } from '../dist/site.ts';
import { browserSuite, openPage, pool } from './harness.ts';

const pages = listPages().filter((p) => p.kind !== 'root');

/**
 * This test checks which fonts a page's stack names, not how fast they arrive (the layout-shift
 * test covers timing). Arabic pages' main faces are font-display: optional, and on a busy machine
 * a face can miss its window and leave the page to the system font. Swap twins of those faces,
 * added through the FontFace API before the page loads, take over when that happens.
 */
const arabicFiles = readdirSync(join(DIST, '_astro')).filter((f) =>
	/^noto-sans-arabic-arabic-(400|600)-normal\..*\.woff2$/.test(f),
);
const SWAP_TWINS = `(${String((files: string[]) => {
	for (const file of files) {
		const weight = /-(\d00)-normal/.exec(file)![1]!;
		document.fonts.add(
			new FontFace('Noto Sans Arabic Main', `url(/_astro/${file})`, { weight, display: 'swap' }),
		);
	}
})})(${JSON.stringify(arabicFiles)})`;

const fontsCss = readFileSync(new URL('../../src/styles/fonts.css', import.meta.url), 'utf8');
const fallbackFace = fontsCss.match(/@font-face\s*{[^}]*'Inter Fallback'[^}]*}/)?.[0] ?? '';
const localFallbacks = new Set([...fallbackFace.matchAll(/local\('([^']+)'\)/g)].map((m) => m[1]!));

browserSuite('fonts', (env) => {
	describe('every text on every page is drawn by the site’s own fonts', () => {
		it('in every language, with the language menu open', async ({ expect }) => {
			expect(localFallbacks.size, "local() fonts of 'Inter Fallback' in fonts.css").toBeGreaterThan(
				0,
			);
			const failures = await pool(pages, 3, async (page) => {
				const checked = await openPage(env.browser, env.server, {
					allow: page.kind === 'not-found' ? [/status of 404/, /HTTP 404/] : [],
				});
				try {
					const { page: tab, context } = checked;
					await context.addInitScript(SWAP_TWINS);
					await tab.goto(page.url, { waitUntil: 'load' });
					await tab.locator('header .language-picker summary').click();
					await tab.locator('header .language-picker[open] a').first().waitFor();
					await tab.evaluate(async () => {
						await document.fonts.ready;
						let i = 0;
						for (const el of document.body.querySelectorAll('*')) {
							// Chromium reports the fonts of an element's whole subtree: skip code (system
							// monospace on purpose) and formulas (KaTeX's fonts draw them; its hidden MathML
							// copy is drawn by a system math font), and whatever contains them.
							const skip = 'code, kbd, pre, samp, script, style, template, .katex';
							if (el.closest(skip) || el.querySelector(skip)) continue;
							const text = [...el.childNodes].some(
								(n) => n.nodeType === Node.TEXT_NODE && /\S/.test(n.textContent ?? ''),
							);
							if (!text || el.getClientRects().length === 0) continue;
							if (getComputedStyle(el).visibility === 'hidden') continue;
							el.setAttribute('data-font-check', String(i++));
						}
					});
					const cdp = await context.newCDPSession(tab);
					await cdp.send('DOM.enable');
					await cdp.send('CSS.enable');
					const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
					const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
						nodeId: root.nodeId,
						selector: '[data-font-check]',
					});
					const problems: string[] = [];
					for (const nodeId of nodeIds) {
						const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
						const system = fonts.filter(
							(f) => !f.isCustomFont && !localFallbacks.has(f.familyName),
						);
						if (system.length === 0) continue;
						// Superscript and subscript digits, modifier letters (ᵀ), arrows and math operators (≈) are in none of the site’s fonts
						// (Inter's subsets lack them) and are left to the system: allowed, one glyph each.
						const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
						const text = outerHTML.replace(/<[^>]*>/g, '');
						const symbols = text.match(/[\u1D2C-\u1D6A\u2070-\u209F\u2190-\u22FF]/gu)?.length ?? 0;
						if (system.reduce((n, f) => n + f.glyphCount, 0) <= symbols) continue;
						problems.push(
							`${page.url}: ${system.map((f) => `${f.familyName} (${f.glyphCount} glyphs)`).join(', ')} draws ${outerHTML.replace(/\s+/g, ' ').slice(0, 160)}`,
						);
					}
					return problems;
				} finally {
					await checked.close();
				}
			});
			expect(failures.flat()).toEqual([]);
		}, 300_000);
	});
});
