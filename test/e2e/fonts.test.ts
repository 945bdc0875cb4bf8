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
 * them from ever drawing Arabic or Devanagari. So are the system fonts the Noto "Main" faces try
 * first through local() (a reader with Noto installed, as on every Android phone, gets them
 * without a download): such a font is accepted where the element's text has a character in that
 * face's unicode-range, so the result does not depend on which fonts the machine has.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { DIST, listPages } from '../dist/site.ts';
import { browserSuite, openPage, pool } from './harness.ts';

const pages = listPages().filter((p) => p.kind !== 'root');

/**
 * This test checks which fonts a page's stack names, not how fast they arrive (the layout-shift
 * test covers timing). The faces a page's text is set in are font-display: optional (Inter, and
 * the Devanagari and Arabic "Main" faces), and on a busy machine a face can miss its window and
 * leave the page to the system font. Swap twins of those faces, added through the FontFace API
 * before the page loads, take over when that happens.
 */
const fontsCss = readFileSync(new URL('../../src/styles/fonts.css', import.meta.url), 'utf8');
const built = readdirSync(join(DIST, '_astro'));
/** [family, built file, weight, unicode-range] of every optional face in fonts.css. */
const twins = [...fontsCss.matchAll(/@font-face\s*{([^}]*)}/g)]
	.map(([, body]) => body!)
	.filter((body) => /font-display:\s*optional/.test(body))
	.map((body) => {
		const family = /font-family:\s*'([^']+)'/.exec(body)![1]!;
		const weight = /font-weight:\s*(\d+)/.exec(body)![1]!;
		const source = /url\('[^']*\/([^/']+)\.woff2'\)/.exec(body)![1]!;
		const file = built.find((f) => f.startsWith(`${source}.`) && f.endsWith('.woff2'));
		if (!file) throw new Error(`${source}.woff2 is not in dist/_astro`);
		const range = /unicode-range:([^;]+);/.exec(body)![1]!.replace(/\s+/g, ' ').trim();
		return [family, file, weight, range];
	});
const SWAP_TWINS = `(${String((faces: string[][]) => {
	for (const [family, file, weight, unicodeRange] of faces) {
		document.fonts.add(
			new FontFace(family!, `url(/_astro/${file})`, { weight, unicodeRange, display: 'swap' }),
		);
	}
})})(${JSON.stringify(twins)})`;

const fallbackFace = fontsCss.match(/@font-face\s*{[^}]*'Inter Fallback'[^}]*}/)?.[0] ?? '';
const localFallbacks = new Set([...fallbackFace.matchAll(/local\('([^']+)'\)/g)].map((m) => m[1]!));

/** "U+0900-097F, U+20B9" → a character class: [\u{900}-\u{97F}\u{20B9}]. */
function rangeClass(range: string): RegExp {
	const parts = range.split(',').map((r) => {
		const [from, to] = r.trim().replace(/^U\+/i, '').split('-');
		return to ? `\\u{${from}}-\\u{${to}}` : `\\u{${from}}`;
	});
	return new RegExp(`[${parts.join('')}]`, 'u');
}
/**
 * System fonts that the other faces name through local(), by family name (local('Noto Sans
 * Devanagari SemiBold') reports 'Noto Sans Devanagari'), each with the characters its face may
 * draw. PostScript names (NotoSansArabic-Regular) report the same family name.
 */
const localFaces = new Map<string, { chars: RegExp; face: string }>();
for (const [, body] of fontsCss.matchAll(/@font-face\s*{([^}]*)}/g)) {
	const range = /unicode-range:([^;]+);/.exec(body!)?.[1];
	const face = /font-family:\s*'([^']+)'/.exec(body!)?.[1];
	if (!range || !face || face === 'Inter Fallback') continue;
	for (const [, name] of body!.matchAll(/local\('([^' ]+ [^']+)'\)/g)) {
		const family = name!.replace(/ (Thin|Light|Regular|Medium|SemiBold|Bold|Black)$/, '');
		localFaces.set(family, { chars: rangeClass(range), face });
	}
}
/** Whether a system font drew `text` as the local() source of a face in the element's stack. */
function drawnAsLocalFace(family: string, text: string, stack: string): boolean {
	const local = localFaces.get(family);
	return !!local && local.chars.test(text) && stack.includes(`"${local.face}"`);
}

browserSuite('fonts', (env) => {
	describe('every text on every page is drawn by the site’s own fonts', () => {
		it('in every language, with the language menu open', async ({ expect }) => {
			expect(localFallbacks.size, "local() fonts of 'Inter Fallback' in fonts.css").toBeGreaterThan(
				0,
			);
			expect([...localFaces.keys()].sort(), 'system fonts the Noto faces try first').toEqual([
				'Noto Sans Arabic',
				'Noto Sans Devanagari',
			]);
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
					// Each checked element's font stack, by its data-font-check number.
					const stacks = await tab.evaluate(async () => {
						const found: string[] = [];
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
							found.push(getComputedStyle(el).fontFamily.replace(/'/g, '"'));
						}
						return found;
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
						const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
						const text = outerHTML.replace(/<[^>]*>/g, '');
						const system = fonts.filter(
							(f) =>
								!f.isCustomFont &&
								!localFallbacks.has(f.familyName) &&
								!drawnAsLocalFace(
									f.familyName,
									text,
									stacks[Number(/data-font-check="(\d+)"/.exec(outerHTML)?.[1])] ?? '',
								),
						);
						if (system.length === 0) continue;
						// Superscript and subscript digits, modifier letters (ᵀ), arrows and math operators (≈) are in none of the site’s fonts
						// (Inter's subsets lack them) and are left to the system: allowed, one glyph each.
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
