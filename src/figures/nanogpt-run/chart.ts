/**
 * nanogpt-run, the wall-time chart and the sources cited inline. Conventions: see src/figures/nanogpt-run.ts.
 */
import { SECONDS_PER_HOUR } from '../../core/index.ts';
import { formatPercent, formatPlain } from '../../format/index.ts';
import type { Locale } from '../../i18n/locales.ts';
import { s, gpu } from './run.ts';
import { iters, minSecondsPerIter } from './run.ts';
import { fastestClaim, realisticMfu, slowestClaim } from './time.ts';

// ------------------------------------------------------------------ chart data

/**
 * The run's wall time against seconds per iteration: x in seconds per iteration, y in hours
 * for 20,000 iterations (the axis's display unit). Below `impossibleBelow` the card would exceed
 * its dense BF16 peak; `mfuMarks` are the step times that the realistic MFU range implies.
 */
export const wallTimeChart = (() => {
	const xMin = 2;
	const xMax = 10;
	const points: [number, number][] = [];
	for (let x = xMin; x <= xMax + 1e-9; x += 0.25) points.push([x, (x * iters) / SECONDS_PER_HOUR]);
	const mfuLevels = [s.realisticMfu[1], realisticMfu, s.realisticMfu[0]];
	return {
		xMin,
		xMax,
		/** Seconds per iteration at 100 % MFU. */
		impossibleBelow: minSecondsPerIter,
		points,
		mfuMarks: mfuLevels.map((u) => ({ mfu: u, secondsPerIter: minSecondsPerIter / u })),
		claims: [fastestClaim, slowestClaim].map((c) => ({
			secondsPerIter: c.secondsPerIter,
			hours: c.wallSeconds / SECONDS_PER_HOUR,
		})),
	};
})();

/** The chart's words in one language (numbers come from src/format). */
export type WallTimeChartWords = {
	title: string;
	desc: string;
	xLabel: string;
	yLabel: string;
	line: string;
	impossible: string;
	/** Label of a claimed point, before its seconds per iteration. */
	claim: string;
};

/** Props for `<LineChart>` in `locale`. */
export function wallTimeChartProps(locale: Locale, words: WallTimeChartWords) {
	const seconds = (v: number) => `${formatPlain(v, locale)} s`;
	return {
		locale,
		title: words.title,
		desc: words.desc,
		x: { label: words.xLabel, format: seconds },
		y: { label: words.yLabel, format: (v: number) => formatPlain(v, locale) },
		series: [{ label: words.line, points: wallTimeChart.points }],
		regions: [
			{ from: wallTimeChart.xMin, to: wallTimeChart.impossibleBelow, label: words.impossible },
		],
		markers: wallTimeChart.mfuMarks.map((m) => ({
			x: m.secondsPerIter,
			label: `MFU ${formatPercent(m.mfu, locale)}`,
		})),
		points: wallTimeChart.claims.map((c) => ({
			x: c.secondsPerIter,
			y: c.hours,
			// The value is isolated (LRI … PDI) so it stays whole beside an Arabic word.
			label: `${words.claim} \u2066${seconds(c.secondsPerIter)}\u2069`,
		})),
	};
}

// ------------------------------------------------------------------ sources cited inline

/**
 * The sources the article links inline, in one place for the four languages (their URLs hold
 * digits that a reader never sees; the frontmatter lists the same ones).
 */
const NANOGPT_COMMIT =
	'https://github.com/karpathy/nanoGPT/blob/3adf61e154c3fe3fca428ad6bc3818b27a3b8291';
export const links = {
	nanogptModel: `${NANOGPT_COMMIT}/model.py`,
	nanogptTrain: `${NANOGPT_COMMIT}/train.py`,
	nanogptReadme: `${NANOGPT_COMMIT}/README.md`,
	adaWhitepaper: gpu.source.url,
	kaplan: 'https://arxiv.org/abs/2001.08361',
	palm: 'https://arxiv.org/abs/2204.02311',
	zero: 'https://arxiv.org/abs/1910.02054',
	korthikanti: 'https://arxiv.org/abs/2205.05198',
	flashAttention: 'https://arxiv.org/abs/2205.14135',
	muennighoff: 'https://arxiv.org/abs/2305.16264',
	hoffmann: 'https://arxiv.org/abs/2203.15556',
	epoch: 'https://arxiv.org/abs/2404.10102',
} as const;
