/**
 * gpt-3-5-compute, part 2: what GPT-3 really took, from published figures (the Megatron-LM
 * projection, Lambda's single-V100 estimate, the V100's tensor peak).
 */
import {
	energy,
	flopsForTokens,
	flopsPerToken,
	gpuYears,
	hfu,
	trainingTime,
} from '../../core/index.ts';
import {
	gpuById,
	peakFlopsPerSecond,
	publishedRunById,
	requirePublished as published,
} from '../../data/index.ts';
import { realityRow } from '../methods.ts';
import { a100, flops, gpt3 } from './budget.ts';

// ---------------------------------------------------------------------------------------------
// What it really took: published figures.

/** Narayanan et al. 2021 (Megatron-LM): 1,024 A100s at 140 TFLOP/s each, 34 days. */
export const megatron = publishedRunById('gpt3-175b-megatron-projection');
export const megatronDevices = published(megatron, 'devices');
export const megatronFlopsPerDevice = published(megatron, 'flopsPerSecondPerDevice');
/** The paper's "34 days". */
export const megatronPublishedSeconds = published(megatron, 'wallSeconds');
/** Hardware FLOP with full activation recomputation, attention left out as in their eq. 4 (≈ 8·N·D). */
export const megatronHardwareFlops = flopsForTokens({
	flopsPerToken: flopsPerToken(gpt3.arch, { attention: false, recompute: 'full' }),
	tokens: published(megatron, 'tokens'),
});
/** Their 140 TFLOP/s counts the recomputed forward pass: time at that rate (≈ 34 days). */
export const megatronSeconds = trainingTime({
	flops: megatronHardwareFlops,
	peakFlopsPerSecond: megatronFlopsPerDevice,
	devices: megatronDevices,
	utilization: 1,
});
export const megatronGpuYears = gpuYears(megatronSeconds, megatronDevices);
/** 140 of 312 TFLOP/s: hardware FLOP utilisation (recomputation counted). */
export const megatronHfu = hfu({
	hardwareFlopsPerStep: megatronHardwareFlops,
	secondsPerStep: megatronSeconds,
	peakFlopsPerSecond: a100.peakFlopsPerSecond,
	devices: megatronDevices,
});
/** The model FLOP utilisation the same run implies (6·N·D only): the methods page's value. */
export const megatronMfu = realityRow('gpt3-175b-megatron-projection').impliedMfu!;

/** Lambda's "355 GPU-years": one V100 at a theoretical 28 TFLOP/s, 100 % of the time. */
export const lambda = publishedRunById('gpt3-175b-lambda-estimate');
export const lambdaFlopsPerSecond = published(lambda, 'flopsPerSecondPerDevice');
export const lambdaGpuYears = gpuYears(
	trainingTime({
		flops: published(lambda, 'totalFlops'),
		peakFlopsPerSecond: lambdaFlopsPerSecond,
		devices: 1,
		utilization: 1,
	}),
);
/** The V100 SXM2's dense FP16 tensor peak (125 TFLOP/s), what GPT-3's cluster offered. */
export const v100 = gpuById('v100-sxm2-32gb');
export const v100TensorFlopsPerSecond = peakFlopsPerSecond(v100, 'fp16');
export const v100YearsAtPeak = gpuYears(
	trainingTime({
		flops,
		peakFlopsPerSecond: v100TensorFlopsPerSecond,
		devices: 1,
		utilization: 1,
	}),
);

// ---------------------------------------------------------------------------------------------
// Energy, emissions and cost: Patterson et al. 2021's estimate for GPT-3, checked with the core.

/** Patterson et al. 2021, Table 4: 10,000 V100s for 14.8 days, 1,287 MWh, 552 t CO₂e. */
export const patterson = publishedRunById('gpt3-175b-patterson-estimate');
export const pattersonDevices = published(patterson, 'devices');
export const pattersonSeconds = published(patterson, 'wallSeconds');
export const pattersonGpuYears = gpuYears(pattersonSeconds, pattersonDevices);
export const pattersonKWh = published(patterson, 'energyKWh');
export const pattersonTCO2 = published(patterson, 'tCO2eq');
export const pattersonWatts = published(patterson, 'watts');
export const pattersonPue = published(patterson, 'pue');
/** The same energy from the core: devices × measured watts × time × PUE (≈ 1,289 MWh). */
export const pattersonEnergyCheckKWh = energy({
	watts: pattersonWatts,
	seconds: pattersonSeconds,
	devices: pattersonDevices,
	pue: pattersonPue,
}).kWh;
/** The MFU that time implies on the V100's dense FP16 tensor peak (the methods page's row). */
export const pattersonMfu = realityRow('gpt3-175b-patterson-estimate').impliedMfu!;
/** Lambda's cost figure (reserved cloud pricing, one V100 at 100 %): the published cost estimate. */
export const lambdaCostUsd = published(lambda, 'costUsd');

// ---------------------------------------------------------------------------------------------
// GPUs × days: GPT-3 on a cluster of A100s the size of Megatron-LM's, at a stated MFU.

/** The MFU assumed for the cluster: the middle of the realistic range (the chart's 40 %). */
export const clusterMfu = 0.4;
/** Wall time of GPT-3's 6·N·D on Megatron-LM's 1,024 A100s at that MFU, and the GPU-days. */
export const clusterSeconds = trainingTime({
	flops,
	peakFlopsPerSecond: a100.peakFlopsPerSecond,
	devices: megatronDevices,
	utilization: clusterMfu,
});
export const clusterGpuDays = (clusterSeconds * megatronDevices) / 86400;
/** The published emissions in kilograms, as the formatter takes them. */
export const pattersonCO2Kg = pattersonTCO2 * 1000;
