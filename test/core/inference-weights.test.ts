/**
 * The weights in each serving format: ggml's block types and weightBytes, against llama.cpp's
 * own definitions and llama-bench's published sizes, and hand calculations written out here.
 */
import { describe, expect, it } from 'vitest';
import {
	GGML_TYPES,
	WEIGHT_FORMATS,
	countParams,
	ggmlBitsPerWeight,
	weightBytes,
} from '../../src/core/index.ts';
import { models, modelById } from '../../src/data/index.ts';
import { field } from '../helpers/errors.ts';
import { GiB, llama31_8b, llama2_7b } from '../helpers/inference-models.ts';

describe('ggml block types (ggml src/ggml-common.h structs)', () => {
	it('bits per weight from the struct bytes', () => {
		// block_q8_0: fp16 d + 32 int8 = 34 B per 32
		expect(ggmlBitsPerWeight('Q8_0')).toBe((8 * (2 + 32)) / 32); // 8.5
		// block_q4_0: fp16 d + 16 B of nibbles = 18 B per 32
		expect(ggmlBitsPerWeight('Q4_0')).toBe((8 * (2 + 16)) / 32); // 4.5
		// block_q6_K: ql 128 + qh 64 + scales 16 + fp16 d = 210 B per 256
		expect(ggmlBitsPerWeight('Q6_K')).toBe((8 * (128 + 64 + 16 + 2)) / 256); // 6.5625
		// block_q5_K: d, dmin 4 + scales 12 + qh 32 + qs 128 = 176 B per 256
		expect(ggmlBitsPerWeight('Q5_K')).toBe((8 * (4 + 12 + 32 + 128)) / 256); // 5.5
		// block_q4_K: 4 + 12 + 128 = 144 B per 256
		expect(ggmlBitsPerWeight('Q4_K')).toBe((8 * (4 + 12 + 128)) / 256); // 4.5
		expect(ggmlBitsPerWeight('Q5_0')).toBe(5.5);
		expect(ggmlBitsPerWeight('Q5_1')).toBe(6);
		expect(Object.keys(GGML_TYPES)).toHaveLength(9);
		expect(field(() => ggmlBitsPerWeight('Q3_K' as never))).toBe('type');
	});
});

describe('weightBytes', () => {
	// llama.cpp tools/quantize/README.md, table "meta-llama/Llama-3.1-8B": bits/weight, size (GiB)
	const README: [string, number, number][] = [
		['Q4_K_M', 4.8944, 4.58],
		['Q5_K_M', 5.7036, 5.33],
		['Q6_K', 6.5633, 6.14],
		['Q8_0', 8.5008, 7.95],
		['fp16', 16.0005, 14.96],
	];
	it.each(README)(
		'Llama 3.1 8B %s: llama.cpp quantize README bits/weight and size',
		(f, bpw, gib) => {
			const w = weightBytes(llama31_8b, f as never);
			// the fp16 row is a GGUF F16 file, whose norms are F32 (0.0005 bits/weight); fp16 here is a
			// checkpoint with every tensor at 2 bytes
			expect(Math.abs(w.bitsPerWeight - bpw)).toBeLessThan(f === 'fp16' ? 6e-4 : 5e-5);
			expect(Math.abs(w.bytes / GiB - gib)).toBeLessThan(0.005);
		},
	);

	it('LLaMA 7B: llama-bench sizes (pull request #4766: 12.55, 6.67, 3.56 GiB)', () => {
		expect(weightBytes(llama2_7b, 'fp16').bytes / GiB).toBeCloseTo(12.55, 2);
		expect(weightBytes(llama2_7b, 'Q8_0').bytes / GiB).toBeCloseTo(6.67, 2);
		expect(weightBytes(llama2_7b, 'Q4_0').bytes / GiB).toBeCloseTo(3.56, 2);
	});

	it('Qwen3-30B-A3B Q4_K_M: 18.55 GB of tensors (gguf-py dump in paiml/aprender issue #3714)', () => {
		const w = weightBytes(modelById('qwen3-30b-a3b').arch, 'Q4_K_M');
		expect(Math.abs(w.bytes / 1e9 - 18.55)).toBeLessThan(0.01);
		// 48 MoE blocks: ffn_down_exps Q4_K in 24, Q6_K in 24 (the same dump)
		expect(w.moeLayers).toBe(48);
	});

	it('Q4_K_M keeps attn_v and ffn_down at Q6_K in half of Llama 3.1 8B’s 32 layers', () => {
		// use_more_bits: i < 4, i ≥ 28, (i − 4) mod 3 = 2 → 4 + 4 + 8 = 16 layers
		const d = 4096;
		const f = 14336;
		const kv = 1024;
		const q4 = 4.5 / 8;
		const q6 = 6.5625 / 8;
		const block = (more: boolean) =>
			(d * d * 2 + d * kv + 2 * d * f) * q4 + (d * kv + f * d) * (more ? q6 : q4) + 2 * d * 4;
		const hand = 16 * block(true) + 16 * block(false) + 128256 * d * (q4 + q6) + d * 4;
		expect(weightBytes(llama31_8b, 'Q4_K_M').bytes).toBeCloseTo(hand, 0);
	});

	it('int4 and fp8 keep the token table and head at 16 bits', () => {
		const d = 4096;
		const tables = 2 * 128256 * d * 2;
		const matrices = countParams(llama31_8b) - 2 * 128256 * d - 65 * d;
		expect(weightBytes(llama31_8b, 'fp8').bytes).toBe(tables + matrices + 65 * d * 2);
		expect(weightBytes(llama31_8b, 'int4').bytes).toBeCloseTo(
			tables + (matrices * (4 + 20 / 128)) / 8 + 65 * d * 2,
			0,
		);
	});

	it('counts every parameter of every catalogue model, in every format', () => {
		for (const m of models) {
			for (const f of WEIGHT_FORMATS) {
				const w = weightBytes(m.arch, f);
				expect(w.params, `${m.id} ${f}`).toBe(countParams(m.arch));
				expect(w.bitsPerWeight, `${m.id} ${f}`).toBeGreaterThan(4);
				expect(w.bitsPerWeight, `${m.id} ${f}`).toBeLessThanOrEqual(32);
			}
		}
	});

	it('a row width off the 256 block falls back (GPT-2 XL, d = 1600: Q4_K → Q5_0)', () => {
		const w = weightBytes(modelById('gpt2-xl').arch, 'Q4_K_M');
		expect(w.bitsPerWeight).toBeGreaterThan(5.5);
		expect(w.bitsPerWeight).toBeLessThan(8.5);
	});

	it('refuses an unknown format', () => {
		expect(field(() => weightBytes(llama31_8b, 'q4' as never))).toBe('format');
	});
});
