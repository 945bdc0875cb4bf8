/**
 * The command line's figures, run as a user runs it (test/helpers/cli.ts), against published
 * ones and hand calculations written out here: params, flops, time, optimal, plan, memory and
 * fit. The spawns (~0.2 s each) run concurrently.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HF_CONFIGS } from '../helpers/hf-configs.ts';
import { cli, json, results, near } from '../helpers/cli.ts';

// Each test spawns Node (0.1–0.3 s alone); on a busy two-core machine a spawn can take seconds.
describe.concurrent('can-i-train-it', { timeout: 30_000 }, () => {
	it('params: GPT-2 small has 124,439,808 parameters', async () => {
		// Per block: attention 768·2304 + 2304 + 768·768 + 768 = 2,362,368; MLP 768·3072 + 3072 +
		// 3072·768 + 768 = 4,722,432; two LayerNorms 4·768 = 3,072 → 7,087,872, × 12 = 85,054,464.
		// Tokens 50,257·768 = 38,597,376, positions 1,024·768 = 786,432, final norm 1,536.
		const expected = 85_054_464 + 38_597_376 + 786_432 + 1_536;
		expect(expected).toBe(124_439_808);
		const r = results(await json('params', '--model', 'gpt2'));
		expect(r.params).toBe(expected);
		expect(r.activeParams).toBe(expected);
		const table = await cli('params', '--model', 'gpt2');
		expect(table.stdout).toContain('124,439,808');
		expect(table.stdout).toContain('39,383,808'); // embeddings: 38,597,376 + 786,432
	});

	it('params: a config.json gives the same count as the catalogue (GPT-2, openai-community/gpt2)', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'cli-'));
		const file = join(dir, 'config.json');
		writeFileSync(file, JSON.stringify(HF_CONFIGS['openai-community/gpt2']));
		const doc = await json('params', '--config', file);
		expect(results(doc).params).toBe(124_439_808);
		expect((doc.inputs as Record<string, unknown>).config).toBe(file);
	});

	it('params: model ids match without hyphens (llama-3.1-8b is llama3.1-8b: 8,030,261,248, its model card’s 8.03 B)', async () => {
		expect(results(await json('params', '--model', 'llama-3.1-8b')).params).toBe(8_030_261_248);
	});

	it('flops: GPT-3 175B on 300 B tokens is 3.14 × 10²³ FLOP (Brown et al. 2020, Table D.1)', async () => {
		const doc = await json(
			'flops',
			'--model',
			'gpt3-175b',
			'--tokens',
			'300e9',
			'--flop-count',
			'6n',
		);
		expect(Math.abs(results(doc).flop / 3.14e23 - 1)).toBeLessThan(0.005);
		const table = await cli(
			'flops',
			'--model',
			'gpt3-175b',
			'--tokens',
			'300B',
			'--flop-count',
			'6n',
		);
		expect(table.plain).toContain('3.14 × 10²³ FLOP');
	});

	it('flops: attention adds 12·L·d·T per token (GPT-3 175B: 12 × 96 × 12,288 × 2,048)', async () => {
		const [six, attn] = await Promise.all([
			json('flops', '--model', 'gpt3-175b', '--tokens', '1', '--flop-count', '6n'),
			json('flops', '--model', 'gpt3-175b', '--tokens', '1'),
		]);
		expect(results(attn).flopPerToken - results(six).flopPerToken).toBe(12 * 96 * 12_288 * 2_048);
	});

	it('flops: "2e12", "2T" and "2 × 10^12" are the same tokens; a bare count is 6·N·D', async () => {
		const runs = await Promise.all(
			['2e12', '2T', '2 × 10^12'].map((t) => json('flops', '--params', '7e9', '--tokens', t)),
		);
		for (const doc of runs) expect(results(doc).flop).toBe(6 * 7e9 * 2e12);
	});

	it('time: one RTX 4070 Ti GPU-year at 90 % of its FP32 peak is 1.1386 × 10²¹ FLOP (the seed note)', async () => {
		// 7,680 cores × 2 FLOP × 2.61 GHz = 40.0896 TFLOP/s; × 0.9 × 365.25 × 86,400 s.
		const flop = 7680 * 2 * 2.61e9 * 0.9 * 365.25 * 86_400;
		const r = results(
			await json(
				'time',
				'--flops',
				String(flop),
				'--gpu',
				'rtx-4070-ti',
				'--precision',
				'fp32',
				'--mfu',
				'90%',
			),
		);
		expect(near(r.gpuYears, 1)).toBe(true);
		expect(near(r.gpuHours, 8766)).toBe(true);
	});

	it('optimal: Gopher’s budget gives ~40 B parameters under Hoffmann’s fit (Hoffmann et al. 2022 §3.3); the 20-token rule √(C/120)', async () => {
		const [hoffmann, rule] = await Promise.all([
			json('optimal', '--flops', '5.76e23', '--fit', 'hoffmann'),
			json('optimal', '--flops', '1.2e21', '--fit', 'tokens20'),
		]);
		const h = (results(hoffmann) as unknown as { optimal: Record<string, { params: number }> })
			.optimal;
		expect(Math.abs(h.hoffmann.params / 40e9 - 1)).toBeLessThan(0.05);
		const t = (
			results(rule) as unknown as { optimal: Record<string, { params: number; tokens: number }> }
		).optimal.tokens20;
		expect(near(t.params, Math.sqrt(1.2e21 / 120))).toBe(true);
		expect(near(t.tokens, 20 * Math.sqrt(1.2e21 / 120))).toBe(true);
	});

	it('optimal: a budget from hardware is peak × devices × MFU × seconds', async () => {
		const doc = await json(
			'optimal',
			'--gpu',
			'rtx-4070-ti',
			'--precision',
			'fp32',
			'--mfu',
			'0.9',
			'--days',
			'365.25',
		);
		expect(near(results(doc).budgetFlop, 7680 * 2 * 2.61e9 * 0.9 * 365.25 * 86_400)).toBe(true);
	});

	it('plan: nanoGPT’s train_gpt2 config gives 491,520 tokens per step and 294,912,000,000 in all', async () => {
		// config/train_gpt2.py: batch_size 12, block_size 1024, gradient_accumulation_steps 5 × 8,
		// max_iters 600,000, 8 GPUs: 12 × 1,024 × 40 = 491,520; × 600,000.
		const r = results(
			await json(
				'plan',
				'--micro-batch',
				'12',
				'--context',
				'1024',
				'--grad-accum',
				'40',
				'--iters',
				'600000',
				'--devices',
				'8',
			),
		);
		expect(r.tokensPerStep).toBe(12 * 1024 * 40);
		expect(r.totalTokens).toBe(12 * 1024 * 40 * 600_000);
		expect(r.microStepsPerDevice).toBe(40 / 8);
		const table = await cli(
			'plan',
			'--model',
			'gpt2',
			'--micro-batch',
			'12',
			'--grad-accum',
			'40',
			'--iters',
			'600000',
			'--devices',
			'8',
		);
		expect(table.stdout).toContain('491,520');
	});

	it('memory: mixed-precision Adam keeps 16 bytes per parameter (2 + 2 + 12), 18 with fp32 gradients; 0.75 GiB overhead', async () => {
		const [sixteen, eighteen] = await Promise.all([
			json('memory', '--model', 'gpt2'),
			json('memory', '--model', 'gpt2', '--bytes-per-param', '18'),
		]);
		const m = (doc: Record<string, unknown>) =>
			(doc.results as { memoryBytes: Record<string, number> }).memoryBytes;
		const n = 124_439_808;
		expect(m(sixteen).weights).toBe(2 * n);
		expect(m(sixteen).gradients).toBe(2 * n);
		expect(m(sixteen).optimizer).toBe(12 * n);
		expect(m(sixteen).overhead).toBe(0.75 * 2 ** 30);
		expect(m(eighteen).gradients).toBe(4 * n);
	});

	it('memory: --no-flash-attention stores the s² scores (GPT-2 medium at 4,096 tokens no longer fits 12 GiB) and names the changes that would', async () => {
		const args = ['memory', '--model', 'gpt2-medium', '--gpu', 'rtx-4070', '--context', '4096'];
		const [flash, plain, table] = await Promise.all([
			json(...args),
			json(...args, '--no-flash-attention'),
			cli(...args, '--no-flash-attention'),
		]);
		const r = (doc: Record<string, unknown>) =>
			doc.results as { fits: boolean; levers: { lever: string }[] };
		expect((plain.inputs as { flashAttention: boolean }).flashAttention).toBe(false);
		expect(r(flash).fits).toBe(true);
		expect(r(plain).fits).toBe(false);
		expect(r(plain).levers.map((l) => l.lever)).toContain('flashAttention');
		expect(table.plain).toContain('Would fit with');
		expect(table.plain).toContain('--flash-attention (micro-batch');
	});

	it('fit: Llama 3.1 8B on an RTX 4090 chains compute, time, energy and memory as the site does', async () => {
		const doc = await json('fit', '--model', 'llama-3.1-8b', '--gpu', 'rtx-4090');
		const r = results(doc) as unknown as Record<string, number> & {
			memoryBytes: Record<string, number>;
			fits: boolean;
		};
		expect(r.params).toBe(8_030_261_248);
		// Compute-optimal under the Epoch fit: about 20 tokens per parameter.
		expect(r.tokens / r.params).toBeGreaterThan(19);
		expect(r.tokens / r.params).toBeLessThan(22);
		expect(near(r.flop, r.flopPerToken * r.tokens)).toBe(true);
		// 4090: 512 tensor cores at 2.52 GHz = 165.2 TFLOP/s dense BF16 (Ada whitepaper App. A); 40 % MFU.
		expect(r.peakFlopPerSecond).toBe(165.2e12);
		expect(near(r.seconds, r.flop / (165.2e12 * 0.4))).toBe(true);
		expect(near(r.gpuHours, r.seconds / 3600)).toBe(true);
		// 450 W × t / 3.6 × 10⁶ J per kWh; 400 g CO₂ per kWh; $0.15 per kWh.
		expect(near(r.energyKWh, (450 * r.seconds) / 3.6e6)).toBe(true);
		expect(near(r.co2Grams, r.energyKWh * 400)).toBe(true);
		expect(near(r.energyCostUsd, r.energyKWh * 0.15)).toBe(true);
		// 16 B per parameter alone is 128 GB: it cannot fit 24 GiB.
		expect(r.memoryBytes.total).toBeGreaterThan(16 * r.params);
		expect(r.capacityBytes).toBe(24 * 2 ** 30);
		expect(r.fits).toBe(false);
		expect(r.maxMicroBatch).toBe(0);
	});

	it('fit: GPT-2 on 10 B tokens is (6 × 123,653,376 + 12 × 12 × 768 × 1,024) FLOP per token', async () => {
		const r = results(
			await json('fit', '--model', 'gpt2', '--gpu', 'rtx-4090', '--tokens', '1e10'),
		);
		const perToken = 6 * 123_653_376 + 12 * 12 * 768 * 1024;
		expect(r.flopPerToken).toBe(perToken);
		expect(r.flop).toBe(perToken * 1e10);
		expect(r.fits).toBe(true);
		expect(r.maxMicroBatch).toBeGreaterThan(1);
	});
});
