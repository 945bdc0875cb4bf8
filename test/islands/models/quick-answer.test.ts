// @vitest-environment node
/** The quick answer's model, in Node, against hand calculations. */
import { describe, expect, it } from 'vitest';
import { linkSchema } from '../../../src/calculators/can-i-train/link.ts';
import { quickModel } from '../../../src/calculators/quick-answer/model.ts';
import { commonStrings } from '../../../src/i18n/calculators/common.ts';
import { trainStrings } from '../../../src/i18n/calculators/train.ts';
import { gpt2small } from '../../helpers/archs.ts';
import { plain, row } from './rows.ts';

const words = { locale: 'en' as const, common: commonStrings.en, strings: trainStrings.en };
const gpt2 = { id: 'gpt2', name: 'GPT-2', arch: gpt2small, params: 124_439_808 };
const card = (gib: number) => ({
	id: 'card',
	name: 'Card',
	peakFlopsPerSecond: { bf16: 1e14 },
	memoryBytes: gib * 2 ** 30,
});
const base = (gib: number) => ({
	gpu: card(gib),
	precision: 'bf16' as const,
	peak: 1e14,
	trainSchema: linkSchema([gpt2], [card(gib)]),
});

describe('quickModel', () => {
	it('GPT-2 small on an 80 GiB card at 1e14 FLOP/s: yes, in about 14.8 hours', () => {
		const r = quickModel({ ...base(80), preset: gpt2 }, words);
		// tokens: 20 × 124,439,808 = 2,488,796,160
		// FLOP per token: 6 × 123,653,376 (no position table) + 12 × 12 × 768 × 1024 = 855,166,464
		// C = 855,166,464 × 2,488,796,160 = 2.12833e18; t = C / (1e14 × 0.4) = 53,208 s
		expect((row(r.rows, 'flops').raw as number) / 2.12833e18).toBeCloseTo(1, 5);
		expect(row(r.rows, 'time').raw as number).toBeCloseTo(53_208, 0);
		expect(plain(r.answer)).toContain(plain(trainStrings.en.yes.split('{')[0]));
		expect(r.href).toBe(
			'/en/calculators/?train.model=gpt2&train.fit=tokens20&train.gpu=card&train.prec=bf16#can-i-train-it',
		);
	});

	it('1e9 parameters on an 8 GiB card: no (memory 1e9 × 16 B + 0.75 GiB, 34.7 days)', () => {
		const r = quickModel({ ...base(8), params: 1e9 }, words);
		// need 16,805,306,368 B > 8 GiB; 6 × 1e9 × 2e10 = 1.2e20 FLOP / 4e13 FLOP/s = 3e6 s
		expect(row(r.rows, 'memory').raw).toBe(16_805_306_368);
		expect(row(r.rows, 'time').raw).toBeCloseTo(3e6, 3);
		expect(plain(r.answer)).toContain(plain(trainStrings.en.whyMemoryNever));
		expect(r.href).toContain('train.model=params&train.params=1000000000&train.fit=tokens20');
	});

	it('no parameter count: no answer, no reason beyond the field’s own', () => {
		const r = quickModel(base(8), words);
		expect(r.answer).toBeUndefined();
		expect(r.reason).toBeUndefined();
		expect(r.rows.map((x) => x.value)).toEqual([undefined, undefined, undefined]);
	});
});
