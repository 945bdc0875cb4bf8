// @vitest-environment node
/** The run planner's model, in Node, against hand calculations. */
import { describe, expect, it } from 'vitest';
import { planModel, type PlanModelInput } from '../../../src/calculators/run-planner/model.ts';
import {
	planDefaults,
	planSchema,
	type PlanInputs,
} from '../../../src/calculators/run-planner/state.ts';
import { commonStrings } from '../../../src/i18n/calculators/common.ts';
import { planStrings } from '../../../src/i18n/calculators/plan.ts';
import { gpt2small } from '../../helpers/archs.ts';
import { fieldsOf, row } from './rows.ts';

const words = { locale: 'en' as const, common: commonStrings.en, strings: planStrings.en };
const models = [{ id: 'gpt2', name: 'GPT-2', arch: gpt2small, params: 124_439_808 }];
const a100 = {
	id: 'a100',
	name: 'A100',
	peakFlopsPerSecond: { bf16: 312e12 },
	memoryBytes: 80 * 2 ** 30,
	watts: 400,
};
const schema = planSchema(models, [a100]);

const input = (inputs: PlanInputs): PlanModelInput => ({
	...fieldsOf(schema, planDefaults(models, [a100], inputs)),
	models,
	gpu: a100,
	precision: 'bf16',
	peak: 312e12,
});

describe('planModel: nanoGPT GPT-2 (12 × 1024 × 40 on 8 A100s, 5,000 iterations at 3 s)', () => {
	const r = planModel(
		input({ modelId: 'gpt2', devices: 8, iters: 5000, secondsPerIter: 3, gpuId: 'a100' }),
		words,
	);
	const raw = (key: string) => row(r.rows, key).raw as number;

	it('491,520 tokens per iteration (12 × 1024 × 40); 2.4576e9 in 5,000 iterations', () => {
		expect(raw('tokensPerIter')).toBe(491_520);
		expect(raw('totalTokens')).toBe(2_457_600_000);
	});
	it('123,653,376 parameters without the position table (nanoGPT prints 123.65M)', () => {
		expect(raw('params')).toBe(123_653_376);
	});
	it('(6 × 123,653,376 + 12 × 12 × 768 × 1024) × 2.4576e9 = 2.1016e18 FLOP; 15,000 s', () => {
		expect(raw('flops')).toBe(855_166_464 * 2_457_600_000);
		expect(raw('time')).toBe(15_000);
	});
	it('MFU: 855,166,464 × 491,520 / (3 s × 8 × 312e12) = 5.613 %, on the A100 and by nanoGPT', () => {
		const share = (855_166_464 * 491_520) / (3 * 8 * 312e12);
		expect(share).toBeCloseTo(0.05613, 5);
		expect(raw('mfu')).toBeCloseTo(share, 12);
		expect(raw('mfuA100')).toBeCloseTo(share, 12);
	});
	it('energy: 400 W × 8 × 15,000 s = 13.33 kWh', () => {
		expect(raw('energy')).toBeCloseTo(13.333, 3);
	});
});

describe('planModel: reasons', () => {
	it('gradient accumulation that 8 GPUs cannot share (41) is refused next to its field', () => {
		const r = planModel(input({ modelId: 'gpt2', devices: 8, gradAccum: 41 }), words);
		expect(r.errors.accum).toBe(commonStrings.en.core.gradAccum);
		expect(row(r.rows, 'flops').reason).toBe(commonStrings.en.core.gradAccum);
	});

	it('nanoGPT’s share may pass 100 % on a faster GPU; MFU against the GPU may not', () => {
		// 4.2033e14 FLOP per step in 0.1 s on one device: 4.2e15 FLOP/s, 1347 % of 312e12
		const r = planModel(
			input({ modelId: 'gpt2', devices: 1, gradAccum: 40, secondsPerIter: 0.1 }),
			words,
		);
		expect(row(r.rows, 'mfuA100').raw as number).toBeCloseTo(
			(855_166_464 * 491_520) / 0.1 / 312e12,
			9,
		);
		expect(r.errors.spi).toBe(commonStrings.en.core.impossible);
	});
});
