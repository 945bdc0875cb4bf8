import { describe, expect, it } from 'vitest';
import { EstimateError } from '../../src/core/index.ts';
import {
	gpuById,
	modelById,
	publishedRunById,
	publishedRuns,
	requirePublished,
} from '../../src/data/index.ts';
import { rel } from './helpers.ts';

describe('published runs', () => {
	it('refer to existing models and accelerators', () => {
		for (const run of publishedRuns) {
			if (run.modelId) expect(modelById(run.modelId).id, run.id).toBe(run.modelId);
			if (run.gpuId) expect(gpuById(run.gpuId).id, run.id).toBe(run.gpuId);
		}
	});

	it('publishedRunById throws EstimateError for an unknown id', () => {
		expect(() => publishedRunById('gpt-4')).toThrow(EstimateError);
	});

	it('utilisations are fractions, hardware FLOP utilisation at least the model one', () => {
		for (const run of publishedRuns) {
			for (const u of [run.mfu, run.hfu]) {
				if (u !== undefined) expect(u, run.id).toBeLessThanOrEqual(1);
			}
			if (run.mfu !== undefined && run.hfu !== undefined) {
				expect(run.hfu, run.id).toBeGreaterThanOrEqual(run.mfu);
			}
		}
	});

	it('a run’s per-device FLOP/s stays below its accelerator’s dense peak', () => {
		for (const run of publishedRuns.filter((r) => r.flopsPerSecondPerDevice && r.gpuId)) {
			const gpu = gpuById(run.gpuId!);
			const peak = gpu.peakFlopsPerSecond.bf16 ?? gpu.peakFlopsPerSecond.fp16!;
			expect(run.flopsPerSecondPerDevice!, run.id).toBeLessThan(peak);
		}
	});

	it('params agree with the model’s published size', () => {
		for (const run of publishedRuns.filter((r) => r.modelId)) {
			expect(rel(run.params, modelById(run.modelId!).params), run.id).toBeLessThan(0.01);
		}
	});

	it('GPT-3 175B: 3.14e23 FLOP on 300B tokens (Brown et al. Table D.1: 3,640 PF-days)', () => {
		const run = publishedRunById('gpt3-175b-training');
		expect(run.totalFlops).toBe(3.14e23);
		expect(run.tokens).toBe(300e9);
		// 1 PF-day = 1e15 FLOP/s × 86,400 s.
		expect(rel(run.totalFlops!, 3640 * 1e15 * 86400)).toBeLessThan(0.01);
	});

	it('Llama 2 GPU-hours add up to the model card total', () => {
		// Llama 2 model card: total 3,311,616 GPU-hours, 539 tCO2eq, including the unreleased
		// 34B (1,038,336 GPU-hours, 153.90 t, Llama 2 paper Table 2).
		const sizes = ['llama2-7b', 'llama2-13b', 'llama2-70b'].map((m) =>
			publishedRunById(`${m}-pretraining`),
		);
		const hours = sizes.reduce((s, r) => s + r.gpuHours!, 0);
		expect(hours + 1_038_336).toBe(3_311_616);
		const tonnes = sizes.reduce((s, r) => s + r.tCO2eq!, 0);
		expect(tonnes + 153.9).toBeCloseTo(539.0, 1); // the card rounds the total
	});

	it('Llama 3 GPU-hours add up to the model card total', () => {
		// Llama 3 model card: 7.7M GPU-hours in total (8B 1.3M + 70B 6.4M).
		const total =
			publishedRunById('llama3-8b-pretraining').gpuHours! +
			publishedRunById('llama3-70b-pretraining').gpuHours!;
		expect(total).toBeCloseTo(7.7e6, -4);
	});

	it('Llama 3.1 405B: 3.8e25 FLOP, about 6·N·D, on 16,384 H100s', () => {
		const run = publishedRunById('llama3.1-405b-training');
		expect(run.totalFlops).toBe(3.8e25);
		expect(rel(6 * run.params * run.tokens!, run.totalFlops!)).toBeLessThan(0.01);
		expect(run.devices).toBe(16384);
		// Table 4: 400 TFLOP/s per GPU at 41 % MFU implies a ~975 TFLOP/s peak: H100's dense BF16.
		const peak = gpuById(run.gpuId!).peakFlopsPerSecond.bf16!;
		expect(rel(run.flopsPerSecondPerDevice! / run.mfu!, peak)).toBeLessThan(0.02);
	});

	it('PaLM 540B: 46.2 % MFU, 57.8 % HFU on 6,144 TPU v4 chips', () => {
		const run = publishedRunById('palm-540b-training');
		expect(run.mfu).toBe(0.462);
		expect(run.hfu).toBe(0.578);
		expect(run.devices).toBe(6144);
		expect(run.gpuId).toBe('tpu-v4');
		// MFU check from the paper's own throughput: 6·N·tokens/s ÷ (chips × 275 TFLOP/s) ≈ 0.45;
		// the paper's 46.2 % also counts attention FLOP.
		const mfu6N = (6 * run.params * run.tokensPerSecond!) / (run.devices! * 275e12);
		expect(mfu6N).toBeGreaterThan(0.4);
		expect(mfu6N).toBeLessThan(run.mfu!);
	});

	it('nanoGPT GPT-2 124M reproduction: ~300B tokens on 8 A100s in about 4 days', () => {
		// nanoGPT README: "about 4 days" on an 8X A100 40GB node, loss ~2.85;
		// config/train_gpt2.py: "this makes total number of tokens be 300B".
		const run = publishedRunById('nanogpt-gpt2-124m-reproduction');
		expect(rel(run.tokens!, 300e9)).toBeLessThan(0.02);
		expect(run.devices).toBe(8);
		expect(run.wallSeconds).toBe(4 * 86400);
		expect(run.finalLoss).toBe(2.85);
	});

	it('the Megatron projection: 34 days on 1,024 A100s at 140 TFLOP/s (8·T·P / n·X)', () => {
		const run = publishedRunById('gpt3-175b-megatron-projection');
		const seconds = (8 * run.tokens! * run.params) / (run.devices! * run.flopsPerSecondPerDevice!);
		expect(Math.round(seconds / 86400)).toBe(34);
		expect(run.wallSeconds).toBe(34 * 86400);
	});

	it('projections are marked as such', () => {
		for (const id of ['gpt3-175b-megatron-projection', 'gpt3-175b-lambda-estimate']) {
			expect(publishedRunById(id).kind).toBe('projection');
		}
	});
});

describe('requirePublished', () => {
	it('gives a published figure, and fails (at build time) on one nobody published', () => {
		const gpt3 = publishedRunById('gpt3-175b-training');
		expect(requirePublished(gpt3, 'totalFlops')).toBe(gpt3.totalFlops);
		const { totalFlops: _dropped, ...lost } = gpt3;
		expect(() => requirePublished(lost, 'totalFlops')).toThrow(/no published totalFlops/);
	});
});
