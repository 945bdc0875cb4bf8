/**
 * The methods page's formulas: each block's section, its TeX (language-neutral, except the
 * byte units), the figures its text fills in and its sources (paper, section or table, URL).
 * The block's title and prose are in src/i18n/methods-page.ts.
 */
import { DAYS_PER_YEAR, SECONDS_PER_DAY, SECONDS_PER_YEAR } from '../../core/index.ts';
import { byteUnit } from '../../format/index.ts';
import type { Doc } from '../../i18n/data-notes.ts';
import { methodsSections, type MethodsSection } from '../../i18n/glossary.ts';
import type { Locale } from '../../i18n/index.ts';
import type { FormulaId } from '../../i18n/methods-page.ts';

export type Source = { doc: Doc; url: string };
const ARXIV = (id: string) => `https://arxiv.org/abs/${id}`;
const paper = (name: string, id: string, where?: Doc['where']): Source => ({
	doc: where ? { kind: 'paper', name, where } : { kind: 'paper', name },
	url: ARXIV(id),
});
const NANOGPT: Source = {
	doc: { kind: 'repo', name: 'nanoGPT', where: { file: 'model.py' } },
	url: 'https://github.com/karpathy/nanoGPT/blob/3adf61e154c3fe3fca428ad6bc3818b27a3b8291/model.py',
};
const KORTHIKANTI = (where: Doc['where']) => paper('Korthikanti et al. 2022', '2205.05198', where);
const PALM = paper('Chowdhery et al. 2022 (PaLM)', '2204.02311', { appendix: 'B' });
const ZERO = (section: string) =>
	paper('Rajbhandari et al. 2020 (ZeRO)', '1910.02054', { section });

/** Each formula block: its section, its TeX (language-neutral), the figures its text fills in, its sources. */
export type Block = {
	id: FormulaId;
	section: FormulaSection;
	tex: { tex: string; values?: Record<string, number>; digits?: Record<string, number> }[];
	sources: Source[];
};
/** The blocks in page order within each section (the units block names bytes in the page's language). */
export function formulaBlocks(lang: Locale): Block[] {
	return [
		{
			id: 'sixN',
			section: 'compute',
			tex: [{ tex: String.raw`C \approx 6\,N\,D` }],
			sources: [
				paper('Kaplan et al. 2020', '2001.08361', { section: '2.1' }),
				paper('Brown et al. 2020', '2005.14165', { table: 'D.1' }),
			],
		},
		{
			id: 'attention',
			section: 'compute',
			tex: [{ tex: String.raw`\frac{C}{D} = 6\,N + 12 \cdot L \cdot H \cdot Q \cdot T` }],
			sources: [PALM, NANOGPT],
		},
		{
			id: 'recompute',
			section: 'compute',
			tex: [
				{
					tex: String.raw`\frac{C_{\mathrm{hw}}}{D} = \frac{C}{D} + 2\,N_{\mathrm{blocks}} + 4 \cdot L \cdot H \cdot Q \cdot T`,
				},
			],
			sources: [
				paper('Narayanan et al. 2021', '2104.04473', { equation: '3' }),
				KORTHIKANTI({ equation: '8' }),
			],
		},
		{
			id: 'bytes',
			section: 'memory',
			tex: [{ tex: String.raw`M_{\mathrm{state}} = (2 + 2 + 4 + 4 + 4)\,N = 16\,N` }],
			sources: [ZERO('3.1')],
		},
		{
			id: 'activations',
			section: 'memory',
			tex: [
				{
					tex: String.raw`M_{\mathrm{act}} = s\,b\,h \left(34 + 5\,\frac{a\,s}{h}\right), \qquad M_{\mathrm{logits}} = 8\,s\,b\,V`,
				},
			],
			sources: [
				KORTHIKANTI({ section: '4' }),
				paper('Dao et al. 2022 (FlashAttention)', '2205.14135'),
			],
		},
		{
			id: 'zero',
			section: 'memory',
			tex: [
				{
					tex: String.raw`M_{\mathrm{state}}^{\mathrm{ZeRO\text{-}3}} = \frac{16\,N}{N_{\mathrm{dp}}}`,
				},
			],
			sources: [ZERO('5')],
		},
		{
			id: 'chinchilla',
			section: 'scaling',
			tex: [
				{
					tex: String.raw`L(N, D) = E + \frac{A}{N^{\alpha}} + \frac{B}{D^{\beta}}, \qquad C = 6\,N\,D`,
				},
			],
			sources: [
				paper('Hoffmann et al. 2022', '2203.15556', { section: '3.3' }),
				paper('Besiroglu et al. 2024 (Epoch AI)', '2404.10102'),
			],
		},
		{
			id: 'peaks',
			section: 'peaks',
			tex: [
				{
					tex: String.raw`P_{\mathrm{dense}} = \frac{P_{\mathrm{sparse}}}{2}, \qquad P_{\mathrm{FP32}} = n_{\mathrm{cores}} \times 2 \times f_{\mathrm{boost}}`,
				},
			],
			sources: [
				{
					doc: {
						kind: 'whitepaper',
						name: 'NVIDIA Ada GPU architecture',
						where: { appendix: 'A' },
					},
					url: 'https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf',
				},
				{
					doc: { kind: 'repo', name: 'llm.c', where: { file: 'llmc/mfu.h' } },
					url: 'https://github.com/karpathy/llm.c/blob/f1e2ace651495b74ae22d45d1723443fd00ecd3a/llmc/mfu.h',
				},
			],
		},
		{
			id: 'mfu',
			section: 'utilisation',
			tex: [
				{
					tex: String.raw`\mathrm{MFU} = \frac{(C/D) \cdot \text{tokens/s}}{n\,P}, \qquad t = \frac{C}{n\,P\,\mathrm{MFU}}`,
				},
			],
			sources: [PALM, KORTHIKANTI({ section: '6' })],
		},
		{
			id: 'units',
			section: 'units',
			tex: [
				{
					tex: `1\\ \\text{${byteUnit('GiB', lang)}} = 2^{30}\\ \\text{${byteUnit('B', lang)}} \\approx {{gib}}\\ \\text{${byteUnit('B', lang)}}`,
					values: { gib: 2 ** 30 },
					digits: { gib: 4 },
				},
				{
					tex: String.raw`t_{\mathrm{year}} = {{days}} \times {{day}}\ \text{s} \approx {{year}}\ \text{s}`,
					values: { days: DAYS_PER_YEAR, day: SECONDS_PER_DAY, year: SECONDS_PER_YEAR },
					digits: { days: 5, day: 5, year: 4 },
				},
			],
			sources: [
				{
					doc: { kind: 'docs', name: 'Cloud TPU v4' },
					url: 'https://cloud.google.com/tpu/docs/v4',
				},
			],
		},
		{
			id: 'energy',
			section: 'energy',
			tex: [{ tex: String.raw`E = P \cdot n \cdot t \cdot \mathrm{PUE}` }],
			sources: [paper('Patterson et al. 2021', '2104.10350', { section: '2' })],
		},
	];
}

/** The page's parts (its h2 headings and table of contents), in order; the other sections are formulas'. */
export const PAGE_PARTS = ['formulas', 'reality-check', 'accelerators', 'models'] as const;
export type FormulaSection = Exclude<MethodsSection, (typeof PAGE_PARTS)[number]>;

/** The formula sections in the order the page shows them. */
export const sectionsInOrder = methodsSections.filter(
	(s): s is FormulaSection => !(PAGE_PARTS as readonly string[]).includes(s),
);
