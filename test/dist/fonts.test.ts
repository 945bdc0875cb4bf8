/**
 * How each built page loads its text fonts, read from dist/ without a browser. The page's text is
 * set in faces that it preloads in both weights (src/styles/fonts.css,
 * src/components/FontPreload.astro). Inter and the Arabic face are font-display: optional: drawn
 * from the first paint or not at all, so they never re-wrap text under the reader. The Devanagari
 * face is block: a system with no Devanagari font would keep empty boxes for the whole page with
 * optional, and swap re-wraps the text; block holds the Hindi text back until its preloaded font
 * arrives. A face that is optional but not preloaded would almost never be used on a first visit;
 * a preload of a file no face uses is wasted bytes. Each of those fails here.
 * (`npm run bench:cls` measures the result on a throttled phone.)
 */
import { describe, expect, it } from 'vitest';
import { distExists, inlineCss, listPages, readDoc, type Page } from './site.ts';

const pages = distExists() ? listPages().filter((p) => p.locale) : [];

type Face = { family: string; weight: string; display: string; url: string };

/** The @font-face rules of a page's inline CSS. */
function faces(page: Page): Face[] {
	const css = inlineCss(page).join('\n');
	return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => ({
		family: /font-family:\s*['"]?([^;'"]+)/.exec(body!)?.[1] ?? '',
		weight: /font-weight:\s*(\d+)/.exec(body!)?.[1] ?? '400',
		display: /font-display:\s*(\w+)/.exec(body!)?.[1] ?? 'auto',
		url: /url\(['"]?([^)'"]+)/.exec(body!)?.[1] ?? '',
	}));
}

/** The families whose faces carry the page's text, per language (both weights each). */
const mainFamilies = {
	en: ['Inter'],
	fr: ['Inter'],
	hi: ['Noto Sans Devanagari Main', 'Inter'],
	ar: ['Noto Sans Arabic Main', 'Inter'],
} as const;
/** Each family's font-display (see the top of this file). */
const display: Record<string, string> = {
	Inter: 'optional',
	'Noto Sans Arabic Main': 'optional',
	'Noto Sans Devanagari Main': 'block',
};

describe.skipIf(!distExists())('text fonts of every page', () => {
	it('there are pages to check', () => expect(pages.length).toBeGreaterThan(20));

	for (const page of pages) {
		it(`${page.url}: preloads exactly its main faces, each with its font-display`, () => {
			const declared = faces(page);
			const preloaded = [
				...readDoc(page.file).querySelectorAll('link[rel="preload"][as="font"]'),
			].map((l) => l.getAttribute('href')!);
			for (const l of readDoc(page.file).querySelectorAll('link[rel="preload"][as="font"]')) {
				expect(l.hasAttribute('crossorigin'), `${l.getAttribute('href')} crossorigin`).toBe(true);
			}
			const expected = mainFamilies[page.locale!].flatMap((family) =>
				['400', '600'].map((weight) => {
					// Inter has several subsets per weight; the Latin one carries the text.
					const face = declared.find(
						(f) =>
							f.family === family &&
							f.weight === weight &&
							(family !== 'Inter' || /inter-latin-\d00/.test(f.url)),
					);
					expect(face, `${family} ${weight} is declared`).toBeDefined();
					expect(face!.display, `${family} ${weight}`).toBe(display[family]);
					return face!.url;
				}),
			);
			expect([...preloaded].sort()).toEqual([...expected].sort());
		});
	}

	it('the Hindi and Arabic pages set their text in their preloaded main faces', () => {
		const css = pages.length ? inlineCss(pages[0]!).join('\n') : '';
		for (const [lang, family] of [
			['hi', 'Noto Sans Devanagari Main'],
			['ar', 'Noto Sans Arabic Main'],
		]) {
			const rule = new RegExp(`:lang\\(${lang}\\)\\s*{\\s*--font-sans:([^;}]*)`).exec(css);
			// The first family that has the script's glyphs draws it: the main face, not the twin
			// that other pages use for a language name.
			const stack = (rule?.[1] ?? '').split(',').map((f) => f.trim().replace(/^['"]|['"]$/g, ''));
			expect(stack, `:lang(${lang}) font stack`).toContain(family);
			expect(stack, `:lang(${lang}) font stack`).not.toContain(family.replace(' Main', ''));
		}
	});
});
