/**
 * The 2024-25 models (src/data/models-2026*.ts): their architecture is their config.json, and
 * counting it gives the published parameter counts.
 */
import { describe, expect, it } from 'vitest';
import { countParams, fromHfConfig, paramCounts } from '../../src/core/index.ts';
import { modelById, models } from '../../src/data/index.ts';
import { HF_CONFIGS, type HfRepo } from '../helpers/hf-configs.ts';
import { rel } from './helpers.ts';

const current = models.filter((m) => m.hfRepo !== undefined);

/** One unit of the last digit a label prints: '30.5B' → 0.1e9, '37B' → 1e9. */
function labelUnit(label: string): number {
	const [, digits, suffix] = /^([\d.]+)([MB])$/.exec(label) ?? [];
	const decimals = digits?.split('.')[1]?.length ?? 0;
	return 10 ** -decimals * (suffix === 'B' ? 1e9 : 1e6);
}

describe('models read from a config.json', () => {
	it('the issue’s sixteen are all there', () => {
		const ids = [
			'llama3.1-8b',
			'llama3.1-70b',
			'llama3.2-1b',
			'llama3.2-3b',
			'qwen2.5-7b',
			'qwen3-8b',
			'qwen3-32b',
			'qwen3-30b-a3b',
			'gemma2-9b',
			'gemma3-12b',
			'gemma3-27b',
			'mistral-7b',
			'mixtral-8x7b',
			'deepseek-v3',
			'olmo2-7b',
			'phi3-mini',
		];
		for (const id of ids) expect(modelById(id).hfRepo, id).toBeDefined();
		expect(current.map((m) => m.id).sort()).toEqual([...ids].sort());
		expect(new Set(models.map((m) => m.id)).size).toBe(models.length);
	});

	it.each(current.map((m) => [m.id, m] as const))(
		'%s: arch is what fromHfConfig reads from its config.json',
		(_id, model) => {
			const config = HF_CONFIGS[model.hfRepo as HfRepo];
			expect(config, model.hfRepo).toBeDefined();
			expect(fromHfConfig(config).arch).toEqual(model.arch);
			expect(model.source.url).toBe(`https://huggingface.co/${model.hfRepo}/blob/main/config.json`);
		},
	);

	it.each(current.map((m) => [m.id, m] as const))(
		'%s: the count is the checkpoint’s exact total, or within 0.5 % of the published figure',
		(_id, model) => {
			const n = countParams(model.arch);
			if (model.id.startsWith('gemma3')) {
				// The “12B”/“27B” labels and the checkpoint include the vision tower; Table 1 prints
				// the text model's non-embedding count (checked to the million below).
				const nonEmbedding = countParams(model.arch, { excludeEmbeddings: true });
				expect(rel(nonEmbedding, model.printed!.nonEmbedding)).toBeLessThan(0.005);
			} else if (model.checkpointParams !== undefined) {
				expect(n).toBe(model.checkpointParams);
			} else {
				expect(rel(n, model.params)).toBeLessThan(0.005);
			}
			// and agrees with the label to the digit it prints (8B: 8.03 B; 70B: 70.55 B)
			expect(Math.abs(n - model.params)).toBeLessThan(labelUnit(model.paramsLabel));
		},
	);

	it('active parameters agree with the published labels to the digit they print', () => {
		// Qwen3-30B-A3B 3.353 B (“3.3B”), Mixtral 12.880 B (“12.9B”), DeepSeek-V3 37.55 B (“37B”).
		const moe = current.filter((m) => m.activeParams !== undefined);
		expect(moe.map((m) => m.id).sort()).toEqual(['deepseek-v3', 'mixtral-8x7b', 'qwen3-30b-a3b']);
		for (const m of moe) {
			const { active, total } = paramCounts(m.arch);
			expect(total).toBeGreaterThan(active);
			expect(Math.abs(active - m.activeParams!), m.id).toBeLessThan(
				labelUnit(m.activeParamsLabel!),
			);
		}
		// Dense models: active = total.
		for (const m of current.filter((x) => x.arch.moe === undefined)) {
			expect(paramCounts(m.arch).active).toBe(paramCounts(m.arch).total);
		}
	});

	it('Llama 3.1 8B by hand: 8,030,261,248, the checkpoint total', () => {
		// embedding + untied head 2·128,256·4096 = 1,050,673,152
		// per block: q, o 2·4096² = 33,554,432; k, v 2·4096·(8·128) = 8,388,608;
		// SwiGLU 3·4096·14,336 = 176,160,768; 2 RMSNorms 8,192 → 218,112,000; ×32 = 6,979,584,000
		// final norm 4,096
		expect(1_050_673_152 + 6_979_584_000 + 4096).toBe(8_030_261_248);
		expect(countParams(modelById('llama3.1-8b').arch)).toBe(8_030_261_248);
	});

	it('Qwen3 8B by hand (head width ≠ d_model / heads is not the case here; q/k norms are)', () => {
		// q 4096·4096, k, v 2·4096·1024, o 4096·4096 = 41,943,040 + q_norm, k_norm 256;
		// SwiGLU 3·4096·12,288 = 150,994,944; norms 8,192 → 192,946,432; ×36 = 6,946,071,552
		// + 2·151,936·4096 = 1,244,659,712 + 4,096 = 8,190,735,360 (card: 8.2B; 6.95B non-embedding)
		const n = countParams(modelById('qwen3-8b').arch);
		expect(n).toBe(6_946_071_552 + 1_244_659_712 + 4096);
		expect(Math.round((n - 1_244_659_712) / 1e7) / 100).toBe(6.95);
	});

	it('Gemma 3: the checkpoint holds a 417 M vision tower that the text model does not', () => {
		// Gemma 3 Table 1: vision encoder 417M for both. Checkpoint − text count = the SigLIP tower
		// plus the projector (1152 × d_model and its 1152-wide norm).
		for (const [id, d] of [
			['gemma3-12b', 3840],
			['gemma3-27b', 5376],
		] as const) {
			const m = modelById(id);
			const tower = m.checkpointParams! - countParams(m.arch) - (1152 * d + 1152);
			expect(tower, id).toBe(416_866_032);
			expect(Math.round(tower / 1e6)).toBe(m.printed!.vision / 1e6);
			// non-embedding as printed, to the million
			expect(Math.round(countParams(m.arch, { excludeEmbeddings: true }) / 1e6)).toBe(
				m.printed!.nonEmbedding / 1e6,
			);
		}
	});

	it('Gemma 2 9B: non-embedding to the parameter (Table 1: 8,324,201,984)', () => {
		const m = modelById('gemma2-9b');
		expect(countParams(m.arch, { excludeEmbeddings: true })).toBe(m.printed!.nonEmbedding);
		// The paper's embedding is a 256,128-row table (917,962,752 = 256,128 · 3584); the
		// checkpoint's has 256,000 rows.
		expect(m.printed!.embedding).toBe(256_128 * 3584);
		expect(countParams(m.arch) - countParams(m.arch, { excludeEmbeddings: true })).toBe(
			256_000 * 3584,
		);
	});

	it('DeepSeek-V3: 671.03 B against 671 B; the MTP module is not counted', () => {
		const m = modelById('deepseek-v3');
		expect(countParams(m.arch)).toBe(671_026_419_200);
		expect(m.checkpointParams).toBeUndefined();
		expect(m.archNote).toMatch(/multi-token-prediction module/);
	});
});
