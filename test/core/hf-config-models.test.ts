/**
 * fromHfConfig: every model_type on a released model's config.json, checked against that
 * model's published parameter count.
 */
import { describe, expect, it } from 'vitest';
import { HF_MODEL_TYPES, countParams, fromHfConfig, paramCounts } from '../../src/core/index.ts';
import { HF_CONFIGS, type HfRepo } from '../helpers/hf-configs.ts';
import { changed } from '../helpers/hf-config-cases.ts';
import { errorOf } from '../helpers/errors.ts';

describe('fromHfConfig: each model_type on a real config.json, against the published count', () => {
	// [repository, model_type read, count, published figure and where]
	const cases: [HfRepo, string, number, string][] = [
		['meta-llama/Llama-3.1-8B', 'llama', 8_030_261_248, 'model page: 8,030,261,248'],
		['meta-llama/Llama-3.1-70B', 'llama', 70_553_706_496, 'model page: 70,553,706,496'],
		['meta-llama/Llama-3.2-1B', 'llama', 1_235_814_400, 'model card 1.23B; page 1,235,814,400'],
		['meta-llama/Llama-3.2-3B', 'llama', 3_212_749_824, 'model card 3.21B; page 3,212,749,824'],
		['Qwen/Qwen2.5-7B', 'qwen2', 7_615_616_512, 'model card 7.61B'],
		['Qwen/Qwen3-8B', 'qwen3', 8_190_735_360, 'model card 8.2B'],
		['Qwen/Qwen3-32B', 'qwen3', 32_762_123_264, 'model card 32.8B'],
		['Qwen/Qwen3-30B-A3B', 'qwen3_moe', 30_532_122_624, 'model card 30.5B'],
		['Qwen/Qwen1.5-MoE-A2.7B', 'qwen2_moe', 14_315_784_192, 'model card 14.3B'],
		['google/gemma-7b', 'gemma', 8_537_680_896, 'Gemma 2024 Table 1: 7,751,248,896 non-embedding'],
		['google/gemma-2-9b', 'gemma2', 9_241_705_984, 'Gemma 2 Table 1: 8,324,201,984 non-embedding'],
		[
			'google/gemma-3-12b-pt',
			'gemma3_text',
			11_766_034_176,
			'Gemma 3 Table 1: 10,759M non-embedding',
		],
		[
			'google/gemma-3-27b-pt',
			'gemma3_text',
			27_009_346_304,
			'Gemma 3 Table 1: 25,600M non-embedding',
		],
		['mistralai/Mistral-7B-v0.1', 'mistral', 7_241_732_096, 'model page: 7,241,732,096'],
		['mistralai/Mixtral-8x7B-v0.1', 'mixtral', 46_702_792_704, 'Mistral AI: 46.7B total'],
		['deepseek-ai/DeepSeek-V3', 'deepseek_v3', 671_026_419_200, 'DeepSeek-V3 report: 671B'],
		['allenai/OLMo-2-1124-7B', 'olmo2', 7_298_617_344, 'model page: 7,298,617,344'],
		[
			'microsoft/Phi-3-mini-4k-instruct',
			'phi3',
			3_821_079_552,
			'Phi-3 report 3.8B; page 3,821,079,552',
		],
		['openai-community/gpt2', 'gpt2', 124_439_808, 'GPT-2 small: 124,439,808 with positions'],
		['EleutherAI/pythia-160m', 'gpt_neox', 162_322_944, 'Pythia Table 1: 162,322,944'],
	];

	it('covers every supported model_type', () => {
		const read = new Set(cases.map((c) => c[1]));
		for (const t of HF_MODEL_TYPES) {
			if (t === 'gemma3') continue; // read through its text_config (gemma3_text)
			expect(read.has(t), t).toBe(true);
		}
		expect(cases.some(([repo]) => HF_CONFIGS[repo].model_type === 'gemma3')).toBe(true);
	});

	it.each(cases)('%s (%s) counts %d', (repo, type, count) => {
		const r = fromHfConfig(HF_CONFIGS[repo]);
		expect(r.modelType).toBe(type);
		expect(countParams(r.arch)).toBe(count);
		// Every key of the file is either used or ignored (or, for gemma3, under text_config).
		const keys = Object.keys(HF_CONFIGS[repo]);
		for (const k of keys) {
			const listed = r.used.includes(k) || r.ignored.includes(k);
			expect(listed, `${repo}: ${k}`).toBe(true);
		}
		// The page can echo them: short plain key names.
		for (const k of [...r.used, ...r.ignored]) expect(k).toMatch(/^[\w.]+$/);
	});

	it('non-embedding counts match the Gemma papers to the parameter or the million', () => {
		const nonEmbedding = (repo: HfRepo) =>
			countParams(fromHfConfig(HF_CONFIGS[repo]).arch, { excludeEmbeddings: true });
		// Gemma Team 2024 (arXiv:2403.08295) Table 1, 7B: 7,751,248,896 non-embedding parameters:
		// 28·(3072·4096·2 + 3072·4096·2 + 3·3072·24576 + 2·3072) + 3072
		expect(nonEmbedding('google/gemma-7b')).toBe(7_751_248_896);
		// Gemma 2 (arXiv:2408.00118) Table 1, 9B: 8,324,201,984
		expect(nonEmbedding('google/gemma-2-9b')).toBe(8_324_201_984);
		// Gemma 3 (arXiv:2503.19786) Table 1: 12B 10,759M, 27B 25,600M
		expect(Math.round(nonEmbedding('google/gemma-3-12b-pt') / 1e6)).toBe(10_759);
		expect(Math.round(nonEmbedding('google/gemma-3-27b-pt') / 1e6)).toBe(25_600);
		// Pythia (Biderman et al. 2023, arXiv:2304.01373) Table 1, 160M: 85,056,000 non-embedding,
		// without the input table and the untied embed_out head: 162,322,944 − 2·50,304·768
		const pythia = paramCounts(fromHfConfig(HF_CONFIGS['EleutherAI/pythia-160m']).arch).breakdown;
		expect(pythia.total - pythia.tokenEmbedding - pythia.head).toBe(162_322_944 - 2 * 50304 * 768);
		expect(pythia.total - pythia.tokenEmbedding - pythia.head).toBe(85_056_000);
	});

	it('active parameters of the mixtures of experts match their cards', () => {
		const active = (repo: HfRepo) => paramCounts(fromHfConfig(HF_CONFIGS[repo]).arch).active;
		expect(active('Qwen/Qwen3-30B-A3B')).toBe(3_353_032_704); // card: 3.3B
		expect(active('Qwen/Qwen1.5-MoE-A2.7B')).toBe(2_689_173_504); // card: 2.7B
		expect(active('mistralai/Mixtral-8x7B-v0.1')).toBe(12_879_925_248); // Mistral AI: 12.9B
		expect(active('deepseek-ai/DeepSeek-V3')).toBe(37_552_297_472); // report: 37B
	});

	it('reads each family’s features from the right keys', () => {
		const arch = (repo: HfRepo) => fromHfConfig(HF_CONFIGS[repo]).arch;
		expect(arch('Qwen/Qwen2.5-7B').attentionBias).toBe('qkv');
		expect(arch('Qwen/Qwen2.5-7B').slidingWindow).toBeUndefined(); // use_sliding_window false
		expect(arch('Qwen/Qwen3-8B')).toMatchObject({ headDim: 128, qkNorm: 'head' });
		expect(arch('allenai/OLMo-2-1124-7B').qkNorm).toBe('projection');
		expect(arch('google/gemma-2-9b')).toMatchObject({
			mlp: 'geglu',
			postNorms: true,
			tiedEmbeddings: true,
			slidingWindow: { window: 4096, layers: 21 }, // layers 0, 2, …, 40
		});
		// Gemma 3: 5 of every 6 layers slide: 62 − ⌊62 / 6⌋ = 52
		expect(arch('google/gemma-3-27b-pt').slidingWindow).toEqual({ window: 1024, layers: 52 });
		expect(arch('mistralai/Mistral-7B-v0.1').slidingWindow).toEqual({ window: 4096, layers: 32 });
		expect(arch('mistralai/Mixtral-8x7B-v0.1').slidingWindow).toBeUndefined(); // null
		expect(arch('microsoft/Phi-3-mini-4k-instruct').slidingWindow).toEqual({
			window: 2047,
			layers: 32,
		});
		expect(arch('deepseek-ai/DeepSeek-V3').moe).toMatchObject({ denseLayers: 3, routerBias: true });
		expect(arch('EleutherAI/pythia-160m')).toMatchObject({
			positions: 'rotary',
			tiedEmbeddings: false,
		});
	});

	it('echoes what it filled in and what it left out', () => {
		const g = fromHfConfig(HF_CONFIGS['google/gemma-3-12b-pt']);
		expect(g.defaulted).toEqual([
			'text_config.head_dim=256',
			'text_config.vocab_size=262208',
			'text_config.max_position_embeddings=131072',
			'text_config.sliding_window_pattern=6',
		]);
		// The vision tower is not part of the text model.
		expect(g.ignored).toContain('vision_config');
		expect(g.used).toContain('text_config.hidden_size');
		const d = fromHfConfig(HF_CONFIGS['deepseek-ai/DeepSeek-V3']);
		expect(d.ignored).toEqual(
			expect.arrayContaining(['num_nextn_predict_layers', 'num_key_value_heads']),
		);
		const q = fromHfConfig(HF_CONFIGS['Qwen/Qwen3-30B-A3B']);
		// every layer is MoE, so intermediate_size is not used
		expect(q.ignored).toContain('intermediate_size');
		expect(q.used).toEqual(expect.arrayContaining(['num_experts', 'moe_intermediate_size']));
	});

	it('layer_types, when present, says which layers slide', () => {
		const types = Array.from({ length: 42 }, (_, i) =>
			i % 3 === 0 ? 'full_attention' : 'sliding_attention',
		);
		const a = fromHfConfig(changed('google/gemma-2-9b', { layer_types: types })).arch;
		expect(a.slidingWindow).toEqual({ window: 4096, layers: 28 });
		const e = errorOf(() =>
			fromHfConfig(changed('google/gemma-2-9b', { layer_types: types.slice(1) })),
		);
		expect(e.field).toBe('layer_types');
		const bad = errorOf(() =>
			fromHfConfig(changed('google/gemma-2-9b', { layer_types: [...types.slice(1), 'global'] })),
		);
		expect(bad.field).toBe('layer_types');
	});

	it('Qwen’s sliding window applies from max_window_layers on, when use_sliding_window is set', () => {
		const a = fromHfConfig(
			changed('Qwen/Qwen2.5-7B', {
				use_sliding_window: true,
				sliding_window: 4096,
				max_window_layers: 20,
			}),
		).arch;
		expect(a.slidingWindow).toEqual({ window: 4096, layers: 8 });
		// mlp_only_layers and decoder_sparse_step make dense layers in Qwen MoE models
		const m = fromHfConfig(
			changed('Qwen/Qwen3-30B-A3B', { mlp_only_layers: [0, 1], decoder_sparse_step: 2 }),
		).arch;
		// odd-indexed layers are MoE (i + 1 divisible by 2) except 1: 23 MoE, 25 dense
		expect(m.moe?.denseLayers).toBe(25);
		expect(m.ffnDim).toBe(6144);
	});
});
