/**
 * The fields `Arch` gained for current decoders (head width, q/k norms, post-norms, biases,
 * sliding windows, mixture of experts, latent attention), counted by hand against published
 * figures, plus properties over random mixtures of experts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	EstimateError,
	activationsPerLayer,
	countParams,
	flopsPerToken,
	paramBreakdown,
	paramCounts,
	trainingMemory,
	type Arch,
} from '../../src/core/index.ts';

// Qwen3-30B-A3B's config.json (huggingface.co/Qwen/Qwen3-30B-A3B): hidden_size 2048, 48 layers,
// 32 heads of head_dim 128, 4 KV heads, 128 experts of moe_intermediate_size 768, 8 per token,
// vocab 151,936, untied head; q_norm and k_norm per head.
const qwen3moe: Arch = {
	family: 'llama',
	layers: 48,
	heads: 32,
	kvHeads: 4,
	dModel: 2048,
	headDim: 128,
	vocab: 151936,
	context: 40960,
	tiedEmbeddings: false,
	qkNorm: 'head',
	moe: { experts: 128, perToken: 8, expertFfnDim: 768 },
};

// DeepSeek-V3's config.json (huggingface.co/deepseek-ai/DeepSeek-V3): hidden_size 7168, 61
// layers (first_k_dense_replace 3 with intermediate_size 18432), 128 heads, q_lora_rank 1536,
// kv_lora_rank 512, qk_rope_head_dim 64, qk_nope_head_dim 128, v_head_dim 128, 256 routed experts
// of 2048 (8 per token), 1 shared, topk_method noaux_tc, vocab 129,280, untied head.
const deepseekV3: Arch = {
	family: 'llama',
	layers: 61,
	heads: 128,
	dModel: 7168,
	ffnDim: 18432,
	vocab: 129280,
	context: 4096,
	tiedEmbeddings: false,
	moe: {
		experts: 256,
		perToken: 8,
		expertFfnDim: 2048,
		sharedExperts: 1,
		routerBias: true,
		denseLayers: 3,
	},
	mla: { qLoraRank: 1536, kvLoraRank: 512, qkRopeHeadDim: 64, qkNopeHeadDim: 128, vHeadDim: 128 },
};

describe('paramCounts: a mixture of experts by hand (Qwen3-30B-A3B)', () => {
	it('30,532,122,624 total and 3,353,032,704 active: the model card’s 30.5 B and 3.3 B', () => {
		// attention: q 2048·(32·128) = 8,388,608; k, v 2·2048·(4·128) = 2,097,152;
		//   o 4096·2048 = 8,388,608; q_norm + k_norm 2·128 = 256 → 18,874,624
		// one expert: 3·2048·768 = 4,718,592; 128 of them = 603,979,776; router 2048·128 = 262,144
		// norms 2·2048 = 4,096 → block 18,874,624 + 603,979,776 + 262,144 + 4,096 = 623,120,640
		// 48 blocks = 29,909,790,720; embedding + head 2·151,936·2048 = 622,329,856; final 2,048
		const c = paramCounts(qwen3moe);
		expect(c.total).toBe(29_909_790_720 + 622_329_856 + 2048);
		expect(c.total).toBe(30_532_122_624);
		// active: the 120 experts a token skips are left out: 48·120·4,718,592 = 27,179,089,920
		expect(c.active).toBe(30_532_122_624 - 48 * 120 * 4_718_592);
		expect(c.active).toBe(3_353_032_704);
		// The card prints 30.5B and 3.3B: both agree to the digit printed.
		expect(Math.abs(c.total / 1e9 - 30.5)).toBeLessThan(0.05);
		expect(Math.abs(c.active / 1e9 - 3.3)).toBeLessThan(0.1);
		// non-embedding (card: 29.9B): total less the two tables
		expect(Math.round((c.total - 622_329_856) / 1e8) / 10).toBe(29.9);
		expect(c.breakdown.experts).toBe(48 * 603_979_776);
		expect(c.breakdown.router).toBe(48 * 262_144);
		expect(c.breakdown.sharedExperts).toBe(0);
		expect(countParams(qwen3moe)).toBe(c.total);
	});
});

describe('paramCounts: latent attention and shared experts by hand (DeepSeek-V3)', () => {
	it('671,026,419,200 total (671 B) and 37,552,297,472 active (37 B)', () => {
		// MLA per block (transformers DeepseekV3Attention): q_a 7168·1536 = 11,010,048 + norm 1,536;
		// q_b 1536·128·192 = 37,748,736; kv_a 7168·(512 + 64) = 4,128,768 + norm 512;
		// kv_b 512·128·(128 + 128) = 16,777,216; o 128·128·7168 = 117,440,512 → 187,107,328
		const p = paramBreakdown(deepseekV3);
		expect(p.mla).toEqual({
			queryDown: 11_010_048 + 1536,
			queryUp: 37_748_736,
			keyValueDown: 4_128_768 + 512,
			keyValueUp: 16_777_216,
			output: 117_440_512,
		});
		expect(p.perLayer.attention).toBe(187_107_328);
		// one expert 3·7168·2048 = 44,040,192; 256 routed = 11,274,289,152; shared 44,040,192;
		// router 7168·256 + 256 correction biases = 1,835,264 → MoE MLP 11,320,164,608
		expect(p.expert).toBe(44_040_192);
		expect(p.moeBlock?.mlp).toBe(11_320_164_608);
		// dense MLP 3·7168·18432 = 396,361,728; norms 2·7168 = 14,336 per block
		expect(p.denseBlock.mlp).toBe(396_361_728);
		// 61·187,107,328 = 11,413,547,008; 61·14,336 = 874,496; 3·396,361,728 = 1,189,085,184;
		// 58·11,320,164,608 = 656,569,547,264; embedding + head 2·129,280·7168 = 1,853,358,080;
		// final norm 7,168
		const total = 11_413_547_008 + 874_496 + 1_189_085_184 + 656_569_547_264 + 1_853_358_080 + 7168;
		expect(total).toBe(671_026_419_200);
		expect(p.total).toBe(total);
		expect(Math.abs(p.total / 671e9 - 1)).toBeLessThan(0.0001);
		// active: 58 blocks skip 248 of 256 experts: 58·248·44,040,192 = 633,474,121,728
		expect(p.active).toBe(total - 58 * 248 * 44_040_192);
		expect(p.active).toBe(37_552_297_472);
		// DeepSeek prints 37B (paper) and 36.7B (README_WEIGHTS.md, “including 0.9B for Embedding
		// and 0.9B for the output Head”); this count is 1.5 % above the first and 2.3 % above the
		// second: the published figures are not reproduced to their last digit.
		expect(p.active / 37e9 - 1).toBeCloseTo(0.0149, 3);
	});

	it('the multi-token-prediction module is not in the count: by hand it is 11.6 B of its own', () => {
		// README_WEIGHTS.md: one more block (layers.61: attention and MoE as the main blocks),
		// enorm and hnorm, eh_proj (2d → d) and shared_head (its norm; the head itself shared).
		const p = paramBreakdown(deepseekV3);
		const mtp = p.moeBlock!.total + 2 * 7168 + 2 * 7168 * 7168 + 7168;
		expect(mtp).toBe(11_610_068_224);
		// With its stored copies of the embedding and head: 13.46 B, so 671.03 + 13.46 = 684.5 B,
		// the README's “685B … 671B of the Main Model weights and 14B of the … MTP Module”.
		expect((p.total + mtp + 2 * 129280 * 7168) / 1e9).toBeCloseTo(684.49, 2);
	});

	it('without query compression q_proj is d × H·(nope + rope); biases add their widths', () => {
		const noQ: Arch = { ...deepseekV3, mla: { ...deepseekV3.mla!, qLoraRank: 0 } };
		const p = paramBreakdown(noQ).mla!;
		expect(p.queryDown).toBe(0);
		expect(p.queryUp).toBe(7168 * 128 * 192);
		const biased = paramBreakdown({ ...deepseekV3, attentionBias: 'qkvo' }).mla!;
		// q_a bias 1536, kv_a bias 576, o bias 7168 (transformers: bias=config.attention_bias)
		expect(biased.queryDown - paramBreakdown(deepseekV3).mla!.queryDown).toBe(1536);
		expect(biased.keyValueDown - paramBreakdown(deepseekV3).mla!.keyValueDown).toBe(576);
		expect(biased.output - paramBreakdown(deepseekV3).mla!.output).toBe(7168);
	});
});

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

describe('flopsPerToken: active parameters, head widths, latent attention, windows', () => {
	it('Qwen3-30B-A3B: 6 × (active − embedding) + 6·L·H·(Q_k + Q_v)·T', () => {
		// active 3,353,032,704 less the input table 311,164,928 (a lookup) = 3,041,867,776;
		// × 6 = 18,251,206,656. Attention at T = 4096: 6·48·32·(128 + 128)·4096 = 9,663,676,416
		const arch = { ...qwen3moe, context: 4096 };
		expect(flopsPerToken(arch, { attention: false })).toBe(18_251_206_656);
		expect(flopsPerToken(arch)).toBe(18_251_206_656 + 9_663_676_416);
		// The head widths, not d_model: 32·128 = 4096 ≠ 2048 (12·L·d·T would give half).
		expect(flopsPerToken(arch) - flopsPerToken(arch, { attention: false })).toBe(
			12 * 48 * (32 * 128) * 4096,
		);
	});

	it('DeepSeek-V3: scores use nope + rope = 192 wide keys, values 128', () => {
		// 6·61·128·(192 + 128)·4096 = 366·128·320·4096 = 61,404,610,560 at T = 4096
		const attention = flopsPerToken(deepseekV3) - flopsPerToken(deepseekV3, { attention: false });
		expect(attention).toBe(6 * 61 * 128 * (192 + 128) * 4096);
		expect(attention).toBe(61_404_610_560);
		// 6 × (37,552,297,472 − 926,679,040) = 219,753,710,592: the 6·N_active·D rule
		expect(flopsPerToken(deepseekV3, { attention: false })).toBe(219_753_710_592);
	});

	it('sliding layers attend to their window only (Gemma 2 9B: 21 of 42 layers, 4096)', () => {
		const gemma2: Arch = {
			family: 'llama',
			layers: 42,
			heads: 16,
			kvHeads: 8,
			dModel: 3584,
			headDim: 256,
			ffnDim: 14336,
			vocab: 256000,
			context: 8192,
			tiedEmbeddings: true,
			mlp: 'geglu',
			postNorms: true,
			slidingWindow: { window: 4096, layers: 21 },
		};
		const attention = (a: Arch) => flopsPerToken(a) - flopsPerToken(a, { attention: false });
		// 6·16·512·(21·8192 + 21·4096) = 12,683,575,296; all global: 6·16·512·42·8192 = 16,911,433,728
		expect(attention(gemma2)).toBe(6 * 16 * 512 * (21 * 8192 + 21 * 4096));
		const { slidingWindow: _, ...global } = gemma2;
		expect(attention(global)).toBe(6 * 16 * 512 * 42 * 8192);
		// A window longer than the context changes nothing.
		expect(attention({ ...gemma2, slidingWindow: { window: 1e6, layers: 21 } })).toBe(
			attention(global),
		);
		// selective recomputation reruns the (windowed) scores: + a third of them
		expect(flopsPerToken(gemma2, { recompute: 'selective' }) - flopsPerToken(gemma2)).toBe(
			attention(gemma2) / 3,
		);
	});

	it('full recomputation reruns the active blocks, not every expert', () => {
		const p = paramBreakdown({ ...qwen3moe, context: 4096 });
		const blocks = p.active - p.tokenEmbedding - p.head - p.finalNorm;
		const arch = { ...qwen3moe, context: 4096 };
		expect(
			flopsPerToken(arch, { recompute: 'full', attention: false }) -
				flopsPerToken(arch, { attention: false }),
		).toBe(2 * blocks);
	});

	it('refuses FLOP per token beyond the limit instead of returning it', () => {
		const wide: Arch = {
			family: 'llama',
			layers: 10_000,
			heads: 1000,
			dModel: 1000,
			headDim: 10_000,
			ffnDim: 8,
			vocab: 8,
			context: 100_000_000,
		};
		expect(() => flopsPerToken(wide)).toThrow(EstimateError);
	});
});

describe('trainingMemory: total parameters, experts split by expert parallelism', () => {
	const arch = { ...qwen3moe, context: 4096 };

	it('weights, gradients and Adam state come from the TOTAL: 16 B × 30.53 B on one device', () => {
		const m = trainingMemory({ arch, microBatch: 1 });
		expect(m.paramsPerDevice).toBe(30_532_122_624);
		expect(m.weights + m.gradients + m.optimizer).toBe(16 * 30_532_122_624);
		expect(m.expertParams).toBe(48 * 603_979_776);
		expect(m.expertParallel).toBe(1);
	});

	it('parallel.expert divides the routed experts only, and ZeRO shards them over data / expert', () => {
		const routed = 48 * 603_979_776;
		const rest = 30_532_122_624 - routed;
		const m = trainingMemory({ arch, microBatch: 1, parallel: { data: 8, expert: 8 } });
		expect(m.expertParams).toBe(routed / 8);
		expect(m.paramsPerDevice).toBe(rest + routed / 8);
		expect(m.expertParallel).toBe(8);
		// ZeRO-1 over 8 data-parallel ranks: the replicated part's 12 B/param of optimizer state / 8,
		// the experts' (already split 8 ways, so one copy per expert group) not sharded further.
		const z1 = trainingMemory({
			arch,
			microBatch: 1,
			parallel: { data: 8, expert: 8, zeroStage: 1 },
		});
		expect(z1.optimizer).toBe((rest * 12) / 8 + (routed / 8) * 12);
		const z3 = trainingMemory({
			arch,
			microBatch: 1,
			parallel: { data: 16, expert: 8, zeroStage: 3 },
		});
		// experts: 16 / 8 = 2 replicas of each, so ZeRO halves them
		expect(z3.gradients).toBe((rest * 2) / 16 + ((routed / 8) * 2) / 2);
	});

	it('expert parallelism needs experts, and must divide them and the data-parallel degree', () => {
		const dense: Arch = { ...arch, moe: undefined, ffnDim: 6144 };
		expect(() =>
			trainingMemory({ arch: dense, microBatch: 1, parallel: { data: 2, expert: 2 } }),
		).toThrow(/mixture-of-experts/);
		expect(() => trainingMemory({ arch, microBatch: 1, parallel: { data: 4, expert: 3 } })).toThrow(
			EstimateError,
		);
		expect(() => trainingMemory({ arch, microBatch: 1, parallel: { data: 2, expert: 4 } })).toThrow(
			/data-parallel/,
		);
	});

	it('pipeline stages hold their own blocks: DeepSeek-V3’s first stage has the 3 dense ones', () => {
		const m = trainingMemory({ arch: deepseekV3, microBatch: 1, parallel: { pipeline: 61 } });
		// One block per stage: the last stage holds an MoE block, its norm and the head.
		const p = paramBreakdown(deepseekV3);
		expect(m.stage).toBe('last');
		expect(m.paramsPerDevice).toBe(p.moeBlock!.total + 7168 + 129280 * 7168);
		const two = trainingMemory({ arch: deepseekV3, microBatch: 1, parallel: { pipeline: 2 } });
		// 31 blocks per stage: the first holds 3 dense + 28 MoE and the table; the last 31 MoE.
		expect(two.paramsPerDevice).toBe(31 * p.moeBlock!.total + 7168 + 129280 * 7168);
	});

	it('a pipeline stage is charged its largest blocks, but no more dense ones than exist', () => {
		// 4 blocks, the first dense with a wide MLP, 3 MoE blocks with narrow experts; 2 stages.
		const a: Arch = {
			family: 'llama',
			layers: 4,
			heads: 4,
			dModel: 64,
			ffnDim: 4096,
			vocab: 100,
			context: 16,
			moe: { experts: 4, perToken: 1, expertFfnDim: 8, denseLayers: 1 },
		};
		const moe = activationsPerLayer({ arch: a, microBatch: 1 });
		const dense = activationsPerLayer({ arch: { ...a, moe: undefined }, microBatch: 1 });
		expect(dense.mlp).toBeGreaterThan(moe.mlp);
		const m = trainingMemory({ arch: a, microBatch: 1, parallel: { pipeline: 2 } });
		// first stage: 2 micro-batches in flight × (2 blocks' norms, attention and core + one dense
		// and one MoE MLP)
		const block = moe.norms + moe.attention + moe.attentionCore;
		expect(m.stage).toBe('first');
		expect(m.activations).toBe(2 * (2 * block + dense.mlp + moe.mlp));
	});

	it('activations: sliding layers keep a window of scores when they are materialised', () => {
		const g: Arch = { ...qwen3moe, moe: undefined, ffnDim: 768, context: 4096 };
		const slide = { ...g, slidingWindow: { window: 1024, layers: 48 } };
		const eager = { microBatch: 1, flashAttention: false } as const;
		const full = trainingMemory({ arch: g, ...eager }).activations;
		const windowed = trainingMemory({ arch: slide, ...eager }).activations;
		// scores 2 B × 32 heads × keys per token: 48 layers × 4096 tokens × 64 × (4096 − 1024)
		expect(full - windowed).toBe(48 * 4096 * 2 * 32 * (4096 - 1024));
		// With FlashAttention only the log-sum-exp is kept: no difference.
		expect(trainingMemory({ arch: g, microBatch: 1 }).activations).toBe(
			trainingMemory({ arch: slide, microBatch: 1 }).activations,
		);
	});
});

describe('properties over random mixtures of experts', () => {
	const moeArch = fc
		.record({
			layers: fc.integer({ min: 1, max: 64 }),
			kv: fc.integer({ min: 1, max: 8 }),
			group: fc.integer({ min: 1, max: 4 }),
			headDim: fc.integer({ min: 1, max: 256 }),
			dModel: fc.integer({ min: 1, max: 4096 }),
			ffnDim: fc.integer({ min: 1, max: 20_000 }),
			vocab: fc.integer({ min: 1, max: 200_000 }),
			experts: fc.integer({ min: 1, max: 256 }),
			pick: fc.double({ min: 0, max: 1, noNaN: true }),
			expertFfnDim: fc.integer({ min: 1, max: 4096 }),
			shared: fc.integer({ min: 0, max: 2 }),
			dense: fc.double({ min: 0, max: 1, noNaN: true }),
			qkNorm: fc.constantFrom(undefined, 'head' as const, 'projection' as const),
			postNorms: fc.boolean(),
			mla: fc.boolean(),
			tied: fc.boolean(),
		})
		.map((r): Arch => {
			const heads = r.kv * r.group;
			const perToken = Math.max(1, Math.round(r.pick * r.experts));
			return {
				family: 'llama',
				layers: r.layers,
				heads,
				kvHeads: r.kv,
				dModel: r.dModel,
				headDim: r.headDim,
				ffnDim: r.ffnDim,
				vocab: r.vocab,
				context: 512,
				tiedEmbeddings: r.tied,
				...(r.qkNorm ? { qkNorm: r.qkNorm } : {}),
				postNorms: r.postNorms,
				...(r.mla
					? {
							mla: {
								qLoraRank: 64,
								kvLoraRank: 32,
								qkRopeHeadDim: 16,
								qkNopeHeadDim: 32,
								vHeadDim: 32,
							},
						}
					: {}),
				moe: {
					experts: r.experts,
					perToken,
					expertFfnDim: r.expertFfnDim,
					sharedExperts: r.shared,
					denseLayers: Math.floor(r.dense * r.layers),
				},
			};
		});

	it('the parts sum to the total, and total ≥ active ≥ 1', () => {
		fc.assert(
			fc.property(moeArch, (arch) => {
				const p = paramBreakdown(arch);
				expect(
					p.tokenEmbedding + p.positionEmbedding + p.attention + p.mlp + p.norms + p.head,
				).toBe(p.total);
				expect(p.experts + p.sharedExperts + p.router).toBe(
					p.mlp - p.blocks.dense * p.denseBlock.mlp,
				);
				expect(p.total).toBeGreaterThanOrEqual(p.active);
				expect(p.active).toBeGreaterThan(0);
				expect(Number.isSafeInteger(p.total)).toBe(true);
			}),
		);
	});

	it('FLOP per token never fall when a token uses more experts', () => {
		fc.assert(
			fc.property(moeArch, (arch) => {
				const moe = arch.moe!;
				fc.pre(moe.perToken < moe.experts);
				const more = { ...arch, moe: { ...moe, perToken: moe.perToken + 1 } };
				expect(flopsPerToken(more)).toBeGreaterThanOrEqual(flopsPerToken(arch));
				// and the total does not change: memory is not what a token uses
				expect(countParams(more)).toBe(countParams(arch));
			}),
		);
	});

	it('memory never falls when there are more experts (same experts per token)', () => {
		fc.assert(
			fc.property(moeArch, fc.constantFrom(1, 2, 4), (arch, pipeline) => {
				fc.pre(arch.layers >= pipeline);
				const moe = arch.moe!;
				const more = { ...arch, moe: { ...moe, experts: moe.experts + 1 } };
				const m = (a: Arch) =>
					trainingMemory({ arch: a, microBatch: 1, parallel: { pipeline } }).total;
				expect(m(more)).toBeGreaterThanOrEqual(m(arch));
				expect(flopsPerToken(more)).toBeGreaterThanOrEqual(flopsPerToken(arch));
			}),
		);
	});
});
