/**
 * Upper bounds on serving speed, decodeBound and prefillBound, against published measurements
 * and hand calculations written out here.
 */
import { describe, expect, it } from 'vitest';
import {
	HOST_LINKS,
	countParams,
	decodeBound,
	prefillBound,
	weightBytes,
} from '../../src/core/index.ts';
import { modelById } from '../../src/data/index.ts';
import { field } from '../helpers/errors.ts';
import { llama31_8b } from '../helpers/inference-models.ts';

describe('decodeBound', () => {
	it('bandwidth ÷ (weights read + KV cache), by hand for Llama 3.1 8B fp16 on an RTX 4090', () => {
		const d = 4096;
		// every weight but the token table (a lookup), 2 B each; KV at 4096 tokens: 2·32·8·128·4096·2 B
		const read = (countParams(llama31_8b) - 128256 * d) * 2 + 2 * 32 * 8 * 128 * 4096 * 2;
		const b = decodeBound({
			arch: llama31_8b,
			format: 'fp16',
			context: 4096,
			bandwidthBytesPerSecond: 1008e9,
		});
		expect(b.bytesPerStep).toBe(read);
		expect(b.tokensPerSecond).toBeCloseTo(1008e9 / read, 9);
		expect(b.convention).toMatch(/upper bound/);
	});

	it('a mixture of experts reads only the experts its tokens use', () => {
		const a = modelById('qwen3-30b-a3b').arch;
		const w = weightBytes(a, 'Q4_K_M');
		const one = decodeBound({
			arch: a,
			format: 'Q4_K_M',
			context: 1,
			bandwidthBytesPerSecond: 1e12,
		});
		// 8 of 128 experts: 1/16 of the routed-expert bytes
		const hand = w.bytes - w.tokenEmbeddingBytes - w.routedExpertBytes + w.routedExpertBytes / 16;
		expect(one.weightBytesPerStep).toBeCloseTo(hand, 0);
		// 64 tokens routed uniformly touch 128·(1 − (120/128)^64) ≈ 126.2 experts
		const many = decodeBound({
			arch: a,
			format: 'Q4_K_M',
			context: 1,
			batch: 64,
			bandwidthBytesPerSecond: 1e12,
		});
		const used = 128 * (1 - (120 / 128) ** 64);
		expect(many.weightBytesPerStep).toBeCloseTo(
			hand - w.routedExpertBytes / 16 + (w.routedExpertBytes / 128) * used,
			0,
		);
		expect(many.totalTokensPerSecond).toBeCloseTo(64 * many.tokensPerSecond, 6);
	});

	it('offloaded layers are read at the host link', () => {
		const base = {
			arch: llama31_8b,
			format: 'Q4_K_M' as const,
			context: 1024,
			bandwidthBytesPerSecond: 1008e9,
		};
		const b = decodeBound({
			...base,
			offloadLayers: 8,
			hostBandwidthBytesPerSecond: HOST_LINKS['ddr5-5600-dual'],
		});
		expect(HOST_LINKS['ddr5-5600-dual']).toBe(89.6e9); // 2 channels × 8 B × 5600 MT/s
		expect(HOST_LINKS['pcie4-x16']).toBeCloseTo(31.51e9, -7); // 16 × 16 GT/s × 128/130 ÷ 8
		expect(b.secondsPerStep).toBeCloseTo(
			(b.bytesPerStep - b.hostBytesPerStep) / 1008e9 + b.hostBytesPerStep / 89.6e9,
			12,
		);
		expect(b.tokensPerSecond).toBeLessThan(decodeBound(base).tokensPerSecond);
		expect(field(() => decodeBound({ ...base, offloadLayers: 8 }))).toBe(
			'hostBandwidthBytesPerSecond',
		);
		expect(field(() => decodeBound({ ...base, offloadLayers: 33 }))).toBe('offloadLayers');
	});

	it('refuses a bandwidth of 0', () => {
		expect(
			field(() =>
				decodeBound({ arch: llama31_8b, format: 'fp16', context: 8, bandwidthBytesPerSecond: 0 }),
			),
		).toBe('bandwidthBytesPerSecond');
	});
});

describe('prefillBound', () => {
	it('2 FLOP per block weight + the head once + causal attention, by hand (Llama 3.1 8B, 512 tokens)', () => {
		const d = 4096;
		const blocks = countParams(llama31_8b) - 2 * 128256 * d - d; // everything but tables and final norm
		const matmul = 2 * (blocks + (128256 * d) / 512);
		// each token attends to (512 + 1)/2 tokens on average: 2 · 32 heads · (128 + 128) per token per layer
		const attention = 2 * 32 * 256 * 32 * (513 / 2);
		const b = prefillBound({ arch: llama31_8b, promptTokens: 512, peakFlopsPerSecond: 165.2e12 });
		expect(b.matmulFlopsPerToken).toBeCloseTo(matmul, 0);
		expect(b.attentionFlopsPerToken).toBeCloseTo(attention, 0);
		expect(b.tokensPerSecond).toBeCloseTo(165.2e12 / (matmul + attention), 6);
		const half = prefillBound({
			arch: llama31_8b,
			promptTokens: 512,
			peakFlopsPerSecond: 165.2e12,
			utilization: 0.5,
		});
		expect(half.tokensPerSecond).toBeCloseTo(b.tokensPerSecond / 2, 6);
	});

	it('sliding layers attend to the window only; a mixture of experts multiplies its active experts', () => {
		const m = modelById('mistral-7b').arch;
		const long = prefillBound({ arch: m, promptTokens: 32768, peakFlopsPerSecond: 1e15 });
		// mean attended at T = 32768, w = 4096: (4096·4097/2 + 28672·4096)/32768
		const mean = ((4096 * 4097) / 2 + 28672 * 4096) / 32768;
		expect(long.attentionFlopsPerToken).toBeCloseTo(2 * 32 * 256 * 32 * mean, 0);
		const q = modelById('qwen3-30b-a3b').arch;
		const p = prefillBound({ arch: q, promptTokens: 1, peakFlopsPerSecond: 1e15 });
		const w = weightBytes(q, 'fp32');
		expect(p.matmulFlopsPerToken).toBeCloseTo(
			2 * (w.blockBytes / 4 - (w.routedExpertBytes / 4) * (120 / 128) + 151936 * 2048),
			0,
		);
	});

	it('refuses a utilisation above 1', () => {
		expect(
			field(() =>
				prefillBound({
					arch: llama31_8b,
					promptTokens: 8,
					peakFlopsPerSecond: 1e12,
					utilization: 2,
				}),
			),
		).toBe('utilization');
	});
});
