import { describe, expect, it } from 'vitest';
import {
	gpuById,
	modelById,
	publishedRunById,
	gpt2Scenario,
	gpt35Scenario,
	nanogptScenario,
	scenarios,
} from '../../src/data/index.ts';
import { rel } from './helpers.ts';

describe('scenarios', () => {
	it('are keyed by their own id', () => {
		for (const [key, scenario] of Object.entries(scenarios)) expect(scenario.id).toBe(key);
	});

	it('refer to existing accelerators, models and runs, at precisions those accelerators have', () => {
		const s1 = gpt35Scenario;
		expect(gpuById(s1.gpuId).peakFlopsPerSecond[s1.precision]).toBeDefined();
		expect(gpuById(s1.comparison.gpuId).peakFlopsPerSecond[s1.comparison.precision]).toBeDefined();
		expect(modelById(s1.target.modelId).id).toBe(s1.target.modelId);
		expect(publishedRunById(s1.target.runId).modelId).toBe(s1.target.modelId);

		expect(gpuById(gpt2Scenario.gpuId).peakFlopsPerSecond[gpt2Scenario.precision]).toBeDefined();
		for (const run of gpt2Scenario.runs) expect(modelById(run.modelId).id).toBe(run.modelId);

		const s3 = nanogptScenario;
		expect(gpuById(s3.gpuId).peakFlopsPerSecond[s3.precision]).toBeDefined();
		expect(modelById(s3.modelId).id).toBe(s3.modelId);
	});

	it('hold inputs only: no result fields', () => {
		const resultish = /^(flops|totalFlops|time|hours|kwh|energy|cost|epochs|gpuYears)$/i;
		for (const scenario of Object.values(scenarios)) {
			for (const key of Object.keys(scenario)) expect(key, scenario.id).not.toMatch(resultish);
		}
	});

	it('GPT-3.5 note: one RTX 4070 Ti year at 90 % of its FP32 peak is the note’s 1.14e21 FLOP', () => {
		// Seeds: "One RTX 4070 Ti running a year at 90 % utilisation gives about 1.14 × 10²¹ FLOP
		// (this assumes its ~40 TFLOP/s FP32 peak)".
		const s = gpt35Scenario;
		const flops =
			gpuById(s.gpuId).peakFlopsPerSecond[s.precision]! * s.utilization * s.devices * s.seconds;
		expect(rel(flops, 1.14e21)).toBeLessThan(0.005);
		expect(s.claims.flops).toBe(1.14e21);
		// Target: GPT-3 175B, 300B tokens, 3.14e23 FLOP (Brown et al. Table D.1).
		expect(s.target.publishedFlops).toBe(3.14e23);
		expect(s.target.tokens).toBe(300e9);
		expect(s.utilization).toBe(0.9);
		// one Julian year, 365.25 days of 86,400 s
		expect(s.seconds).toBe(365.25 * 86400);
	});

	it('GPT-2 note: 1.5B on ~10B tokens (an estimate), 124M on 3.3B tokens', () => {
		const [xl, small] = gpt2Scenario.runs;
		expect(xl).toMatchObject({ modelId: 'gpt2-xl', params: 1.5e9, tokens: 10e9 });
		expect(xl!.tokensEstimate).toBe(true);
		expect(small).toMatchObject({ modelId: 'gpt2', params: 124e6, tokens: 3.3e9 });
		// The note's 9e19 is 6 · 1.5e9 · 10e9.
		expect(6 * xl!.params * xl!.tokens).toBe(gpt2Scenario.claims.xlFlops);
		// The card is the 12 GB RTX 4070 Ti.
		expect(gpuById(gpt2Scenario.gpuId).memoryBytes).toBe(12 * 2 ** 30);
	});

	it('nanoGPT note: 16 × 1024 × 32 = 524,288 tokens per iteration, 10.486B in 20,000', () => {
		const s = nanogptScenario;
		expect(s.microBatch).toBe(16);
		expect(s.context).toBe(1024);
		expect(s.gradAccum).toBe(32);
		expect(s.iters).toBe(20000);
		expect(s.microBatch * s.context * s.gradAccum).toBe(s.claims.tokensPerIter);
		expect(rel(s.claims.tokensPerIter * s.iters, s.claims.totalTokens)).toBeLessThan(1e-4);
		expect(s.datasetTokens).toBe(3.68e9);
		expect(s.secondsPerIterClaimed).toEqual([2.5, 4.5]);
		expect(s.watts).toBe(200);
		// nanoGPT model.py line 301: estimate_mfu divides by an A100's 312 TFLOP/s.
		expect(s.nanogptMfuPeakFlopsPerSecond).toBe(gpuById('a100-80gb-sxm').peakFlopsPerSecond.bf16);
		// The note's FLOP claim is the known factor-of-1,000 slip (6·N·D ≈ 2.55e18).
		expect(rel((6 * s.claims.params * s.claims.totalTokens) / s.claims.flops, 1000)).toBeLessThan(
			0.01,
		);
	});
});
