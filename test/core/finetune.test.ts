/**
 * Fine-tuning memory and FLOP by method, by hand from the published definitions: QLoRA's NF4
 * and double quantisation (Dettmers et al. 2023, arXiv:2305.14314 §3), LoRA's frozen base
 * (Hu et al. 2021, arXiv:2106.09685 §4.2), 8-bit Adam (Dettmers et al. 2022, arXiv:2110.02861).
 */
import { describe, expect, it } from 'vitest';
import {
	EstimateError,
	NF4_BITS,
	NF4_DOUBLE_QUANT_BITS,
	finetuneFit,
	finetuneFlopsPerToken,
	finetuneMemory,
	flopsPerToken,
	fromHfConfig,
	trainingMemory,
	BYTES_PER_GIB,
	type Arch,
} from '../../src/core/index.ts';
import { gpt3, llama2_7b } from '../helpers/archs.ts';
import { HF_CONFIGS } from '../helpers/hf-configs.ts';

const llama31_8b: Arch = {
	family: 'llama',
	layers: 32,
	heads: 32,
	kvHeads: 8,
	dModel: 4096,
	ffnDim: 14336,
	vocab: 128256,
	context: 131072,
};
const qv8 = { rank: 8, targets: 'q_proj,v_proj' } as const;

describe('QLoRA bits per weight (Dettmers et al. 2023 §3)', () => {
	it('NF4 with an fp32 absmax per 64 weights: 4 + 32/64 = 4.5 bits', () => {
		expect(NF4_BITS).toBe(4.5);
	});
	it('double quantisation: 4 + 8/64 + 32/(64·256) = 4.127 bits (0.373 bit saved)', () => {
		expect(NF4_DOUBLE_QUANT_BITS).toBeCloseTo(4.127, 3);
		expect(NF4_BITS - NF4_DOUBLE_QUANT_BITS).toBeCloseTo(0.373, 3);
	});
});

describe('finetuneMemory', () => {
	const base = { arch: llama2_7b, microBatch: 1, sequence: 512 } as const;

	it('LoRA: a 16-bit frozen base, and 4 + 4 + 8 B per adapter parameter', () => {
		const m = finetuneMemory({ ...base, method: 'lora', lora: qv8 });
		expect(m.baseWeights).toBe(6_738_415_616 * 2);
		expect(m.adapterWeights).toBe(4_194_304 * 4);
		expect(m.gradients).toBe(4_194_304 * 4);
		expect(m.optimizer).toBe(4_194_304 * 8);
		expect(m.trainableParams).toBe(4_194_304);
		expect(m.frozenParams).toBe(6_738_415_616);
		// 8-bit Adam: one byte per moment
		const m8 = finetuneMemory({ ...base, method: 'lora', lora: qv8, optimizer: 'adam-8bit' });
		expect(m8.optimizer).toBe(4_194_304 * 2);
	});

	it('QLoRA: the linear weights of the blocks at 4.127 bits, the rest at 16 bits', () => {
		// per layer 4 × 4096² + 3 × 4096 × 11008 = 202,375,168; × 32 = 6,476,005,376
		// the rest (tables, head, norms): 6,738,415,616 − 6,476,005,376 = 262,410,240
		const m = finetuneMemory({ ...base, method: 'qlora', lora: qv8 });
		expect(m.baseWeights).toBeCloseTo((6_476_005_376 * 4.126953125) / 8 + 262_410_240 * 2, 0);
		const fp32Rest = finetuneMemory({ ...base, method: 'qlora', lora: qv8, upcastFrozen: true });
		expect(fp32Rest.baseWeights - m.baseWeights).toBe(262_410_240 * 2);
		const single = finetuneMemory({ ...base, method: 'qlora', lora: qv8, doubleQuant: false });
		expect(single.baseBits).toBe(4.5);
		// the dequantised weight: the largest matrix, 4096 × 11008, in bf16
		expect(m.dequantBuffer).toBe(4096 * 11008 * 2);
	});

	it('the adapters’ own activations: p·r per matrix and token, and LoRA dropout’s (p + 1)·d_in', () => {
		const plain = finetuneMemory({ ...base, method: 'lora', lora: qv8 });
		const tokens = 512;
		expect(plain.adapterActivations).toBe(tokens * 32 * 2 * (2 * 8));
		const dropout = finetuneMemory({ ...base, method: 'lora', lora: qv8, loraDropout: true });
		expect(dropout.adapterActivations).toBe(tokens * 32 * 2 * (2 * 8 + 3 * 4096));
		// full recomputation: only the block being rebuilt keeps them
		const rebuilt = finetuneMemory({
			...base,
			method: 'lora',
			lora: qv8,
			loraDropout: true,
			recompute: 'full',
		});
		expect(rebuilt.adapterActivations).toBe(tokens * 2 * (2 * 8 + 3 * 4096));
	});

	it('activations flow through the whole base: the same as full fine-tuning', () => {
		const full = trainingMemory({ arch: { ...llama2_7b, context: 512 }, microBatch: 1 });
		const lora = finetuneMemory({ ...base, method: 'lora', lora: qv8 });
		expect(lora.activations - lora.adapterActivations).toBe(full.activations);
	});

	it('full: trainingMemory, with the standard loss’s four fp32 logits copies (two more)', () => {
		const t = trainingMemory({ arch: { ...llama2_7b, context: 512 }, microBatch: 1 });
		expect(t.logits).toBe(8 * 512 * 32000);
		const f = finetuneMemory(base);
		expect(f.logits).toBe(16 * 512 * 32000);
		expect(f.total).toBe(t.total + t.logits);
		expect(finetuneMemory({ ...base, loss: 'fused' }).total).toBe(t.total - t.logits);
	});

	it('LoRA and QLoRA on one device per replica; other parallelism is refused', () => {
		expect(() =>
			finetuneMemory({ ...base, method: 'lora', lora: qv8, parallel: { tensor: 2 } }),
		).toThrow(EstimateError);
		expect(() => finetuneMemory({ ...base, method: 'qlora' })).toThrow(/needs lora/);
		expect(
			finetuneMemory({ ...base, method: 'lora', lora: qv8, parallel: { data: 8 } }).devices,
		).toBe(8);
	});

	it('Llama 3.1 8B, sequence 2,048, r = 16 all-linear, recomputation: full ≫ LoRA > QLoRA', () => {
		const at = (method: 'full' | 'lora' | 'qlora') =>
			finetuneMemory({
				arch: llama31_8b,
				microBatch: 1,
				sequence: 2048,
				method,
				lora: { rank: 16, targets: 'all-linear' },
				recompute: 'full',
			}).total / BYTES_PER_GIB;
		// full: 16 B × 8.03 B parameters = 120 GiB of model state alone
		expect(at('full')).toBeGreaterThan((16 * 8.03e9) / BYTES_PER_GIB);
		// LoRA: 2 B × 8.03 B = 15 GiB of frozen base; QLoRA: 6.98 B × 4.127 bits + 1.05 B × 2 B = 5.3 GiB
		expect(at('lora')).toBeGreaterThan(15);
		expect(at('lora')).toBeLessThan(24);
		expect(at('qlora')).toBeGreaterThan(5.3);
		expect(at('qlora')).toBeLessThan(12);
	});
});

describe('finetuneFlopsPerToken', () => {
	it('LoRA ≈ 4N + 3A + 6·N_a: about 2/3 of full, not 5 %', () => {
		// Llama 3.1 8B at 2,048 tokens: N = 8,030,261,248 − 128,256 × 4096 = 7,504,924,672 (the
		// untied input table is a lookup); A = 2 · 32 · 256 · 2048 · 32 = 1,073,741,824;
		// N_a = 41,943,040 (r = 16, all-linear)
		const n = 7_504_924_672;
		const attn = 1_073_741_824;
		const full = finetuneFlopsPerToken(llama31_8b, { sequence: 2048 });
		expect(full).toBe(6 * n + 3 * attn);
		expect(full).toBe(flopsPerToken({ ...llama31_8b, context: 2048 }));
		const lora = finetuneFlopsPerToken(llama31_8b, {
			sequence: 2048,
			method: 'lora',
			lora: { rank: 16, targets: 'all-linear' },
		});
		expect(lora).toBe(4 * n + 3 * attn + 6 * 41_943_040);
		expect(lora / full).toBeCloseTo(0.694, 3);
	});

	it('GPT-3 175B, r = 4 on W_q, W_v: consistent with the LoRA paper’s 25 % speed-up (§4.2)', () => {
		// A 25 % higher throughput is 1/1.25 = 0.8 of the time; skipping the frozen weights'
		// gradients leaves (4N + 3A)/(6N + 3A) ≈ 0.68 of the FLOP, so the speed-up is no larger
		// than the arithmetic allows. A 95 % cut would be a ratio of 0.05.
		// GPT-3 with transformers' llama-style module names (q_proj, v_proj) for the same shapes
		const named: Arch = {
			...gpt3,
			family: 'llama',
			ffnDim: 4 * 12288,
			mlp: 'gelu',
			tiedEmbeddings: true,
			positions: 'learned',
		};
		const ratio =
			finetuneFlopsPerToken(named, {
				method: 'lora',
				lora: { rank: 4, targets: 'q_proj,v_proj' },
			}) / finetuneFlopsPerToken(named);
		expect(ratio).toBeGreaterThan(2 / 3);
		expect(ratio).toBeLessThan(0.8);
	});

	it('refuses LoRA without adapters', () => {
		expect(() => finetuneFlopsPerToken(llama2_7b, { method: 'lora' })).toThrow(EstimateError);
	});
});

describe('finetuneFit', () => {
	const GiB = BYTES_PER_GIB;
	it('full fine-tuning of Llama 3.1 8B on 24 GiB does not fit; LoRA and QLoRA would, QLoRA smallest', () => {
		const fit = finetuneFit({
			arch: llama31_8b,
			sequence: 2048,
			recompute: 'full',
			capacityBytes: 24 * GiB,
		});
		expect(fit.fits).toBe(false);
		expect(fit.levers.map((l) => [l.lever, l.value])).toEqual([
			['method', 'qlora'],
			['method', 'lora'],
		]);
		for (const l of fit.levers) expect(l.total).toBeLessThanOrEqual(24 * GiB);
	});

	it('QLoRA on 12 GiB fits with recomputation; without it the levers are recomputation or a shorter sequence', () => {
		const input = {
			arch: llama31_8b,
			sequence: 2048,
			method: 'qlora',
			lora: { rank: 16, targets: 'all-linear' },
		} as const;
		const fits = finetuneFit({ ...input, recompute: 'full', capacityBytes: 12 * GiB });
		expect(fits.fits).toBe(true);
		expect(fits.microBatch).toBeGreaterThanOrEqual(1);
		expect(fits.memory.total).toBeLessThanOrEqual(12 * GiB);
		const tight = finetuneFit({ ...input, capacityBytes: 12 * GiB });
		expect(tight.fits).toBe(false);
		const seq = tight.levers.find((l) => l.lever === 'sequence');
		expect(seq).toBeDefined();
		// the longest halving that fits: it fits, and twice that does not
		const at = (s: number) => finetuneMemory({ ...input, sequence: s, microBatch: 1 }).total;
		expect(at(seq!.value as number)).toBeLessThanOrEqual(12 * GiB);
		expect(at(2 * (seq!.value as number))).toBeGreaterThan(12 * GiB);
		expect(tight.levers.find((l) => l.lever === 'recompute')?.total).toBe(fits.memory.total);
	});

	it('a lower rank, when the adapters are what does not fit', () => {
		const fit = finetuneFit({
			arch: llama2_7b,
			sequence: 256,
			method: 'lora',
			lora: { rank: 4096, targets: 'all-linear' },
			recompute: 'full',
			capacityBytes: 40 * GiB,
		});
		const rank = fit.levers.find((l) => l.lever === 'rank');
		expect(rank?.value).toBeLessThan(4096);
	});
});

describe('fine-tuning a mixture of experts and latent attention', () => {
	it('Qwen3-30B-A3B QLoRA: 4.127 bits for the experts too; leaving the experts out shrinks the adapters', () => {
		const arch = fromHfConfig(HF_CONFIGS['Qwen/Qwen3-30B-A3B']).arch;
		const at = (experts: boolean) =>
			finetuneMemory({
				arch,
				microBatch: 1,
				sequence: 2048,
				method: 'qlora',
				lora: { rank: 16, targets: 'all-linear', experts },
				recompute: 'full',
			});
		const all = at(true);
		const attention = at(false);
		// 30.53 B parameters, ~30.0 B of them in linear layers of the blocks: ≥ 30 × 10⁹ × 4.127/8
		expect(all.baseWeights).toBeGreaterThan((30e9 * 4.127) / 8);
		expect(all.baseWeights).toBeLessThan((30.53e9 * 16) / 8 / 2);
		expect(attention.trainableParams).toBeLessThan(all.trainableParams / 50);
		expect(attention.total).toBeLessThan(all.total);
	});

	it('DeepSeek-V3 LoRA on the latent attention: the 671 B base at 2 B each', () => {
		const arch = fromHfConfig(HF_CONFIGS['deepseek-ai/DeepSeek-V3']).arch;
		const m = finetuneMemory({
			arch,
			microBatch: 1,
			sequence: 1024,
			method: 'lora',
			lora: { rank: 8, targets: 'attention' },
			recompute: 'full',
		});
		expect(m.baseWeights / 2).toBeCloseTo(671.03e9, -8);
	});
});
