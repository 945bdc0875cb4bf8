/**
 * The built "Can one GPU-year train GPT-3.5?" page in every language: the core's values on
 * screen (the same 0.36 % everywhere), and every displayed worked example checking by hand:
 * the rounded operands KaTeX shows give the result it shows, at the precision shown.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, distExists, fileForUrl, localeCodes, readDoc } from './site.ts';

const SLUG = 'gpt-3-5-compute';
const page = (lang: string) => readDoc(join(DIST, lang, SLUG, 'index.html'));
/** Text with bidi marks dropped and every kind of space made a plain space. */
const clean = (s: string) => s.replace(/[\u200e\u200f\u061c]/g, '').replace(/[\u00a0\u202f]/g, ' ');

/** Reads a number as KaTeX's TeX source writes it: "3.143 \times 10^{23}", "1{,}024", "3{,}143" (fr). */
function texNumber(tex: string, lang: string): number {
	let t = tex.replace(/\\,/g, '').replace(/\s+/g, '');
	const m = /^([\d{},.]+)(?:\\times10\^\{(-?\d+)\})?$/.exec(t);
	if (!m) throw new Error(`not a number: ${tex}`);
	t = m[1]!.replace(/\{,\}/g, lang === 'fr' ? '.' : '');
	return Number(t) * 10 ** Number(m[2] ?? 0);
}

/** Significant digits of a number as shown ("3.143" → 4, "276" → 3, "2.92" → 3). */
function shownDigits(tex: string): number {
	const mantissa = tex
		.replace(/\\times.*$/, '')
		.replace(/\{,\}|\\,|[^\d.]/g, (c) => (c === '.' ? '.' : ''));
	const digits = mantissa.replace('.', '').replace(/^0+/, '');
	return Math.max(digits.length, 1);
}

/** The TeX source of each display formula on the page, in order. */
function formulas(lang: string): string[] {
	return [
		...page(lang).querySelectorAll('div.formula annotation[encoding="application/x-tex"]'),
	].map((el) => el.textContent ?? '');
}

/** The numbers of a formula's TeX, in order (scientific ones whole). */
function numbersIn(tex: string, lang: string): { value: number; digits: number }[] {
	const re = /\d(?:[\d.]|\{,\}|\\,(?=\d))*(?:\s*\\times\s*10\^\{-?\d+\})?/g;
	return [...tex.matchAll(re)].map((m) => ({
		value: texNumber(m[0], lang),
		digits: shownDigits(m[0]),
	}));
}

const roundTo = (x: number, digits: number) => Number(x.toPrecision(digits));

describe.skipIf(!distExists())(`built ${SLUG}`, () => {
	it('exists in every language, translated (no fallback notice, indexed for search)', () => {
		for (const lang of localeCodes) {
			const file = fileForUrl(`/${lang}/${SLUG}/`);
			expect(file, lang).toBeDefined();
			const main = page(lang).querySelector('main');
			expect(main?.getAttribute('lang') ?? lang, lang).toBe(lang);
			expect(main?.hasAttribute('data-pagefind-body'), lang).toBe(true);
		}
	});

	it('shows the same 0.36 % in all four languages', () => {
		const expected: Record<string, string> = {
			en: '0.36%',
			fr: '0,36 %',
			hi: '0.36%',
			ar: '0.36%',
		};
		for (const lang of localeCodes) {
			const shown = [...page(lang).querySelectorAll('bdi.num')]
				.filter((el) => Math.abs(Number(el.getAttribute('data-value')) - 0.0036229) < 1e-6)
				.map((el) => clean(el.textContent ?? ''));
			expect(shown.length, lang).toBeGreaterThanOrEqual(2);
			for (const text of shown) expect(text, lang).toBe(expected[lang]);
		}
	});

	it('shows the note’s 1.14 × 10²¹ FLOP and GPT-3’s 3.14 × 10²³ FLOP, localized', () => {
		for (const lang of localeCodes) {
			const text = clean(page(lang).querySelector('main')?.textContent ?? '');
			const comma = lang === 'fr' ? ',' : '.';
			expect(text, lang).toContain(`1${comma}14 × 10²¹ FLOP`);
			expect(text, lang).toContain(`3${comma}14 × 10²³ FLOP`);
			expect(text, lang).toContain(`2${comma}79 ${lang === 'fr' ? 'To' : 'TB'}`);
		}
	});

	it('every worked example checks by hand at the precision shown', () => {
		for (const lang of localeCodes) {
			const all = formulas(lang);
			expect(all.length, lang).toBe(5);
			const [year, gpt3, ratio, memory, megatron] = all.map((tex) => numbersIn(tex, lang));
			const check = (operands: number, result: { value: number; digits: number }, what: string) =>
				expect(roundTo(operands, result.digits), `${lang} ${what}`).toBe(
					roundTo(result.value, result.digits),
				);

			// C_year = P × u × t ≈ C
			const [p, u, t, c] = year!;
			check(p!.value * u!.value * t!.value, c!, 'GPU-year');
			// 6 N D = 6 × N × D ≈ C (the leading "6" of the symbolic part is the first number)
			const g = gpt3!.slice(-4);
			expect(g[0]!.value, lang).toBe(6);
			check(6 * g[1]!.value * g[2]!.value, g[3]!, 'GPT-3 compute');
			// C / B ≈ n
			const [cc, b, n] = ratio!.slice(-3);
			check(cc!.value / b!.value, n!, 'GPU-years');
			// M = 16 B × N ≈ M
			const [bytes, params, state] = memory!;
			expect(bytes!.value, lang).toBe(16);
			check(bytes!.value * params!.value, state!, 'memory');
			// t ≈ 8ND / (nX) = H / (n × X) ≈ t
			const [h, devices, x, seconds] = megatron!.slice(-4);
			check(h!.value / (devices!.value * x!.value), seconds!, 'Megatron-LM time');
		}
	});

	it('links each glossary term to the glossary in the page’s own language', () => {
		for (const lang of localeCodes) {
			const hrefs = [...page(lang).querySelectorAll('main a[href*="/glossary/"]')].map(
				(a) => a.getAttribute('href') ?? '',
			);
			expect(hrefs.length, lang).toBeGreaterThan(5);
			for (const href of hrefs)
				expect(href, lang).toMatch(new RegExp(`^/${lang}/glossary/#[a-z-]+$`));
		}
	});

	it('cites its sources inline with well-formed external links', () => {
		for (const lang of localeCodes) {
			const external = [...page(lang).querySelectorAll('main a[href^="http"]')].map(
				(a) => a.getAttribute('href') ?? '',
			);
			expect(external.length, lang).toBeGreaterThan(10);
			for (const href of external) expect(() => new URL(href), href).not.toThrow();
			expect(external, lang).toContain('https://arxiv.org/abs/2005.14165');
			expect(external, lang).toContain('https://arxiv.org/abs/2104.04473');
		}
	});
});

describe.skipIf(!distExists())(`built ${SLUG}: the compute chart`, () => {
	it('renders as a labelled SVG image in every language, with the core’s values', () => {
		for (const lang of localeCodes) {
			const svg = page(lang).querySelector('main svg.chart-logbar');
			expect(svg, lang).not.toBeNull();
			expect(svg!.getAttribute('role')).toBe('img');
			expect(svg!.getAttribute('dir')).toBe('ltr');
			const title = svg!.querySelector('title')?.textContent ?? '';
			expect(title.length, lang).toBeGreaterThan(10);
			// one bar per run and card: nanoGPT, four GPT-2 sizes, four GPU-years, GPT-3, Chinchilla, Llama 3.1
			expect(svg!.querySelectorAll('rect'), lang).toHaveLength(12);
			const desc = clean(svg!.querySelector('desc')?.textContent ?? '');
			const comma = lang === 'fr' ? ',' : '.';
			expect(desc, lang).toContain(`GPT-3 175B: 3${comma}14 × 10²³ FLOP`);
			// Llama 3.1 405B by 6·N·D with N counted: the paper's own 3.8 × 10²⁵ (§1).
			expect(desc, lang).toContain(`Llama 3.1 405B: 3${comma}8 × 10²⁵ FLOP`);
			expect(svg!.outerHTML).not.toMatch(/NaN|Infinity|undefined/);
		}
	});
});
