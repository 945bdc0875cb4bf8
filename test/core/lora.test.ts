/**
 * LoRA's trainable parameters, r·(d_in + d_out) per adapted matrix (Hu et al. 2021,
 * arXiv:2106.09685 §4.1), by hand and against PEFT's printed counts.
 */
import { describe, expect, it } from 'vitest';
import { EstimateError, fromHfConfig, loraParams, type Arch } from '../../src/core/index.ts';
import { gpt2small, llama2_7b } from '../helpers/archs.ts';
import { HF_CONFIGS } from '../helpers/hf-configs.ts';

const llama31_8b: Arch = {
	family: 'llama',
	layers: 32,
	heads: 32,
	kvHeads: 8,
	dModel: 4096,
	ffnDim: 14336,
	vocab: 128256,
	context: 8192,
};

describe('loraParams', () => {
	it('Llama 2 7B, r = 8 on q_proj, v_proj: 4,194,304 (PEFT print_trainable_parameters)', () => {
		// 32 layers × 2 matrices × 8 × (4096 + 4096) = 4,194,304; PEFT prints
		// "trainable params: 4,194,304 || all params: 6,742,609,920", and 6,742,609,920 −
		// 4,194,304 = 6,738,415,616 is Llama 2 7B's own count.
		const p = loraParams(llama2_7b, { rank: 8, targets: 'q_proj,v_proj' });
		expect(p.trainable).toBe(4_194_304);
		expect(p.modules).toEqual(['q_proj', 'v_proj']);
	});

	it('PEFT’s counts measured in fitcheck’s T4 runs (trainable_params, r = 16 on q, k, v, o)', () => {
		// fitcheck data/measurements/final-t4-20260921.json, measured.trainable_params:
		// Mistral 7B v0.3 13,631,488 = 32 × 16 × (8192 + 5120 + 5120 + 8192);
		// Llama 3.2 3B 9,175,040 = 28 × 16 × (6144 + 4096 + 4096 + 6144).
		const mistral: Arch = { ...llama31_8b, vocab: 32768 };
		expect(loraParams(mistral, { rank: 16, targets: 'attention' }).trainable).toBe(13_631_488);
		const llama32_3b: Arch = {
			family: 'llama',
			layers: 28,
			heads: 24,
			kvHeads: 8,
			dModel: 3072,
			ffnDim: 8192,
			vocab: 128256,
			context: 1024,
			tiedEmbeddings: true,
		};
		expect(loraParams(llama32_3b, { rank: 16, targets: 'attention' }).trainable).toBe(9_175_040);
	});

	it('Llama 3.1 8B, r = 16, all-linear: 41,943,040 by hand', () => {
		// per layer 16 × (q 8192 + k 5120 + v 5120 + o 8192 + 3 × (4096 + 14336)) = 16 × 81,920
		const p = loraParams(llama31_8b, { rank: 16, targets: 'all-linear' });
		expect(p.trainable).toBe(32 * 16 * 81_920);
		expect(p.modules).toEqual([
			'q_proj',
			'k_proj',
			'v_proj',
			'o_proj',
			'gate_proj',
			'up_proj',
			'down_proj',
		]);
		expect(p.active).toBe(p.trainable);
	});

	it('GPT-2: c_attn (PEFT’s default) and all-linear, where c_proj is both projections', () => {
		// c_attn: 12 × 8 × (768 + 2304) = 294,912
		expect(loraParams(gpt2small, { rank: 8, targets: 'c_attn' }).trainable).toBe(294_912);
		// per layer c_attn 3072 + attn c_proj 1536 + c_fc 3840 + mlp c_proj 3840 = 12,288
		expect(loraParams(gpt2small, { rank: 8, targets: 'all-linear' }).trainable).toBe(
			12 * 8 * 12_288,
		);
		expect(loraParams(gpt2small, { rank: 8, targets: ['c_proj'] }).trainable).toBe(
			12 * 8 * (1536 + 3840),
		);
	});

	it('Qwen3-30B-A3B: the routed experts adapted or not', () => {
		const a = fromHfConfig(HF_CONFIGS['Qwen/Qwen3-30B-A3B']).arch;
		// attention per layer: q 2048+4096, k 2048+512, v 2048+512, o 4096+2048 = 17,408
		const attention = 48 * 16 * 17_408;
		const noExperts = loraParams(a, { rank: 16, targets: 'all-linear', experts: false });
		expect(noExperts.trainable).toBe(attention);
		// each expert 3 × (2048 + 768) = 8,448, 128 per layer; a token uses 8
		const all = loraParams(a, { rank: 16, targets: 'all-linear' });
		expect(all.trainable).toBe(attention + 48 * 16 * 128 * 8448);
		expect(all.active).toBe(attention + 48 * 16 * 8 * 8448);
	});

	it('DeepSeek-V3: latent-attention modules by their transformers names', () => {
		const a = fromHfConfig(HF_CONFIGS['deepseek-ai/DeepSeek-V3']).arch;
		// q_a 7168+1536, q_b 1536+128·192, kv_a 7168+576, kv_b 512+128·256, o 128·128+7168
		const perLayer = 8704 + 26_112 + 7744 + 33_280 + 23_552;
		const p = loraParams(a, { rank: 8, targets: 'attention' });
		expect(p.trainable).toBe(61 * 8 * perLayer);
		expect(p.modules).toContain('kv_b_proj');
		expect(() => loraParams(a, { rank: 8, targets: 'q_proj,v_proj' })).toThrow(/no q_proj, v_proj/);
	});

	it('names the input at fault', () => {
		const field = (f: () => unknown) => {
			try {
				f();
			} catch (e) {
				expect(e).toBeInstanceOf(EstimateError);
				return (e as EstimateError).field;
			}
			return 'no error';
		};
		expect(field(() => loraParams(gpt2small, { rank: 8, targets: 'q_proj,v_proj' }))).toBe(
			'lora.targets',
		);
		expect(field(() => loraParams(llama2_7b, { rank: 0, targets: 'all-linear' }))).toBe(
			'lora.rank',
		);
		expect(field(() => loraParams(llama2_7b, { rank: 8, targets: [] }))).toBe('lora.targets');
		expect(
			field(() => loraParams(llama2_7b, { rank: 8, targets: ['q_proj', 'w1' as never] })),
		).toBe('lora.targets');
	});
});
