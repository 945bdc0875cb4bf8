/**
 * Inference memory and speed bounds, against llama.cpp's own definitions and published sizes,
 * and hand calculations written out here.
 */
import { describe, expect, it } from 'vitest';
import {
	EstimateError,
	GGML_TYPES,
	HOST_LINKS,
	KV_BYTES,
	WEIGHT_FORMATS,
	countParams,
	decodeBound,
	ggmlBitsPerWeight,
	inferenceFit,
	inferenceMemory,
	kvCacheBytes,
	prefillBound,
	weightBytes,
	type Arch,
} from '../../src/core/index.ts';
import { models, modelById } from '../../src/data/index.ts';

const GiB = 2 ** 30;
const llama31_8b = modelById('llama3.1-8b').arch;
const llama2_7b = modelById('llama2-7b').arch;

function field(call: () => unknown): string {
	try {
		call();
	} catch (e) {
		expect(e).toBeInstanceOf(EstimateError);
		return (e as EstimateError).field;
	}
	throw new Error('expected an EstimateError');
}

describe('ggml block types (ggml src/ggml-common.h structs)', () => {
	it('bits per weight from the struct bytes', () => {
		// block_q8_0: fp16 d + 32 int8 = 34 B per 32
		expect(ggmlBitsPerWeight('Q8_0')).toBe((8 * (2 + 32)) / 32); // 8.5
		// block_q4_0: fp16 d + 16 B of nibbles = 18 B per 32
		expect(ggmlBitsPerWeight('Q4_0')).toBe((8 * (2 + 16)) / 32); // 4.5
		// block_q6_K: ql 128 + qh 64 + scales 16 + fp16 d = 210 B per 256
		expect(ggmlBitsPerWeight('Q6_K')).toBe((8 * (128 + 64 + 16 + 2)) / 256); // 6.5625
		// block_q5_K: d, dmin 4 + scales 12 + qh 32 + qs 128 = 176 B per 256
		expect(ggmlBitsPerWeight('Q5_K')).toBe((8 * (4 + 12 + 32 + 128)) / 256); // 5.5
		// block_q4_K: 4 + 12 + 128 = 144 B per 256
		expect(ggmlBitsPerWeight('Q4_K')).toBe((8 * (4 + 12 + 128)) / 256); // 4.5
		expect(ggmlBitsPerWeight('Q5_0')).toBe(5.5);
		expect(ggmlBitsPerWeight('Q5_1')).toBe(6);
		expect(Object.keys(GGML_TYPES)).toHaveLength(9);
		expect(field(() => ggmlBitsPerWeight('Q3_K' as never))).toBe('type');
	});
});

describe('weightBytes', () => {
	// llama.cpp tools/quantize/README.md, table "meta-llama/Llama-3.1-8B": bits/weight, size (GiB)
	const README: [string, number, number][] = [
		['Q4_K_M', 4.8944, 4.58],
		['Q5_K_M', 5.7036, 5.33],
		['Q6_K', 6.5633, 6.14],
		['Q8_0', 8.5008, 7.95],
		['fp16', 16.0005, 14.96],
	];
	it.each(README)(
		'Llama 3.1 8B %s: llama.cpp quantize README bits/weight and size',
		(f, bpw, gib) => {
			const w = weightBytes(llama31_8b, f as never);
			// the fp16 row is a GGUF F16 file, whose norms are F32 (0.0005 bits/weight); fp16 here is a
			// checkpoint with every tensor at 2 bytes
			expect(Math.abs(w.bitsPerWeight - bpw)).toBeLessThan(f === 'fp16' ? 6e-4 : 5e-5);
			expect(Math.abs(w.bytes / GiB - gib)).toBeLessThan(0.005);
		},
	);

	it('LLaMA 7B: llama-bench sizes (pull request #4766: 12.55, 6.67, 3.56 GiB)', () => {
		expect(weightBytes(llama2_7b, 'fp16').bytes / GiB).toBeCloseTo(12.55, 2);
		expect(weightBytes(llama2_7b, 'Q8_0').bytes / GiB).toBeCloseTo(6.67, 2);
		expect(weightBytes(llama2_7b, 'Q4_0').bytes / GiB).toBeCloseTo(3.56, 2);
	});

	it('Qwen3-30B-A3B Q4_K_M: 18.55 GB of tensors (gguf-py dump in paiml/aprender issue #3714)', () => {
		const w = weightBytes(modelById('qwen3-30b-a3b').arch, 'Q4_K_M');
		expect(Math.abs(w.bytes / 1e9 - 18.55)).toBeLessThan(0.01);
		// 48 MoE blocks: ffn_down_exps Q4_K in 24, Q6_K in 24 (the same dump)
		expect(w.moeLayers).toBe(48);
	});

	it('Q4_K_M keeps attn_v and ffn_down at Q6_K in half of Llama 3.1 8B’s 32 layers', () => {
		// use_more_bits: i < 4, i ≥ 28, (i − 4) mod 3 = 2 → 4 + 4 + 8 = 16 layers
		const d = 4096;
		const f = 14336;
		const kv = 1024;
		const q4 = 4.5 / 8;
		const q6 = 6.5625 / 8;
		const block = (more: boolean) =>
			(d * d * 2 + d * kv + 2 * d * f) * q4 + (d * kv + f * d) * (more ? q6 : q4) + 2 * d * 4;
		const hand = 16 * block(true) + 16 * block(false) + 128256 * d * (q4 + q6) + d * 4;
		expect(weightBytes(llama31_8b, 'Q4_K_M').bytes).toBeCloseTo(hand, 0);
	});

	it('int4 and fp8 keep the token table and head at 16 bits', () => {
		const d = 4096;
		const tables = 2 * 128256 * d * 2;
		const matrices = countParams(llama31_8b) - 2 * 128256 * d - 65 * d;
		expect(weightBytes(llama31_8b, 'fp8').bytes).toBe(tables + matrices + 65 * d * 2);
		expect(weightBytes(llama31_8b, 'int4').bytes).toBeCloseTo(
			tables + (matrices * (4 + 20 / 128)) / 8 + 65 * d * 2,
			0,
		);
	});

	it('counts every parameter of every catalogue model, in every format', () => {
		for (const m of models) {
			for (const f of WEIGHT_FORMATS) {
				const w = weightBytes(m.arch, f);
				expect(w.params, `${m.id} ${f}`).toBe(countParams(m.arch));
				expect(w.bitsPerWeight, `${m.id} ${f}`).toBeGreaterThan(4);
				expect(w.bitsPerWeight, `${m.id} ${f}`).toBeLessThanOrEqual(32);
			}
		}
	});

	it('a row width off the 256 block falls back (GPT-2 XL, d = 1600: Q4_K → Q5_0)', () => {
		const w = weightBytes(modelById('gpt2-xl').arch, 'Q4_K_M');
		expect(w.bitsPerWeight).toBeGreaterThan(5.5);
		expect(w.bitsPerWeight).toBeLessThan(8.5);
	});

	it('refuses an unknown format', () => {
		expect(field(() => weightBytes(llama31_8b, 'q4' as never))).toBe('format');
	});
});

describe('kvCacheBytes', () => {
	it('Llama 3.1 8B at 8,192 tokens, fp16: 2 × 32 × 8 × 128 × 8192 × 2 B = 1 GiB', () => {
		expect(kvCacheBytes({ arch: llama31_8b, context: 8192 }).bytes).toBe(
			2 * 32 * 8 * 128 * 8192 * 2,
		);
		expect(kvCacheBytes({ arch: llama31_8b, context: 8192 }).bytes).toBe(GiB);
	});

	it('quantised: q8_0 34/32 and q4_0 18/32 bytes per element; batch multiplies', () => {
		expect(kvCacheBytes({ arch: llama31_8b, context: 8192, kvFormat: 'q8_0' }).bytes).toBe(
			(GiB / 2) * (34 / 32),
		);
		expect(
			kvCacheBytes({ arch: llama31_8b, context: 8192, kvFormat: 'q4_0', batch: 4 }).bytes,
		).toBe(4 * (GiB / 2) * (18 / 32));
		expect(KV_BYTES.fp8).toBe(1);
	});

	it('Mistral 7B: every layer slides over 4,096 tokens, so 32k context costs what 4k does', () => {
		const a = modelById('mistral-7b').arch;
		const at4k = 2 * 32 * 8 * 128 * 4096 * 2; // 512 MiB
		expect(kvCacheBytes({ arch: a, context: 32768 }).bytes).toBe(at4k);
		expect(kvCacheBytes({ arch: a, context: 1000 }).bytes).toBe(2 * 32 * 8 * 128 * 1000 * 2);
	});

	it('Gemma 3 27B: 10 full layers and 52 sliding over 1,024 tokens', () => {
		const k = kvCacheBytes({ arch: modelById('gemma3-27b').arch, context: 32768 });
		expect(k.bytes).toBe(2 * 16 * 128 * 2 * (10 * 32768 + 52 * 1024));
	});

	it('DeepSeek-V3 caches the latent: 61 × (512 + 64) × 2 B = 70,272 B per token', () => {
		const k = kvCacheBytes({ arch: modelById('deepseek-v3').arch, context: 1 });
		expect(k.bytes).toBe(61 * (512 + 64) * 2);
	});

	it('refuses a context of 0 and an unknown KV format', () => {
		expect(field(() => kvCacheBytes({ arch: llama31_8b, context: 0 }))).toBe('context');
		expect(
			field(() => kvCacheBytes({ arch: llama31_8b, context: 8, kvFormat: 'q2' as never })),
		).toBe('kvFormat');
	});
});

describe('inferenceMemory and inferenceFit', () => {
	it('adds weights, KV cache, workspace and overhead', () => {
		const m = inferenceMemory({ arch: llama31_8b, format: 'Q4_K_M', context: 8192 });
		expect(m.total).toBe(m.weights + m.kvCache + m.workspace + m.overhead);
		expect(m.kvCache).toBe(GiB);
		expect(m.overhead).toBe(0.75 * GiB);
		// workspace: 4 B × (512 tokens × (3·4096 + 4096 + 2·1024 + 2·14336) + 128256 logits)
		expect(m.workspace).toBe(4 * (512 * (3 * 4096 + 4096 + 2048 + 2 * 14336) + 128256));
		const noFa = inferenceMemory({
			arch: llama31_8b,
			format: 'Q4_K_M',
			context: 8192,
			flashAttention: false,
		});
		expect(noFa.workspace - m.workspace).toBe(4 * 32 * 512 * 8192); // fp32 scores of one layer
	});

	it('Llama 3.1 8B Q4_K_M at 8k fits a 12 GB card; Llama 3.1 70B does not fit 24 GB in any format', () => {
		expect(
			inferenceFit({ arch: llama31_8b, format: 'Q4_K_M', context: 8192, capacityBytes: 12 * GiB })
				.fits,
		).toBe(true);
		const fit = inferenceFit({
			arch: modelById('llama3.1-70b').arch,
			format: 'Q4_K_M',
			context: 8192,
			capacityBytes: 24 * GiB,
		});
		expect(fit.fits).toBe(false);
		expect(fit.maxContext).toBe(0);
		expect(Object.values(fit.formats).some((o) => o.fits)).toBe(false);
		// offloading n blocks frees n × bytesPerLayer: n is the least that closes the gap
		const n = fit.offloadLayers!;
		expect(fit.memory.total - n * fit.bytesPerLayer).toBeLessThanOrEqual(24 * GiB);
		expect(fit.memory.total - (n - 1) * fit.bytesPerLayer).toBeGreaterThan(24 * GiB);
	});

	it('names the longest context, the formats and the KV formats that fit', () => {
		const input = {
			arch: llama31_8b,
			format: 'fp16' as const,
			context: 131072,
			capacityBytes: 24 * GiB,
		};
		const fit = inferenceFit(input);
		expect(fit.fits).toBe(false);
		const at = (context: number) => inferenceMemory({ ...input, context }).total;
		expect(at(fit.maxContext)).toBeLessThanOrEqual(24 * GiB);
		expect(at(fit.maxContext + 1)).toBeGreaterThan(24 * GiB);
		// 16 GiB of fp16 KV at 128k: with Q4_K_M weights (4.58 GiB) it fits, with fp16 (14.96) not
		expect(fit.formats.Q4_K_M.fits).toBe(true);
		expect(fit.formats.fp16.fits).toBe(false);
		expect(fit.kvFormats.q4_0.total).toBeLessThan(fit.kvFormats.q8_0.total);
		expect(fit.offloadLayers).toBeGreaterThan(0);
		// everything fits on 192 GiB
		const big = inferenceFit({ ...input, capacityBytes: 192 * GiB });
		expect(big.fits && big.maxContext === 131072 && big.offloadLayers === 0).toBe(true);
	});

	it('with a bandwidthBytesPerSecond: the decode bound on the card, or with the offloaded blocks over each host link', () => {
		const a = modelById('llama3.1-70b').arch;
		const input = { arch: a, format: 'Q4_K_M' as const, context: 8192, capacityBytes: 24 * GiB };
		const fit = inferenceFit({ ...input, bandwidthBytesPerSecond: 1008e9 });
		expect(fit.decodeTokensPerSecond).toBeNull();
		const s = fit.offloadTokensPerSecond!;
		const expected = decodeBound({
			arch: a,
			format: 'Q4_K_M',
			context: 8192,
			bandwidthBytesPerSecond: 1008e9,
			offloadLayers: fit.offloadLayers!,
			hostBandwidthBytesPerSecond: 89.6e9,
		}).tokensPerSecond;
		expect(s['ddr5-5600-dual']).toBe(expected);
		expect(s['pcie3-x16']).toBeLessThan(s['pcie4-x16']);
		expect(inferenceFit(input).offloadTokensPerSecond).toBeNull();
		const small = inferenceFit({ ...input, arch: llama31_8b, bandwidthBytesPerSecond: 1008e9 });
		expect(small.decodeTokensPerSecond).toBe(
			decodeBound({
				arch: llama31_8b,
				format: 'Q4_K_M',
				context: 8192,
				bandwidthBytesPerSecond: 1008e9,
			}).tokensPerSecond,
		);
		expect(small.offloadTokensPerSecond).toBeNull();
		expect(field(() => inferenceFit({ ...input, bandwidthBytesPerSecond: -1 }))).toBe(
			'bandwidthBytesPerSecond',
		);
	});

	it('returns null layers when even all blocks off the card leave too much', () => {
		const fit = inferenceFit({ arch: llama31_8b, format: 'fp32', context: 8, capacityBytes: GiB });
		expect(fit.offloadLayers).toBeNull();
	});

	it('refuses a missing capacity', () => {
		expect(
			field(() => inferenceFit({ arch: llama31_8b, format: 'fp16', context: 8 } as never)),
		).toBe('capacityBytes');
	});
});

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

// keep a type import in use for tooling that checks unused imports
export type { Arch };
