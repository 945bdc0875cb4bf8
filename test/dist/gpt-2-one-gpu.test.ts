/**
 * The built "Can one GPU train GPT-2?" pages, in every language: each GPT-2 size's parameter
 * count from the core, the note's corrected product (2.46 × 10¹⁸) and ratio (~463) in the
 * worked formulas, the correction box, and the links that must resolve.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countParams } from '../../src/core/index.ts';
import { modelById } from '../../src/data/index.ts';
import { formatParams } from '../../src/format/index.ts';
import { DIST, distExists, localeCodes, readDoc } from './site.ts';

const SLUG = 'gpt-2-one-gpu';
const file = (lang: string) => join(DIST, lang, SLUG, 'index.html');
const built = distExists() && localeCodes.every((l) => existsSync(file(l)));

/** TeX source of every KaTeX formula on the page (KaTeX keeps it in a MathML annotation). */
const texOf = (doc: Document) =>
	[...doc.querySelectorAll('annotation[encoding="application/x-tex"]')].map(
		(a) => a.textContent ?? '',
	);

/** 6 × 124 M × 3.3 B = 2.4552 × 10¹⁸, written as each locale's TeX at three digits. */
const product = { en: '2.46 \\times 10^{18}', fr: '2{,}46 \\times 10^{18}' } as const;
const texProduct = (lang: string) => (lang === 'fr' ? product.fr : product.en);

describe.skipIf(!built)(`${SLUG}: built pages`, () => {
	for (const lang of localeCodes) {
		describe(lang, () => {
			const doc = () => readDoc(file(lang));
			const nums = () => [...doc().querySelectorAll('bdi.num')].map((n) => n.textContent ?? '');

			it('is the translated article, not the English fallback', () => {
				const main = doc().querySelector('main');
				expect(main?.getAttribute('lang')).toBe(lang);
				expect(main?.hasAttribute('data-pagefind-body')).toBe(true);
			});

			it('shows each GPT-2 size’s parameter count, counted by the core', () => {
				for (const id of ['gpt2', 'gpt2-medium', 'gpt2-large', 'gpt2-xl']) {
					const shown = formatParams(countParams(modelById(id).arch), lang as 'en');
					expect(nums(), `${id}: ${shown}`).toContain(shown);
				}
				// By hand: GPT-2 small has 124,439,808 parameters, shown as 124 M (million in each
				// locale's word: M in English and French, मिलियन in Hindi, مليون in Arabic).
				const million = { en: 'M', fr: 'M', hi: 'मिलियन', ar: 'مليون' }[lang]!;
				expect(nums()).toContain(`124\u00a0${million}`);
			});

			it('corrects the note’s product: 6 × 124 M × 3.3 B ≈ 2.46 × 10¹⁸ (not 2.37)', () => {
				const tex = texOf(doc());
				const slip = tex.find(
					(t) => t.includes(texProduct(lang)) && t.includes('6 \\times') && !t.includes('\\frac'),
				);
				expect(slip, tex.join('\n')).toBeDefined();
				// The operands shown multiply to the result shown: 6 × 1.24 × 3.3 = 24.552.
				expect((6 * 1.24 * 3.3).toFixed(2)).toBe('24.55');
			});

			it('corrects the ratio: 1.14 × 10²¹ / 2.46 × 10¹⁸ ≈ 463 (not 480)', () => {
				const tex = texOf(doc());
				const ratio = tex.find((t) => t.includes('\\frac') && /\\approx 463$/.test(t.trim()));
				expect(ratio, tex.join('\n')).toBeDefined();
				expect(ratio).toContain(texProduct(lang));
				expect(Math.round(1.14e21 / 2.46e18)).toBe(463);
			});

			it('draws the memory chart: an SVG image with a title, four bars and the four cards', () => {
				const svg = doc().querySelector('main svg.chart-stacked[role="img"]');
				expect(svg).not.toBeNull();
				expect(svg!.querySelector('title')?.textContent?.trim()).not.toBe('');
				const desc = svg!.querySelector('desc')?.textContent ?? '';
				for (const size of ['small', 'medium', 'large', 'XL'])
					expect(desc).toContain(`GPT-2 ${size}`);
				// GPT-2 XL at one sequence: 26.7 GiB by the core (23.2 GiB of model state alone, by hand).
				expect(desc).toMatch(/GPT-2 XL: 26[.,]7/);
				expect(svg!.querySelectorAll('line.chart-ref')).toHaveLength(4);
			});

			it('has a correction box and the compute calculator', () => {
				expect(doc().querySelector('aside.callout.correction')).not.toBeNull();
				expect(doc().querySelector('astro-island')).not.toBeNull();
			});

			it('links glossary terms in its own language', () => {
				const hrefs = [...doc().querySelectorAll('main a[href]')].map((a) =>
					a.getAttribute('href'),
				);
				expect(hrefs).toContain(`/${lang}/glossary/#mfu`);
				expect(
					hrefs.filter((h) => h?.includes('/glossary/')).every((h) => h!.startsWith(`/${lang}/`)),
				).toBe(true);
			});

			it('never shows NaN, Infinity or undefined', () => {
				const text = doc().querySelector('main')?.textContent ?? '';
				expect(text).not.toMatch(/NaN|Infinity|undefined/);
			});
		});
	}
});
