// @vitest-environment node
/** The "Can I train it?" model, in Node, against hand calculations. */
import { describe, expect, it } from 'vitest';
import { trainModel, type TrainModelInput } from '../../../src/calculators/can-i-train/model.ts';
import {
	trainDefaults,
	trainSchema,
	type TrainInputs,
} from '../../../src/calculators/can-i-train/state.ts';
import type { Texts } from '../../../src/calculators/shared/state.ts';
import { commonStrings } from '../../../src/i18n/calculators/common.ts';
import { trainStrings } from '../../../src/i18n/calculators/train.ts';
import { gpt2small } from '../../helpers/archs.ts';
import { fieldsOf, plain, row } from './rows.ts';

const words = { locale: 'en' as const, common: commonStrings.en, strings: trainStrings.en };
/** GPT-2 small as released: 124,439,808 parameters (nanoGPT's printout plus 1024 × 768 positions). */
const models = [{ id: 'gpt2', name: 'GPT-2', arch: gpt2small, params: 124_439_808 }];
/** A card with a 100 TFLOP/s BF16 peak, 80 GiB, 400 W, $2 an hour. */
const gpu = {
	id: 'card',
	name: 'Card',
	peakFlopsPerSecond: { bf16: 1e14 },
	memoryBytes: 80 * 2 ** 30,
	watts: 400,
	price: { usdPerHour: 2, provider: 'P', date: '2026-01-01' },
};
const schema = trainSchema(models, [gpu]);

/** The model's input for a scenario, with `texts` over the defaults. */
const input = (
	inputs: TrainInputs,
	texts: Partial<Texts<typeof schema>> = {},
): TrainModelInput => ({
	...fieldsOf(schema, trainDefaults(models, [gpu], inputs), texts),
	models,
	gpu,
	precision: 'bf16',
	peak: 1e14,
});

describe('trainModel, a bare parameter count', () => {
	// 1e9 parameters, 2e10 tokens, one card at 40 % MFU
	const r = trainModel(input({ params: 1e9, tokens: 2e10, gpuId: 'card' }), words);
	const raw = (key: string) => row(r.rows, key).raw as number;

	it('C = 6 × 1e9 × 2e10 = 1.2e20 FLOP', () => expect(raw('flops')).toBe(1.2e20));
	it('t = 1.2e20 / (1 × 1e14 × 0.4) = 3e6 s; 3e6 / 3600 = 833.3 GPU-hours', () => {
		expect(raw('time')).toBeCloseTo(3e6, 3);
		expect(raw('gpuHours')).toBeCloseTo(833.333, 2);
	});
	it('cost 833.3 h × $2 = $1,666.67; energy 400 W × 3e6 s = 333.3 kWh; CO₂ × 400 g = 133.3 kg', () => {
		expect(raw('cost')).toBeCloseTo(1666.667, 2);
		expect(raw('energy')).toBeCloseTo(333.333, 2);
		expect(raw('co2')).toBeCloseTo(133_333.3, 0);
	});
	it('memory, parameters only: 1e9 × 16 B + 0.75 GiB = 16,805,306,368 B, under 80 GiB', () => {
		expect(raw('memory')).toBe(16_805_306_368);
		expect(plain(row(r.rows, 'memory').value)).toBe('≥ 15.7 GiB');
		expect(plain(row(r.rows, 'verdict').value)).toContain('80 GiB');
		expect(row(r.rows, 'maxBatch').reason).toBe(trainStrings.en.paramsOnlyMemory);
	});
});

describe('trainModel, chains and reasons', () => {
	it('compute-optimal tokens by the 20-token rule: 20 × 1e9 = 2e10', () => {
		const r = trainModel(input({ params: 1e9, fit: 'tokens20', gpuId: 'card' }), words);
		expect(row(r.rows, 'tokens').raw).toBe(2e10);
		expect(row(r.rows, 'tokens').note).toBe(trainStrings.en.tokensOptimal);
	});

	it('a preset counts attention: (6 × N_matmul + 12 × 12 × 768 × 1024) per token', () => {
		const r = trainModel(input({ modelId: 'gpt2', tokens: 1e9, gpuId: 'card' }), words);
		// N_matmul = 124,439,808 − 1024 × 768 positions = 123,653,376 (tied head: counted once)
		const perToken = 6 * 123_653_376 + 12 * 12 * 768 * 1024;
		expect(row(r.rows, 'flops').raw).toBe(perToken * 1e9);
		expect(r.memory?.total).toBeGreaterThan(124_439_808 * 16);
	});

	it('no dense peak at the chosen precision: the time rows and the precision field say so', () => {
		const r = trainModel(
			{ ...input({ params: 1e9, tokens: 2e10, gpuId: 'card' }), peak: undefined },
			words,
		);
		expect(r.errors.prec).toBe(commonStrings.en.core.noPeak);
		for (const key of ['time', 'gpuHours', 'energy'])
			expect(row(r.rows, key).reason).toBe(commonStrings.en.core.noPeak);
	});

	it('a custom architecture the core rejects: its words next to the field it names', () => {
		// d_model 770 is not a multiple of 12 heads
		const r = trainModel(
			input({ gpuId: 'card', tokens: 1e9 }, { model: 'custom', dmodel: '770' }),
			words,
		);
		expect(r.errors.heads).toBe(commonStrings.en.core.heads);
		expect(row(r.rows, 'params').reason).toBe(commonStrings.en.core.heads);
		expect(row(r.rows, 'flops').reason).toBe(commonStrings.en.core.heads);
		expect(row(r.rows, 'memory').reason).toBe(commonStrings.en.core.heads);
	});
});
