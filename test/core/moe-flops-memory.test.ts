/**
 * FLOP per token and training memory of mixtures of experts and latent attention: active
 * parameters for FLOP, total parameters for memory, experts split by expert parallelism.
 */
import { describe, expect, it } from 'vitest';
import {
	EstimateError,
	activationsPerLayer,
	flopsPerToken,
	paramBreakdown,
	trainingMemory,
	type Arch,
} from '../../src/core/index.ts';
import { deepseekV3, qwen3moe } from '../helpers/moe-archs.ts';

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
