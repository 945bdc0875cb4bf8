/**
 * The fields `Arch` gained for current decoders (head width, q/k norms, post-norms, biases,
 * sliding windows, mixture of experts, latent attention), each counted against its definition.
 */
import { describe, expect, it } from 'vitest';
import { EstimateError, countParams, paramCounts, type Arch } from '../../src/core/index.ts';

describe('countParams: the other new fields, each against its definition', () => {
	const base: Arch = {
		family: 'llama',
		layers: 2,
		heads: 4,
		kvHeads: 2,
		dModel: 64,
		ffnDim: 128,
		vocab: 100,
		context: 32,
	};
	const n = countParams(base);

	it('headDim: q and o become d × heads·headDim, k and v d × kvHeads·headDim', () => {
		// headDim 32 instead of 16: q, o 2·64·128 (was 2·64·64), k, v 2·64·64 (was 2·64·32) per block
		expect(countParams({ ...base, headDim: 32 }) - n).toBe(2 * (2 * 64 * 64 + 2 * 64 * 32));
		// 64 = 4 · 16 already: the same count
		expect(countParams({ ...base, headDim: 16 })).toBe(n);
	});

	it("attentionBias 'qkv' adds q, k, v biases (Qwen2); 'qkvo' also o's", () => {
		expect(countParams({ ...base, attentionBias: 'qkv' }) - n).toBe(2 * (64 + 2 * 32));
		expect(countParams({ ...base, attentionBias: 'qkvo' }) - n).toBe(2 * (64 + 2 * 32 + 64));
		expect(countParams({ ...base, mlpBias: true }) - n).toBe(2 * (2 * 128 + 64));
	});

	it("qkNorm 'head' adds 2·headDim per block (Qwen3); 'projection' (heads + kvHeads)·headDim (OLMo 2)", () => {
		expect(countParams({ ...base, qkNorm: 'head' }) - n).toBe(2 * 2 * 16);
		expect(countParams({ ...base, qkNorm: 'projection' }) - n).toBe(2 * (64 + 32));
	});

	it('postNorms adds two d-wide norms per block (Gemma 2/3)', () => {
		expect(countParams({ ...base, postNorms: true }) - n).toBe(2 * 2 * 64);
	});

	it('norm, normBias and mlp override the family: GPT-NeoX and Gemma', () => {
		// LayerNorm without shift instead of RMSNorm: same count; with shift, +d per norm (5 norms)
		expect(countParams({ ...base, norm: 'layernorm' })).toBe(n);
		expect(countParams({ ...base, norm: 'layernorm', normBias: true }) - n).toBe(5 * 64);
		// GeGLU has SwiGLU's three matrices; a 2-matrix GELU MLP drops one d·f per block
		expect(countParams({ ...base, mlp: 'geglu' })).toBe(n);
		expect(n - countParams({ ...base, mlp: 'gelu' })).toBe(2 * 64 * 128);
		expect(() => countParams({ ...base, normBias: true })).toThrow(/RMSNorm/);
	});

	it('a sliding window changes no parameter', () => {
		expect(countParams({ ...base, slidingWindow: { window: 8, layers: 2 } })).toBe(n);
	});

	it('Qwen2-MoE’s shared expert and its gate (Qwen1.5-MoE-A2.7B: 14.3 B total, 2.7 B active)', () => {
		// config.json: hidden 2048, 24 layers, 16 heads (no GQA), 60 experts of 1408, 4 per token,
		// shared_expert_intermediate_size 5632, q/k/v biases, vocab 151,936, untied.
		// block: attention 4·2048² + 3·2048 = 16,783,360; experts 60·3·2048·1408 = 519,045,120;
		// shared 3·2048·5632 = 34,603,008 + gate 2048; router 60·2048 = 122,880; norms 4096
		// = 570,560,512; ×24 = 13,693,452,288; + 2·151,936·2048 = 622,329,856; + 2048
		const qwen15moe: Arch = {
			family: 'llama',
			layers: 24,
			heads: 16,
			kvHeads: 16,
			dModel: 2048,
			vocab: 151936,
			context: 8192,
			tiedEmbeddings: false,
			attentionBias: 'qkv',
			moe: {
				experts: 60,
				perToken: 4,
				expertFfnDim: 1408,
				sharedExperts: 1,
				sharedFfnDim: 5632,
				sharedGate: true,
			},
		};
		const c = paramCounts(qwen15moe);
		expect(c.total).toBe(13_693_452_288 + 622_329_856 + 2048);
		// model card (huggingface.co/Qwen/Qwen1.5-MoE-A2.7B): 14.3B in total, 2.7B activated
		expect(Math.abs(c.total / 1e9 - 14.3)).toBeLessThan(0.05);
		expect(c.active).toBe(c.total - 24 * 56 * 3 * 2048 * 1408);
		expect(Math.abs(c.active / 1e9 - 2.7)).toBeLessThan(0.05);
	});

	it('bad new fields throw EstimateError naming them', () => {
		const cases: [Partial<Arch> & Record<string, unknown>, string][] = [
			[{ headDim: 0 }, 'headDim'],
			[{ qkNorm: 'layer' as never }, 'qkNorm'],
			[{ slidingWindow: { window: 8, layers: 3 } }, 'slidingWindow.layers'],
			[{ slidingWindow: null as never }, 'slidingWindow'],
			[{ moe: { experts: 4, perToken: 5, expertFfnDim: 8 } }, 'moe.perToken'],
			[{ moe: { experts: 4, perToken: 1, expertFfnDim: 8, denseLayers: 3 } }, 'moe.denseLayers'],
			[{ moe: 'yes' as never }, 'moe'],
			[
				{ mla: { kvLoraRank: 8, qkRopeHeadDim: 0, qkNopeHeadDim: 0, vHeadDim: 8 } },
				'mla.qkNopeHeadDim',
			],
			[
				{ mla: { kvLoraRank: 0, qkRopeHeadDim: 4, qkNopeHeadDim: 4, vHeadDim: 8 } },
				'mla.kvLoraRank',
			],
			[{ attentionBias: true as never }, 'attentionBias'],
			[
				{ layers: 10_000, dModel: 1_000_000, heads: 1000, kvHeads: 1000, headDim: 100_000 },
				'layers',
			],
		];
		for (const [change, field] of cases) {
			try {
				countParams({ ...base, ...change } as Arch);
				expect.unreachable(field);
			} catch (e) {
				expect(e, field).toBeInstanceOf(EstimateError);
				expect((e as EstimateError).field, field).toBe(field);
			}
		}
		// A mixture of experts with dense layers needs their width.
		const { ffnDim: _, ...noFfn } = base;
		expect(() =>
			countParams({ ...noFfn, moe: { experts: 4, perToken: 1, expertFfnDim: 8, denseLayers: 1 } }),
		).toThrow(/dense layers/);
		expect(
			countParams({ ...noFfn, moe: { experts: 4, perToken: 1, expertFfnDim: 8 } }),
		).toBeGreaterThan(0);
	});
});
