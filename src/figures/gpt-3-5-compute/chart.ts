/**
 * gpt-3-5-compute, part 3: where GPT-3 sits among other runs (the chart), and the names and
 * links the article cites.
 */
import {
	SECONDS_PER_YEAR,
	computeBudget,
	countParams,
	runPlan,
	trainingFlops,
} from '../../core/index.ts';
import {
	gpt2Scenario,
	gpuById,
	modelById,
	nanogptScenario,
	peakFlopsPerSecond,
	publishedRunById,
	requirePublished as published,
} from '../../data/index.ts';
import { formatParams } from '../../format/index.ts';
import type { Locale } from '../../i18n/locales.ts';
import { knownRunFlops } from '../known-runs.ts';
import { flops, gpt3Run, scenario } from './budget.ts';
import { lambda, megatron } from './published.ts';

// ---------------------------------------------------------------------------------------------
// The chart: training compute of known runs against one GPU-year of four cards.

/** The chart's GPU-years: dense BF16 tensor-core peak at 40 % MFU (inside the 30-50 % range). */
/**
 * Llama 3's largest model by the name it was released under and its model card uses (the
 * paper, written before the release, calls it Llama 3 405B); the methods page uses the same.
 */
export const LLAMA3_405B = 'Llama 3.1 405B';

export const chartPrecision = 'bf16' as const;
export const chartUtilization = 0.4;

function gpt2Flops(modelId: string): number {
	const xl = gpt2Scenario.runs.find((r) => r.modelId === 'gpt2-xl');
	if (!xl) throw new Error('gpt-3-5-compute: the GPT-2 scenario lost its XL run');
	// GPT-2's token count was never published: ~10 B tokens is the GPT-2 note's estimate.
	return trainingFlops({ params: countParams(modelById(modelId).arch), tokens: xl.tokens });
}

const nanogptModel = modelById(nanogptScenario.modelId);
const nanogptTokens = runPlan({
	microBatch: nanogptScenario.microBatch,
	context: nanogptScenario.context,
	gradAccum: nanogptScenario.gradAccum,
	iters: nanogptScenario.iters,
}).totalTokens;
const llamaRun = publishedRunById('llama3.1-405b-training');

function yearOf(id: string): number {
	return computeBudget({
		peakFlopsPerSecond: peakFlopsPerSecond(gpuById(id), chartPrecision),
		devices: 1,
		seconds: SECONDS_PER_YEAR,
		utilization: chartUtilization,
	});
}

/** Training compute of the runs the chart shows (6·N·D). */
/** The note's nanoGPT model, counted as nanoGPT prints it (no position table). */
export const nanogptParams = countParams(nanogptModel.arch, { excludePositionEmbeddings: true });
export const nanogptFlops = trainingFlops({
	params: nanogptParams,
	tokens: nanogptTokens,
});
export const gpt2XlFlops = gpt2Flops('gpt2-xl');
/** Chinchilla and Llama 3.1 405B as the site counts every known run (`knownRunFlops`). */
export const chinchillaFlops = knownRunFlops('chinchilla-70b');
export const llamaFlops = knownRunFlops('llama3-405b');

export type ComputeBar = {
	/** Stable id: a model or published-run id, or `year-<gpu id>`. */
	readonly id: string;
	/**
	 * Label as papers and vendors write it (not translated). For the nanoGPT run, which has no
	 * published name, `params` adds its size in the reader's magnitude words (see `chartBars`).
	 */
	readonly label: string;
	readonly params?: number;
	/** 'run': a training run's compute; 'budget': what one GPU-year delivers. */
	readonly kind: 'run' | 'budget';
	/** FLOP (an amount). */
	readonly value: number;
};

/**
 * Training compute by 6·N·D (N counted from each configuration; D as published or, for GPT-2,
 * estimated) against one GPU-year at 40 % of the dense BF16 peak. Ordered smallest first.
 */
export const computeChart: readonly ComputeBar[] = [
	{
		id: 'nanogpt-note-40m',
		label: 'nanoGPT',
		params: nanogptParams,
		kind: 'run' as const,
		value: nanogptFlops,
	},
	{ id: 'gpt2', label: 'GPT-2 124M', kind: 'run' as const, value: gpt2Flops('gpt2') },
	{ id: 'gpt2-medium', label: 'GPT-2 355M', kind: 'run' as const, value: gpt2Flops('gpt2-medium') },
	{ id: 'gpt2-large', label: 'GPT-2 774M', kind: 'run' as const, value: gpt2Flops('gpt2-large') },
	{ id: 'gpt2-xl', label: 'GPT-2 1.5B', kind: 'run' as const, value: gpt2XlFlops },
	{
		id: 'year-rtx-4070-ti',
		label: 'RTX 4070 Ti',
		kind: 'budget' as const,
		value: yearOf('rtx-4070-ti'),
	},
	{ id: 'year-rtx-4090', label: 'RTX 4090', kind: 'budget' as const, value: yearOf('rtx-4090') },
	{ id: 'year-a100', label: 'A100', kind: 'budget' as const, value: yearOf('a100-80gb-sxm') },
	{ id: 'year-h100', label: 'H100', kind: 'budget' as const, value: yearOf('h100-sxm') },
	{ id: 'gpt3-175b', label: 'GPT-3 175B', kind: 'run' as const, value: flops },
	{
		id: 'chinchilla-70b',
		label: 'Chinchilla 70B',
		kind: 'run' as const,
		value: chinchillaFlops,
	},
	{
		id: 'llama3-405b',
		label: LLAMA3_405B,
		kind: 'run' as const,
		value: llamaFlops,
	},
].sort((a, b) => a.value - b.value);

/** The chart's one-GPU-year bars by GPU, for the prose. */
export const chartYear = {
	rtx4070ti: yearOf('rtx-4070-ti'),
	rtx4090: yearOf('rtx-4090'),
	a100: yearOf('a100-80gb-sxm'),
	h100: yearOf('h100-sxm'),
};

/** GPT-3's compute over one H100-year at the chart's utilisation (how far above the bar it sits). */
export const gpt3OverH100Year = flops / chartYear.h100;
/** GPT-2 XL (1.5 B on the GPT-2 note's ~10 B-token estimate) as a share of one RTX 4070 Ti year. */
export const gpt2XlShareOfCardYear = gpt2XlFlops / chartYear.rtx4070ti;

/** Llama 3.1 405B's published MFU (Table 4, 16,384 H100s, 8K sequences). */
export const llamaMfu = published(llamaRun, 'mfu');
/** The note's claim, "about 35 years on one A100" (a claim, shown beside our figure). */
export const noteA100Years = scenario.claims.a100Years;

/**
 * The model the article is about; its name is data here, not a figure typed into prose. The
 * hyphen is non-breaking (U+2011) so the name never wraps as "GPT-" / "3.5", which in
 * right-to-left text would also split it across the line.
 */
export const GPT35 = 'GPT\u20113.5';

/**
 * Where the article's inline citations point: the same documents as its frontmatter sources,
 * which give the table and section. Published runs carry their own source URL.
 */
export const links = {
	brown: gpt3Run.source.url,
	kaplan: 'https://arxiv.org/abs/2001.08361',
	narayanan: megatron.source.url,
	lambda: lambda.source.url,
	patterson: publishedRunById('gpt3-175b-patterson-estimate').source.url,
	zero: 'https://arxiv.org/abs/1910.02054',
	llama3: llamaRun.source.url,
} as const;

/** Llama 3.1 405B's compute over GPT-3's. */
export const llamaOverGpt3 = llamaFlops / flops;

/**
 * The chart's bars for `LogBarChart`: runs as 'model', GPT-3 as 'highlight', the GPU-years as
 * 'budget', labelled by the article's own `budgetLabel` (the card's name and "one GPU-year",
 * with the language's own comma). The nanoGPT run's size is written in the reader's magnitude
 * words ("40.56 M", "40,56 M", "40.56 मिलियन", "40.56 مليون").
 */
export function chartBars(
	locale: Locale,
	budgetLabel: (gpu: string) => string,
): { label: string; value: number; tone: 'model' | 'budget' | 'highlight' }[] {
	return computeChart.map((b) => ({
		label:
			b.kind === 'budget'
				? budgetLabel(b.label)
				: b.params === undefined
					? b.label
					: `${b.label} ${formatParams(b.params, locale, { digits: 4 })}`,
		value: b.value,
		tone: b.kind === 'budget' ? 'budget' : b.id === 'gpt3-175b' ? 'highlight' : 'model',
	}));
}
