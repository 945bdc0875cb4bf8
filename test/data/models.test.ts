import { describe, expect, it } from 'vitest';
import { countParams } from '../../src/core/index.ts';
import { EstimateError } from '../../src/core/index.ts';
import { modelById, models } from '../../src/data/index.ts';
import { paramCount, rel } from './helpers.ts';

// Brown et al. 2020 (arXiv:2005.14165), Table 2.1, as printed:
// name, n_params, n_layers, d_model, n_heads, d_head, batch size (tokens), learning rate.
const TABLE_2_1: [string, number, number, number, number, number, number, number][] = [
	['gpt3-small', 125e6, 12, 768, 12, 64, 0.5e6, 6.0e-4],
	['gpt3-medium', 350e6, 24, 1024, 16, 64, 0.5e6, 3.0e-4],
	['gpt3-large', 760e6, 24, 1536, 16, 96, 0.5e6, 2.5e-4],
	['gpt3-xl', 1.3e9, 24, 2048, 24, 128, 1e6, 2.0e-4],
	['gpt3-2.7b', 2.7e9, 32, 2560, 32, 80, 1e6, 1.6e-4],
	['gpt3-6.7b', 6.7e9, 32, 4096, 32, 128, 2e6, 1.2e-4],
	['gpt3-13b', 13.0e9, 40, 5140, 40, 128, 2e6, 1.0e-4],
	['gpt3-175b', 175.0e9, 96, 12288, 96, 128, 3.2e6, 0.6e-4],
];

describe('models', () => {
	it('modelById throws EstimateError for an unknown id', () => {
		expect(() => modelById('gpt-5')).toThrow(EstimateError);
		expect(() => modelById('gpt-5')).toThrow(/gpt-5/);
	});

	it('includes the families the articles use', () => {
		for (const id of [
			'gpt2',
			'gpt2-medium',
			'gpt2-large',
			'gpt2-xl',
			'gopher-1.4b',
			'chinchilla-70b',
			'llama2-7b',
			'llama2-13b',
			'llama2-70b',
			'llama3-8b',
			'llama3-70b',
			'llama3-405b',
			'nanogpt-note-40m',
			'nanogpt-gpt2-124m',
		]) {
			expect(modelById(id).id).toBe(id);
		}
	});

	it('architectures are well formed', () => {
		for (const { id, arch } of models) {
			for (const key of ['layers', 'heads', 'dModel', 'vocab', 'context'] as const) {
				expect(Number.isInteger(arch[key]), `${id}.${key}`).toBe(true);
			}
			// An explicit head width (Qwen3, Gemma) or latent attention frees d_model from heads.
			if (arch.headDim === undefined && arch.mla === undefined) {
				expect(arch.dModel % arch.heads, `${id}: heads divide d_model`).toBe(0);
			}
			const kv = arch.kvHeads ?? arch.heads;
			expect(arch.heads % kv, `${id}: kv heads divide heads`).toBe(0);
			if (arch.family === 'llama') {
				// A mixture of experts without dense layers has no dense MLP width.
				const dense = arch.moe === undefined || (arch.moe.denseLayers ?? 0) > 0;
				if (dense) expect(arch.ffnDim, `${id}: llama needs ffnDim`).toBeDefined();
				expect(arch.bias ?? false, id).toBe(false);
			}
		}
	});

	describe('GPT-3 Table 2.1', () => {
		it.each(TABLE_2_1)('%s printed values equal the table', (id, ...row) => {
			const model = modelById(id);
			const [nParams, nLayers, dModel, nHeads, dHead, batchTokens, learningRate] = row;
			expect(model.printed).toEqual({
				nParams,
				nLayers,
				dModel,
				nHeads,
				dHead,
				batchTokens,
				learningRate,
			});
			expect(model.params).toBe(nParams);
			expect(model.trainingTokens).toBe(300e9);
			expect(model.arch.context).toBe(2048);
			expect(model.arch.layers).toBe(nLayers);
		});

		it.each(TABLE_2_1)('%s arch follows the table except documented typos', (id, ...row) => {
			const model = modelById(id);
			const [, , dModel, nHeads, dHead] = row;
			if (id === 'gpt3-xl') {
				// 24 × 128 ≠ 2048: keep d_model and d_head, so 16 heads.
				expect(model.arch).toMatchObject({ dModel: 2048, heads: 2048 / 128 });
				expect(model.corrections).toMatch(/24 heads/);
			} else if (id === 'gpt3-13b') {
				// 5140 printed; 40 × 128 = 5120.
				expect(model.arch).toMatchObject({ dModel: 40 * 128, heads: 40 });
				expect(model.corrections).toMatch(/5,140/);
			} else {
				expect(model.arch).toMatchObject({ dModel, heads: nHeads });
				expect(nHeads * dHead).toBe(dModel);
				expect(model.corrections).toBeUndefined();
			}
		});

		it('175B counts to the 174,600M of Table D.1', () => {
			// Brown et al., Appendix D, Table D.1: GPT-3 175B uses 174,600M parameters.
			expect(rel(paramCount(modelById('gpt3-175b').arch), 174_600e6)).toBeLessThan(0.001);
		});
	});

	it('the test-local parameter counter matches nanoGPT', () => {
		// nanoGPT transformer_sizing.ipynb: GPT-2 124M without biases, vocab 50257: N = 124,337,664.
		const noBias = { ...modelById('gpt2').arch, bias: false };
		expect(paramCount(noBias)).toBe(124_337_664);
	});

	it('the nanoGPT note’s model has 40.56M parameters as nanoGPT counts them (no position table)', () => {
		// The note: "Votre modèle a 40,56 millions de paramètres".
		const count = paramCount(modelById('nanogpt-note-40m').arch, true);
		expect(Math.round(count / 1e4) / 100).toBe(40.56);
	});

	it('nanoGPT train_gpt2 model has 123.59M parameters without the position table', () => {
		// karpathy/nanoGPT@3adf61e model.py get_num_params (wpe excluded), printed by train.py for config/train_gpt2.py: 123.59M.
		const count = paramCount(modelById('nanogpt-gpt2-124m').arch, true);
		expect(Math.round(count / 1e4) / 100).toBe(123.59);
	});

	it('architectures reproduce the published sizes (GPT-2, GPT-3, Llama, Gopher, Chinchilla)', () => {
		// Gopher and Chinchilla: Rae et al. 2021 Table 1 and Hoffmann et al. 2022 Table 4 sizes
		// (1.4 B, 280 B, 70 B); counted with relative positions they land within 2 %.
		const tolerance = { gpt2: 0.02, gpt3: 0.03, llama: 0.05, deepmind: 0.02 };
		for (const model of models) {
			const group = model.id.startsWith('gpt3')
				? 'gpt3'
				: model.id.startsWith('gpt2')
					? 'gpt2'
					: model.id.startsWith('llama')
						? 'llama'
						: /^(gopher|chinchilla)-/.test(model.id)
							? 'deepmind'
							: undefined;
			if (!group) continue;
			expect(rel(paramCount(model.arch), model.params), model.id).toBeLessThan(tolerance[group]);
		}
	});

	it('Llama architectures give the exact counts of the released checkpoints', () => {
		// Parameter counts of the released weights (Hugging Face meta-llama model pages, safetensors
		// metadata): these pin ffnDim, kvHeads and vocab, which the rounded labels cannot.
		const released: [string, number][] = [
			['llama2-7b', 6_738_415_616],
			['llama2-13b', 13_015_864_320],
			['llama2-70b', 68_976_648_192],
			['llama3-8b', 8_030_261_248],
			['llama3-70b', 70_553_706_496],
		];
		for (const [id, count] of released) expect(paramCount(modelById(id).arch), id).toBe(count);
	});

	it('the core’s countParams agrees with this independent count for every model before 2024', () => {
		// The independent counter knows GPT-2 and Llama blocks; the models read from a
		// config.json (hfRepo) are counted by hand in models-2026.test.ts.
		for (const model of models.filter((m) => m.hfRepo === undefined)) {
			expect(countParams(model.arch), model.id).toBe(paramCount(model.arch));
		}
	});

	it('GPT-2 training tokens are not presented as published', () => {
		// OpenAI never published GPT-2's token count.
		for (const id of ['gpt2', 'gpt2-medium', 'gpt2-large', 'gpt2-xl']) {
			const model = modelById(id);
			expect(model.trainingTokens === undefined || model.trainingTokensEstimate, id).toBe(true);
		}
	});

	it('published training tokens', () => {
		// Llama 2 model card: 2.0T; Llama 3 card: 15T+; Llama 3 Herd §1: 15.6T (405B);
		// Chinchilla: 1.4T (Hoffmann et al. Table 1).
		expect(modelById('llama2-70b').trainingTokens).toBe(2e12);
		expect(modelById('llama3-8b').trainingTokens).toBe(15e12);
		expect(modelById('llama3-405b').trainingTokens).toBe(15.6e12);
		expect(modelById('chinchilla-70b').trainingTokens).toBe(1.4e12);
		// Llama 2 70B uses grouped-query attention (8 KV heads); 7B does not.
		expect(modelById('llama2-70b').arch.kvHeads).toBe(8);
		expect(modelById('llama2-7b').arch.kvHeads ?? 32).toBe(32);
	});
});
