/**
 * gpt-2-one-gpu, part 4: the memory chart's data and props, and the sources cited inline.
 */
import { BYTES_PER_GIB } from '../../core/index.ts';
import { byteUnit, formatNumber } from '../../format/index.ts';
import type { Locale } from '../../i18n/locales.ts';
import { CHART_MICRO_BATCH, GPT2_IDS, sizes } from './sizes.ts';
import { cardBytes } from './memory.ts';

// ------------------------------------------------------------------ chart data

/** The parts of the stacked memory bars, in stacking order. */
export const MEMORY_PARTS = [
	'weights',
	'gradients',
	'optimizer',
	'activations',
	'logits',
	'overhead',
] as const;
export type MemoryPart = (typeof MEMORY_PARTS)[number];

/** Bar labels of the chart: model names, the same in every language. */
const GPT2_LABELS: Record<(typeof GPT2_IDS)[number], string> = {
	gpt2: 'GPT-2 small',
	'gpt2-medium': 'GPT-2 medium',
	'gpt2-large': 'GPT-2 large',
	'gpt2-xl': 'GPT-2 XL',
};

/**
 * Data for the stacked bar chart of training memory per GPT-2 size (bytes, micro-batch 1)
 * against 12, 16, 24 and 80 GB cards (read as GiB, as vendors mean them).
 */
export const memoryChart = {
	microBatch: CHART_MICRO_BATCH,
	bars: sizes.map((s) => ({
		id: s.id,
		label: GPT2_LABELS[s.id as (typeof GPT2_IDS)[number]],
		params: s.params,
		parts: Object.fromEntries(MEMORY_PARTS.map((p) => [p, s.memory[p]])) as Record<
			MemoryPart,
			number
		>,
		total: s.memory.total,
	})),
	thresholds: cardBytes,
};

/**
 * Props for `StackedBarChart` in one language: values in GiB (the axis's display unit, written
 * "Gio" in French), the parts and card labels in that language, numbers formatted by src/format.
 */
export function memoryChartProps(
	locale: Locale,
	labels: { parts: Record<MemoryPart, string>; card: (gb: string) => string },
) {
	return {
		locale,
		bars: memoryChart.bars.map((b) => ({
			label: b.label,
			parts: MEMORY_PARTS.map((key) => ({
				key,
				label: labels.parts[key],
				value: b.parts[key] / BYTES_PER_GIB,
			})),
		})),
		references: memoryChart.thresholds.map((t) => ({
			label: labels.card(formatNumber(t.gb, locale)),
			value: t.bytes / BYTES_PER_GIB,
		})),
		formatValue: (v: number) => `${formatNumber(v, locale)}\u00a0${byteUnit('GiB', locale)}`,
	};
}

// ------------------------------------------------------------------ links

/**
 * Source links cited inline, shared by the four languages (the same URLs as the frontmatter's
 * `sources`; kept here because arXiv ids and commit hashes look like typed figures in prose).
 */
export const links = {
	radford:
		'https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf',
	nanogptModel:
		'https://github.com/karpathy/nanoGPT/blob/3adf61e154c3fe3fca428ad6bc3818b27a3b8291/model.py',
	openwebtext:
		'https://github.com/karpathy/nanoGPT/blob/3adf61e154c3fe3fca428ad6bc3818b27a3b8291/data/openwebtext/prepare.py',
	nanogptReadme:
		'https://github.com/karpathy/nanoGPT/blob/3adf61e154c3fe3fca428ad6bc3818b27a3b8291/README.md',
	llmc: 'https://github.com/karpathy/llm.c/discussions/481',
	llmcXl: 'https://github.com/karpathy/llm.c/discussions/677',
	kaplan: 'https://arxiv.org/abs/2001.08361',
	hoffmann: 'https://arxiv.org/abs/2203.15556',
	besiroglu: 'https://arxiv.org/abs/2404.10102',
	rae: 'https://arxiv.org/abs/2112.11446',
	korbak: 'https://tomekkorbak.com/2022/10/10/compute-optimal-gpt2/',
	zero: 'https://arxiv.org/abs/1910.02054',
	korthikanti: 'https://arxiv.org/abs/2205.05198',
	dettmers: 'https://arxiv.org/abs/2110.02861',
	lora: 'https://arxiv.org/abs/2106.09685',
} as const;
