/**
 * Mixtures of experts and latent attention counted by hand: Qwen3-30B-A3B and DeepSeek-V3
 * against their model cards (the fields `Arch` gained for current decoders; see also
 * moe-fields, moe-flops-memory and moe-properties).
 */
import { describe, expect, it } from 'vitest';
import { countParams, paramBreakdown, paramCounts, type Arch } from '../../src/core/index.ts';
import { deepseekV3, qwen3moe } from '../helpers/moe-archs.ts';

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
