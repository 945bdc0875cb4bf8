/**
 * Figures for the article "how-estimates-work" (how to read the numbers on this site), computed
 * once from the core and the data and shared by its four language versions. A published figure
 * that is missing from src/data fails the build: it is never replaced by an estimate.
 */
import {
	SECONDS_PER_YEAR,
	computeBudget,
	countParams,
	trainingFlops,
	trainingTime,
} from '../core/index.ts';
import {
	gpuById,
	modelById,
	peakFlopsPerSecond,
	publishedRunById,
	requirePublished as published,
} from '../data/index.ts';

const gpt3 = modelById('gpt3-175b');
const gpt3Run = publishedRunById('gpt3-175b-training');

/** Parameters of GPT-3 175B counted from its Table 2.1 configuration. */
export const params = countParams(gpt3.arch);
/** Training tokens GPT-3 saw (Brown et al. 2020, Table D.1). */
export const tokens = published(gpt3Run, 'tokens');
/** 6·N·D for those. */
export const flops = trainingFlops({ params, tokens });
/** What the paper reports (Table D.1). */
export const publishedFlops = published(gpt3Run, 'totalFlops');

/** Which peak: an RTX 4070 Ti's FP32 (non-tensor) and BF16 tensor-core dense peaks. */
const ti = gpuById('rtx-4070-ti');
export const tiFp32 = peakFlopsPerSecond(ti, 'fp32');
export const tiBf16 = peakFlopsPerSecond(ti, 'bf16');
/** What one such GPU-year delivers at its FP32 peak, at 100 % (an upper bound). */
export const tiYearFp32 = computeBudget({
	peakFlopsPerSecond: tiFp32,
	devices: 1,
	seconds: SECONDS_PER_YEAR,
	utilization: 1,
});

/** MFU: the example run of GPT-3's published compute on 1,024 A100s at 40 % MFU. */
const a100 = gpuById('a100-80gb-sxm');
export const a100Bf16 = peakFlopsPerSecond(a100, 'bf16');
export const exampleDevices = 1024;
export const exampleMfu = 0.4;
export const exampleSeconds = trainingTime({
	flops: publishedFlops,
	peakFlopsPerSecond: a100Bf16,
	devices: exampleDevices,
	utilization: exampleMfu,
});

/** A published MFU to compare with: Llama 3.1 405B (Llama Team 2024, Table 4). */
export const llamaMfu = published(publishedRunById('llama3.1-405b-training'), 'mfu');

/**
 * One of each magnitude word the site writes counts with (src/format `MAGNITUDE_WORDS`): 10³,
 * 10⁶, 10⁹, 10¹², rendered by <Num as="params"> in the reader's language ("1 Md" in French,
 * "1 मिलियन" in Hindi), so the article states the words the pages really use.
 */
export const magnitudeExamples = [1e3, 1e6, 1e9, 1e12] as const;
