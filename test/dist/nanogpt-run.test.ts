/**
 * The built nanoGPT article in every language shows the core's figures: 2.55 × 10¹⁸ FLOP
 * (2,55 × 10¹⁸ in French), 40.56 M parameters, the impossible 2.5 s step, and its worked formulas.
 * Hand values: 6 × 40,560,000 × 10,485,760,000 = 2.5518 × 10¹⁸; 12·(12·384² + 2·384) + 50,304·384
 * + 384 = 40,560,000.
 */
import { describe, expect, it } from 'vitest';
import { distExists, fileForUrl, localeCodes, readDoc } from './site.ts';

/** Text with every kind of space made a plain one and bidi marks removed. */
const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f\u061c]/g, '');

/**
 * A worked formula's TeX as shown, read back: the expression before the last ≈ or = and the
 * result after it, numbers parsed for the locale (French decimal comma {,} and thin-space
 * groups; elsewhere {,} groups), units dropped, a × 10^{n} kept as one number.
 */
function readFormula(
	tex: string,
	lang: string,
): { expression: number; result: number; digits: number } | null {
	const parts = tex
		.replace(/\\text\{[^}]*\}/g, '')
		.replace(/\\ /g, ' ')
		.split(/\\approx|=/)
		.map((p) => p.trim());
	if (parts.length < 2) return null;
	const toJs = (p: string) => {
		let t = lang === 'fr' ? p.replace(/\\,/g, '').replace(/\{,\}/g, '.') : p.replace(/\{,\}/g, '');
		t = t.replace(/(\d+(?:\.\d+)?) \\times 10\^\{(-?\d+)\}/g, '($1e$2)');
		t = t.replace(/\\times/g, '*').replace(/\\div/g, '/');
		return /^[\d.e+\-*/() ]+$/.test(t) ? t : null;
	};
	const expression = toJs(parts[parts.length - 2]!);
	const result = toJs(parts[parts.length - 1]!);
	if (expression === null || result === null || !/\d/.test(expression)) return null;
	const shown = Number(new Function(`return ${result}`)());
	const mantissa = result.replace(/e.*$/, '').replace(/[^\d]/g, '').replace(/^0+/, '');
	return {
		expression: Number(new Function(`return ${expression}`)()),
		result: shown,
		digits: mantissa.replace(/0+$/, '').length || 1,
	};
}

const flopsText = { en: '2.55 × 10¹⁸', fr: '2,55 × 10¹⁸', hi: '2.55 × 10¹⁸', ar: '2.55 × 10¹⁸' };
// 40.56 M: src/format writes the million as the locale does (M in en and fr, words in hi and ar).
const paramsText = { en: '40.56 M', fr: '40,56 M', hi: '40.56 मिलियन', ar: '40.56 مليون' };
const impossible = { en: 'impossible', fr: 'impossible', hi: 'असंभव', ar: 'مستحيل' };

describe.skipIf(!distExists())('nanogpt-run, built', () => {
	for (const lang of localeCodes) {
		describe(lang, () => {
			const file = fileForUrl(`/${lang}/nanogpt-run/`);
			it('exists, translated (not the English fallback)', () => {
				expect(file).toBeDefined();
				const main = readDoc(file!).querySelector('main');
				expect(main?.getAttribute('lang') ?? lang).toBe(lang);
				expect(main?.hasAttribute('data-pagefind-body')).toBe(true);
			});

			const doc = file ? readDoc(file) : undefined;
			const nums = () =>
				[...doc!.querySelectorAll('bdi.num')].map((el) => norm(el.textContent ?? ''));

			it(`shows ${flopsText[lang]} FLOP and ${paramsText[lang]} parameters`, () => {
				expect(nums()).toContain(`${flopsText[lang]} FLOP`);
				expect(nums()).toContain(paramsText[lang]);
				const values = [...doc!.querySelectorAll('bdi.num')].map((el) =>
					Number(el.getAttribute('data-value')),
				);
				expect(
					values.some((v) => Math.abs(v / (6 * 40_560_000 * 10_485_760_000) - 1) < 1e-12),
				).toBe(true);
				expect(values).toContain(40_560_000);
			});

			it('marks the 2.5 s step impossible in the table, the others with an MFU', () => {
				const rows = [...doc!.querySelectorAll('table')]
					.find((t) => (t.textContent ?? '').includes('%'))!
					.querySelectorAll('tbody tr');
				expect(rows.length).toBe(5);
				expect(norm(rows[0]!.textContent ?? '')).toContain(impossible[lang]);
				for (const row of [...rows].slice(1)) {
					expect(norm(row.textContent ?? '')).toMatch(/\d+(?:[.,]\d+)? ?%/);
				}
			});

			it('renders every worked formula with KaTeX, and the 6ND one with its operands', () => {
				const formulas = [...doc!.querySelectorAll('.formula')];
				expect(formulas.length).toBe(15);
				const tex = formulas.map(
					(el) => el.querySelector('annotation[encoding="application/x-tex"]')?.textContent ?? '',
				);
				const sep = lang === 'fr' ? '{,}' : '.';
				expect(tex).toContain(
					`C \\approx 6 \\times 4${sep}056 \\times 10^{7} \\times 1${sep}049 \\times 10^{10} \\approx 2${sep}55 \\times 10^{18}\\ \\text{FLOP}`,
				);
			});

			it('has the wall-time chart: an SVG image with a localized title and the impossible region', () => {
				const svg = doc!.querySelector('svg.chart[role="img"]');
				expect(svg).not.toBeNull();
				expect((svg!.querySelector('title')?.textContent ?? '').length).toBeGreaterThan(10);
				expect(svg!.querySelector('rect.chart-region')).not.toBeNull();
				expect(norm(svg!.querySelector('desc')?.textContent ?? '')).toContain('MFU');
			});

			it('every worked formula checks by hand at the precision it shows', () => {
				const tex = [
					...doc!.querySelectorAll('.formula annotation[encoding="application/x-tex"]'),
				].map((el) => el.textContent ?? '');
				const read = tex
					.map((t) => [t, readFormula(t, lang)] as const)
					.filter(([, r]) => r !== null);
				expect(read.length).toBe(15);
				for (const [t, r] of read) {
					expect(Number(r!.expression.toPrecision(r!.digits)), t).toBe(r!.result);
				}
			});

			it('has a correction box and the calculator', () => {
				expect(doc!.querySelector('aside.callout.correction')).not.toBeNull();
				expect(doc!.querySelector('astro-island')).not.toBeNull();
			});
		});
	}
});
