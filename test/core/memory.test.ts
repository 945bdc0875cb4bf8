import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	trainingMemory,
	activationsPerLayer,
	countParams,
	bytesToGiB,
	DEFAULT_OVERHEAD_BYTES,
	EstimateError,
	type Arch,
	type MemoryInput,
	parameterMemory,
} from '../../src/core/index.ts';
import { gpt2small, gpt3, llama3_8b, nanoNote } from '../helpers/archs.ts';

// Korthikanti et al.'s setting: GPT block, 16-bit activations, dropout, attention materialised.
const korthikanti = { precision: 'bf16', dropout: true, flashAttention: false } as const;

describe('activations: Korthikanti et al. 2022 Table 2', () => {
	it('GPT-3 block, b = 1: s·b·h·(34 + 5·a·s/h) bytes by hand', () => {
		// s = 2048, b = 1, h = 12288, a = 96: 5·96·2048/12288 = 80
		// 2048 · 1 · 12288 · (34 + 80) = 25,165,824 · 114 = 2,868,903,936 bytes
		const layer = activationsPerLayer({ arch: gpt3, microBatch: 1, ...korthikanti });
		expect(layer.total).toBe(2_868_903_936);
		// breakdown: attention 11·sbh + 5·a·s²·b, MLP 19·sbh, norms 4·sbh
		expect(layer.attention + layer.attentionCore).toBe(25_165_824 * 11 + 5 * 96 * 2048 * 2048);
		expect(layer.mlp).toBe(25_165_824 * 19);
		expect(layer.norms).toBe(25_165_824 * 4);
	});

	it('GPT-2 124M, b = 12, s = 1024: 12.0 / 3.6 / 0.21 GiB (none / selective / full, Korthikanti et al. 2022, arXiv:2205.05198, §4 and Table 2)', () => {
		// sbh = 1024·12·768 = 9,437,184; 5·a·s/h = 5·12·1024/768 = 80
		// none: 12 · 9,437,184 · 114 = 12,910,067,712 B = 12.02 GiB
		// selective: 12 · 9,437,184 · 34 = 3,850,371,072 B = 3.59 GiB
		// full: 12 · 2 · 9,437,184 = 226,492,416 B = 0.21 GiB (+ one block rebuilt at a time)
		const base = { arch: { ...gpt2small, vocab: 50304 }, microBatch: 12, ...korthikanti };
		expect(12 * activationsPerLayer(base).total).toBe(12_910_067_712);
		const sel = activationsPerLayer({ ...base, recompute: 'selective' });
		expect(12 * sel.total).toBe(3_850_371_072);
		expect(bytesToGiB(12 * sel.total)).toBeCloseTo(3.6, 1);

		// Whole-model activations add what sits outside the blocks: the embedding dropout mask
		// (s·b·h) and the final norm's input and output (2 · 2·s·b·h).
		const outside = 9_437_184 * (1 + 4);
		expect(trainingMemory(base).activations).toBe(12_910_067_712 + outside);
		expect(trainingMemory({ ...base, recompute: 'selective' }).activations).toBe(
			3_850_371_072 + outside,
		);
		const full = trainingMemory({ ...base, recompute: 'full' }).activations;
		expect(full).toBe(226_492_416 + 9_437_184 * 114 + outside);
	});

	it('tensor parallel t = 8: s·b·h·(10 + 24/t + 5·a·s/(h·t))', () => {
		// GPT-3, b = 1: 25,165,824 · (10 + 3 + 10) = 578,813,952
		const layer = activationsPerLayer({
			arch: gpt3,
			microBatch: 1,
			...korthikanti,
			parallel: { tensor: 8 },
		});
		expect(layer.total).toBe(25_165_824 * 23);
	});

	it('tensor + sequence parallel: s·b·h·(34/t + 5·a·s/(h·t))', () => {
		// 25,165,824 · (34 + 80) / 8 = 358,612,992
		const layer = activationsPerLayer({
			arch: gpt3,
			microBatch: 1,
			...korthikanti,
			parallel: { tensor: 8, sequenceParallel: true },
		});
		expect(layer.total).toBe((25_165_824 * 114) / 8);
	});

	it('tensor parallel + selective recomputation: s·b·h·(10 + 24/t)', () => {
		const layer = activationsPerLayer({
			arch: gpt3,
			microBatch: 1,
			...korthikanti,
			recompute: 'selective',
			parallel: { tensor: 8 },
		});
		expect(layer.total).toBe(25_165_824 * 13);
	});

	it('FlashAttention keeps only a log-sum-exp (4 bytes per head per token); never removed twice', () => {
		const flash = activationsPerLayer({
			arch: gpt3,
			microBatch: 1,
			...korthikanti,
			flashAttention: true,
		});
		// 4 · a · s · b = 4 · 96 · 2048 = 786,432; the rest as selective: 34·sbh
		expect(flash.attentionCore).toBe(786_432);
		expect(flash.total).toBe(25_165_824 * 34 + 786_432);
		const both = activationsPerLayer({
			arch: gpt3,
			microBatch: 1,
			...korthikanti,
			flashAttention: true,
			recompute: 'selective',
		});
		expect(both).toEqual(flash);
	});

	it('without dropout the masks and the dropout output go: s·b·h·32 + 2·a·s²·b', () => {
		// masks: 2·sbh (attention and MLP), core: softmax only (2 bytes) instead of 5
		const layer = activationsPerLayer({
			arch: gpt3,
			microBatch: 1,
			...korthikanti,
			dropout: false,
		});
		expect(layer.total).toBe(25_165_824 * 32 + 2 * 96 * 2048 * 2048);
	});

	it('Llama block: SwiGLU keeps four f-wide tensors, GQA shrinks K and V, RMSNorm one input each', () => {
		// Llama 3 8B, b = 1, s = 8192, bf16, flash, no dropout. Per token:
		// norms 2·2·4096 = 16,384; attention 2·4096 (block input) + 2·2·4096 (Q, out-proj input)
		//   + 2·2·1024 (K, V) = 28,672; core 4·32 = 128; MLP 2·4096 + 4·2·14336 = 122,880
		// total 168,064 bytes per token; × 8192 tokens = 1,376,780,288
		const llama3 = llama3_8b;
		const layer = activationsPerLayer({ arch: llama3, microBatch: 1 });
		expect(layer.norms).toBe(16_384 * 8192);
		expect(layer.attention).toBe(28_672 * 8192);
		expect(layer.attentionCore).toBe(128 * 8192);
		expect(layer.mlp).toBe(122_880 * 8192);
		expect(layer.total).toBe(1_376_780_288);
	});
});

describe('model state', () => {
	const gpt3Params = countParams(gpt3);

	it('GPT-3 175B with mixed-precision Adam: 16 B/param ≈ 2.8 TB (seeds/README.md)', () => {
		const m = trainingMemory({ arch: gpt3, microBatch: 1 });
		expect(m.bytesPerParam).toEqual({ weights: 2, gradients: 2, optimizer: 12 });
		const state = m.weights + m.gradients + m.optimizer;
		expect(state).toBe(16 * gpt3Params);
		expect(Number((state / 1e12).toPrecision(2))).toBe(2.8);
	});

	it('18 (fp32 gradients, Megatron) and 20 (both) bytes per parameter', () => {
		const per = (input: Partial<MemoryInput>) => {
			const b = trainingMemory({ arch: gpt2small, microBatch: 1, ...input }).bytesPerParam;
			return b.weights + b.gradients + b.optimizer;
		};
		expect(per({})).toBe(16);
		expect(per({ gradients: 'fp32' })).toBe(18);
		expect(per({ gradients: '16bit+fp32' })).toBe(20);
		expect(per({ precision: 'fp32' })).toBe(16); // 4 + 4 + 8
		expect(per({ optimizer: 'adam-8bit' })).toBe(10); // 2 + 2 + (4 + 1 + 1)
		expect(per({ optimizer: 'sgd-momentum' })).toBe(12); // 2 + 2 + (4 + 4)
		expect(per({ optimizer: 'sgd' })).toBe(8); // 2 + 2 + 4 (master copy)
		expect(per({ masterWeights: false })).toBe(8); // pure bf16 AdamW: 2 + 2 + 2·2
		expect(per({ precision: 'fp32', optimizer: 'sgd-momentum' })).toBe(12);
	});

	it('ZeRO shards over the data-parallel degree, not over all devices', () => {
		// 64 devices = data 8 × tensor 4 × pipeline 2. Per device before ZeRO: P/(tp) on a stage.
		const base = {
			arch: gpt3,
			microBatch: 1,
			parallel: { data: 8, tensor: 4, pipeline: 2 },
		} as const;
		const z0 = trainingMemory({ ...base, parallel: { ...base.parallel, zeroStage: 0 } });
		const z1 = trainingMemory({ ...base, parallel: { ...base.parallel, zeroStage: 1 } });
		const z2 = trainingMemory({ ...base, parallel: { ...base.parallel, zeroStage: 2 } });
		const z3 = trainingMemory({ ...base, parallel: { ...base.parallel, zeroStage: 3 } });
		expect(z0.devices).toBe(64);
		expect(z1.optimizer).toBeCloseTo(z0.optimizer / 8, 3);
		expect(z1.gradients).toBe(z0.gradients);
		expect(z2.gradients).toBeCloseTo(z0.gradients / 8, 3);
		expect(z2.weights).toBe(z0.weights);
		// ZeRO-3: weights / 8 plus the largest unit gathered whole (the 617.6 M-param token table / 4)
		const gathered = (Math.max(1_812_099_072, 50257 * 12288) / 4) * 2;
		expect(z3.weights).toBeCloseTo(z0.weights / 8 + gathered, 3);
		// activations are never sharded by ZeRO
		expect(z3.activations).toBe(z0.activations);
	});

	it('reproduces the ZeRO paper’s Figure 1: a 7.5 B model on 64 data-parallel GPUs', () => {
		// Rajbhandari et al. 2020 (arXiv:1910.02054), Figure 1, Ψ = 7.5 B parameters, K = 12,
		// Nd = 64: model states per GPU are (2 + 2 + K)·Ψ = 120 GB without ZeRO, 2Ψ + 2Ψ + KΨ/Nd
		// = 31.4 GB with P_os, 2Ψ + (2 + K)Ψ/Nd = 16.6 GB with P_os+g, and (2 + 2 + K)Ψ/Nd
		// = 1.9 GB with P_os+g+p.
		// A GPT-2-style model of 36 layers × 4,096 is 7.46 B parameters; scale it to Ψ = 7.5 B.
		const arch: Arch = {
			family: 'gpt2',
			layers: 36,
			heads: 32,
			dModel: 4096,
			vocab: 50304,
			context: 2048,
		};
		const psi = countParams(arch);
		expect(psi / 1e9).toBeCloseTo(7.46, 2); // 12·36·4096² + 50,304·4096 + 2,048·4096 + norms and biases
		const state = (zeroStage: 0 | 1 | 2 | 3) => {
			const m = trainingMemory({ arch, microBatch: 1, parallel: { data: 64, zeroStage } });
			return ((m.weights + m.gradients + m.optimizer) / psi) * 7.5e9; // bytes at Ψ = 7.5 B
		};
		expect(state(0) / 1e9).toBeCloseTo(120, 1);
		expect(state(1) / 1e9).toBeCloseTo(31.4, 1);
		expect(state(2) / 1e9).toBeCloseTo(16.6, 1);
		// ZeRO-3 also holds one layer gathered whole while it computes (the paper's figure leaves
		// that transient out): 1.9 GB plus at most the token table in bf16, 50,304 × 4,096 × 2 B.
		expect(state(3) / 1e9).toBeGreaterThanOrEqual(1.87);
		expect(state(3) / 1e9).toBeLessThanOrEqual(1.875 + (50304 * 4096 * 2 * 7.5e9) / psi / 1e9);
	});

	it('pipeline stages split the blocks; the busiest stage is reported', () => {
		// 4 blocks of a small GPT-2, 2 stages: first = 2 blocks + wte + wpe, last = 2 blocks +
		// final LN + a tied head copy (V·d); no tensor parallelism.
		const arch: Arch = {
			family: 'gpt2',
			layers: 4,
			heads: 4,
			dModel: 256,
			vocab: 1000,
			context: 128,
		};
		const block = 12 * 256 * 256 + 13 * 256;
		const first = 2 * block + 1000 * 256 + 128 * 256;
		const last = 2 * block + 2 * 256 + 1000 * 256;
		const m = trainingMemory({ arch, microBatch: 1, parallel: { pipeline: 2 } });
		expect([first, last]).toContain(m.paramsPerDevice);
		expect(m.stage === 'first' ? first : last).toBe(m.paramsPerDevice);
		const one = trainingMemory({ arch, microBatch: 1 });
		expect(one.paramsPerDevice).toBe(countParams(arch));
		expect(m.total).toBeLessThan(one.total);
	});

	it('tensor parallelism divides weights and logits', () => {
		const one = trainingMemory({ arch: gpt3, microBatch: 1 });
		const tp = trainingMemory({ arch: gpt3, microBatch: 1, parallel: { tensor: 8 } });
		expect(tp.weights).toBeCloseTo(one.weights / 8, 3);
		expect(tp.logits).toBeCloseTo(one.logits / 8, 3);
	});
});

describe('parameterMemory: the floor when only N is known', () => {
	it('124 M parameters × 16 B + 0.75 GiB = 1.984e9 + 805,306,368 = 2,789,306,368 bytes', () => {
		expect(parameterMemory({ params: 124e6 })).toBe(2_789_306_368);
	});
	it('7 B × 18 B with no overhead = 1.26e11 bytes', () => {
		expect(parameterMemory({ params: 7e9, bytesPerParam: 18, overheadBytes: 0 })).toBe(1.26e11);
	});
	it('throws EstimateError for bad inputs', () => {
		for (const bad of [{ params: 0 }, { params: 1e9, bytesPerParam: 0 }, null]) {
			expect(() => parameterMemory(bad as never)).toThrow(EstimateError);
		}
	});
});

describe('logits and overhead', () => {
	it('fp32 logits and their gradient: 2 · 4·s·b·V', () => {
		// nanoGPT note: 16 · 1024 · 50304 · 8 = 6,593,445,888 bytes
		const arch = nanoNote;
		const m = trainingMemory({ arch, microBatch: 16 });
		expect(m.logits).toBe(6_593_445_888);
		expect(m.overhead).toBe(0.75 * 2 ** 30);
		expect(DEFAULT_OVERHEAD_BYTES).toBe(805_306_368);
		expect(trainingMemory({ arch, microBatch: 16, overheadBytes: 0 }).overhead).toBe(0);
	});
});

describe('properties', () => {
	const archArb = fc
		.record({
			family: fc.constantFrom('gpt2' as const, 'llama' as const),
			layers: fc.integer({ min: 1, max: 64 }),
			kv: fc.integer({ min: 1, max: 8 }),
			group: fc.integer({ min: 1, max: 4 }),
			headDim: fc.integer({ min: 8, max: 128 }),
			ffnMult: fc.integer({ min: 1, max: 8 }),
			vocab: fc.integer({ min: 100, max: 200_000 }),
			context: fc.integer({ min: 1, max: 8192 }),
		})
		.map((r): Arch => ({
			family: r.family,
			layers: r.layers,
			heads: r.kv * r.group,
			kvHeads: r.kv,
			dModel: r.kv * r.group * r.headDim,
			ffnDim: r.ffnMult * r.kv * r.group * r.headDim,
			vocab: r.vocab,
			context: r.context,
		}));
	const settingsArb = fc.record({
		precision: fc.constantFrom('fp32' as const, 'bf16' as const, 'fp16' as const),
		optimizer: fc.constantFrom(
			'adam' as const,
			'adam-8bit' as const,
			'sgd-momentum' as const,
			'sgd' as const,
		),
		recompute: fc.constantFrom('none' as const, 'selective' as const, 'full' as const),
		flashAttention: fc.boolean(),
		dropout: fc.boolean(),
		data: fc.integer({ min: 1, max: 64 }),
		zeroStage: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const),
	});

	it('total = sum of the parts; more micro-batch never means less memory', () => {
		fc.assert(
			fc.property(archArb, settingsArb, fc.integer({ min: 1, max: 64 }), (arch, s, mb) => {
				const input: MemoryInput = {
					arch,
					microBatch: mb,
					precision: s.precision,
					optimizer: s.optimizer,
					recompute: s.recompute,
					flashAttention: s.flashAttention,
					dropout: s.dropout,
					parallel: { data: s.data, zeroStage: s.zeroStage },
				};
				const m = trainingMemory(input);
				const sum = m.weights + m.gradients + m.optimizer + m.activations + m.logits + m.overhead;
				expect(Math.abs(m.total - sum)).toBeLessThanOrEqual(m.total * 1e-12);
				for (const v of Object.values(m)) {
					if (typeof v === 'number') expect(Number.isFinite(v) && v >= 0).toBe(true);
				}
				expect(trainingMemory({ ...input, microBatch: mb + 1 }).total).toBeGreaterThan(m.total);
				// Full recomputation never adds memory once there are two blocks or more (with one,
				// its kept input comes on top of the block rebuilt in backward).
				if (arch.layers >= 2) {
					expect(trainingMemory({ ...input, recompute: 'full' }).activations).toBeLessThanOrEqual(
						trainingMemory({ ...input, recompute: 'none' }).activations,
					);
				}
				// Without recomputation FlashAttention never adds memory once a row has two scores or
				// more (its fp32 log-sum-exp is 4 bytes per row; a 16-bit row of one score is 2).
				// With selective recomputation the materialised path keeps no scores at all.
				if (arch.context >= 2) {
					const none = { ...input, recompute: 'none' as const };
					expect(trainingMemory({ ...none, flashAttention: true }).activations).toBeLessThanOrEqual(
						trainingMemory({ ...none, flashAttention: false }).activations,
					);
				}
			}),
		);
	});
});

describe('bad inputs throw EstimateError', () => {
	const ok: MemoryInput = { arch: gpt2small, microBatch: 1 };
	const cases: Array<[string, Partial<MemoryInput> & Record<string, unknown>]> = [
		['microBatch 0', { microBatch: 0 }],
		['microBatch -1', { microBatch: -1 }],
		['microBatch NaN', { microBatch: NaN }],
		['microBatch Infinity', { microBatch: Infinity }],
		['microBatch absurd', { microBatch: 1e12 }],
		['precision', { precision: 'int4' as never }],
		['optimizer', { optimizer: 'lion' as never }],
		['recompute', { recompute: 'some' as never }],
		['flashAttention', { flashAttention: 'yes' as never }],
		['zeroStage 4', { parallel: { zeroStage: 4 as never } }],
		['tensor not dividing heads', { parallel: { tensor: 5 } }],
		['tensor above heads', { parallel: { tensor: 24 } }],
		['pipeline above layers', { parallel: { pipeline: 13 } }],
		['data 0', { parallel: { data: 0 } }],
		['overhead negative', { overheadBytes: -1 }],
		['overhead NaN', { overheadBytes: NaN }],
		['bad arch', { arch: { ...gpt2small, layers: 0 } }],
	];
	for (const [name, change] of cases) {
		it(name, () => {
			expect(() => trainingMemory({ ...ok, ...change } as MemoryInput)).toThrow(EstimateError);
		});
	}
});
