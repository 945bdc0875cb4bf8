/**
 * Which fonts draw a page's text, read from Chromium through the DevTools Protocol
 * (CSS.getPlatformFontsForNode): every run of text must be drawn by one of the site's own web
 * fonts, never by whatever the system happens to have. This is what caught Hindi drawn as empty
 * boxes on Arabic pages, whose stack left out Noto Sans Devanagari. pages.test.ts runs it on
 * every page with the language menu open (so all four language names are drawn).
 *
 * Allowed on purpose:
 * - code and keyboard keys (the system monospace font) and formulas (KaTeX's fonts; its hidden
 *   MathML copy is drawn by a system math font) are skipped, with whatever contains them;
 * - superscript digits, subscripts, modifier letters, arrows and math operators (≈) are in none
 *   of the site's fonts and may be drawn by the system, one glyph each;
 * - the local fonts named by the metric-matched 'Inter Fallback' face (fonts.css) may draw a Latin
 *   symbol Inter's subset lacks (‡); their unicode-range keeps them from Arabic or Devanagari;
 * - the system fonts the Noto "Main" faces try first through local() (a reader with Noto
 *   installed, as on every Android phone, gets them without a download): accepted where the
 *   element's stack names that face and its text has a character in the face's unicode-range, so
 *   the result is the same on a machine with or without fonts-noto-core.
 *
 * This checks which fonts a page's stack names, not how fast they arrive (`npm run bench:cls`
 * measures that). The faces a page's text is set in are font-display: optional (Inter, the
 * Arabic "Main" face), and on a busy machine a face can miss its window and leave the page to
 * the system font: FONT_INIT_SCRIPT adds swap twins of those faces through the FontFace API
 * before the page loads, which take over when that happens.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST } from '../dist/site.ts';

const fontsCss = readFileSync(new URL('../../src/styles/fonts.css', import.meta.url), 'utf8');
const faces = [...fontsCss.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => body!);
const familyOf = (body: string) => /font-family:\s*'([^']+)'/.exec(body)?.[1];
const rangeOf = (body: string) =>
	/unicode-range:([^;]+);/.exec(body)?.[1]?.replace(/\s+/g, ' ').trim();

/** [family, built file, weight, unicode-range] of every optional face in fonts.css. */
function optionalFaces(): string[][] {
	const built = readdirSync(join(DIST, '_astro'));
	return faces
		.filter((body) => /font-display:\s*optional/.test(body))
		.map((body) => {
			const weight = /font-weight:\s*(\d+)/.exec(body)![1]!;
			const source = /url\('[^']*\/([^/']+)\.woff2'\)/.exec(body)![1]!;
			const file = built.find((f) => f.startsWith(`${source}.`) && f.endsWith('.woff2'));
			if (!file) throw new Error(`${source}.woff2 is not in dist/_astro`);
			return [familyOf(body)!, file, weight, rangeOf(body)!];
		});
}

/** An init script: swap twins of the optional faces (see the top of this file). */
export function fontInitScript(): string {
	return `(${String((twins: string[][]) => {
		for (const [family, file, weight, unicodeRange] of twins) {
			document.fonts.add(
				new FontFace(family!, `url(/_astro/${file})`, { weight, unicodeRange, display: 'swap' }),
			);
		}
	})})(${JSON.stringify(optionalFaces())})`;
}

/** The local() fonts of 'Inter Fallback'. */
export const localFallbacks = new Set(
	[
		...(faces.find((b) => familyOf(b) === 'Inter Fallback') ?? '').matchAll(/local\('([^']+)'\)/g),
	].map((m) => m[1]!),
);

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
 * Devanagari SemiBold') reports 'Noto Sans Devanagari'; PostScript names report the same family),
 * each with the face that names it and the characters that face may draw.
 */
export const localFaces = new Map<string, { chars: RegExp; face: string }>();
for (const body of faces) {
	const range = rangeOf(body);
	const face = familyOf(body);
	if (!range || !face || face === 'Inter Fallback') continue;
	for (const [, name] of body.matchAll(/local\('([^' ]+ [^']+)'\)/g)) {
		const family = name!.replace(/ (Thin|Light|Regular|Medium|SemiBold|Bold|Black)$/, '');
		localFaces.set(family, { chars: rangeClass(range), face });
	}
}

/** Whether a system font drew `text` as the local() source of a face in the element's stack. */
function drawnAsLocalFace(family: string, text: string, stack: string): boolean {
	const local = localFaces.get(family);
	return !!local && local.chars.test(text) && stack.includes(`"${local.face}"`);
}

// Superscript and subscript digits, modifier letters (ᵀ), arrows and math operators (≈).
const SYMBOLS = /[\u1D2C-\u1D6A\u2070-\u209F\u2190-\u22FF]/gu;

/** One line per element of the page that a system font draws beyond what is allowed. */
export async function systemFontProblems(context: BrowserContext, tab: Page): Promise<string[]> {
	const elements = await tab.evaluate(async () => {
		await document.fonts.ready;
		const found: { stack: string; text: string; html: string }[] = [];
		for (const el of document.body.querySelectorAll('*')) {
			// Chromium reports the fonts of an element's whole subtree: skip code and formulas, and
			// whatever contains them.
			const skip = 'code, kbd, pre, samp, script, style, template, .katex';
			if (el.closest(skip) || el.querySelector(skip)) continue;
			const own = [...el.childNodes].some(
				(n) => n.nodeType === Node.TEXT_NODE && /\S/.test(n.textContent ?? ''),
			);
			if (!own || el.getClientRects().length === 0) continue;
			if (getComputedStyle(el).visibility === 'hidden') continue;
			el.setAttribute('data-font-check', String(found.length));
			found.push({
				stack: getComputedStyle(el).fontFamily.replace(/'/g, '"'),
				text: el.textContent ?? '',
				html: el.outerHTML.replace(/\s+/g, ' ').slice(0, 160),
			});
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
	// Node ids come in document order, the order the elements were numbered in.
	const reports = await Promise.all(
		nodeIds.map((nodeId) => cdp.send('CSS.getPlatformFontsForNode', { nodeId })),
	);
	await cdp.detach();
	return reports.flatMap(({ fonts }, i) => {
		const { stack, text, html } = elements[i]!;
		const system = fonts.filter(
			(f) =>
				!f.isCustomFont &&
				!localFallbacks.has(f.familyName) &&
				!drawnAsLocalFace(f.familyName, text, stack),
		);
		if (system.length === 0) return [];
		if (system.reduce((n, f) => n + f.glyphCount, 0) <= (text.match(SYMBOLS)?.length ?? 0))
			return [];
		return [
			`${system.map((f) => `${f.familyName} (${f.glyphCount} glyphs)`).join(', ')} draws ${html}`,
		];
	});
}
