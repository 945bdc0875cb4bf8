/**
 * "My GPU (measured)": what the benchmark stored in localStorage shows in the compute-budget,
 * can-I-train-it, run-planner and quick-answer GPU pickers, with its date and a way to forget
 * it; its rate is named "measured" next to the MFU; a corrupt entry is ignored.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SECONDS_PER_YEAR } from '../../src/core/index.ts';
import { formatNumber } from '../../src/format/index.ts';
import { MEASURED_KEY, saveMeasuredGpu } from '../../src/bench/stored.ts';
import { gpuOptions, knownRuns, modelOptions } from '../../src/calculators/shared/catalog.ts';
import CanITrain from '../../src/calculators/can-i-train/CanITrain.tsx';
import ComputeBudget from '../../src/calculators/compute-budget/ComputeBudget.tsx';
import QuickAnswer from '../../src/calculators/quick-answer/QuickAnswer.tsx';
import RunPlanner from '../../src/calculators/run-planner/RunPlanner.tsx';
import { budgetStrings } from '../../src/i18n/calculators/budget.ts';
import { commonStrings } from '../../src/i18n/calculators/common.ts';
import { planStrings } from '../../src/i18n/calculators/plan.ts';
import { trainStrings } from '../../src/i18n/calculators/train.ts';

const plain = (text: string | null | undefined) =>
	(text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f\u061c\u2068\u2069]/g, '');
// The islands load stored.ts with a dynamic import once they run: awaiting the same import
// lets their callbacks run first (for checks that something stays absent).
const settled = () =>
	act(async () => {
		await import('../../src/bench/stored.ts');
	});
const gpus = gpuOptions();
const models = modelOptions();
const common = commonStrings.en;
const value = (key: string) =>
	plain(document.querySelector(`[data-key="${key}"] .calc-value`)?.textContent);
const gpuSelect = () => screen.getByLabelText(common.gpu) as HTMLSelectElement;
const optionLabels = () => [...gpuSelect().options].map((o) => o.textContent);

const MEASURED = {
	name: 'NVIDIA GeForce RTX 4070',
	date: '2026-11-20T10:00:00.000Z',
	fp32FlopsPerSecond: 12e12,
	fp16FlopsPerSecond: 20e12,
	bandwidthBytesPerSecond: 400e9,
	software: false,
};

beforeEach(() => {
	history.replaceState(null, '', '/en/calculators/');
	localStorage.clear();
});
afterEach(() => {
	cleanup();
	localStorage.clear();
});

/** The props the calculators with a model picker share. */
const shared = { locale: 'en' as const, common, models, gpus };
const mounts = {
	budget: () =>
		render(
			<ComputeBudget
				locale="en"
				common={common}
				strings={budgetStrings.en}
				gpus={gpus}
				runs={knownRuns()}
			/>,
		),
	train: () => render(<CanITrain {...shared} strings={trainStrings.en} />),
	plan: () => render(<RunPlanner {...shared} strings={planStrings.en} />),
	quick: () => render(<QuickAnswer {...shared} strings={trainStrings.en} />),
};

describe('My GPU (measured)', () => {
	for (const [name, mount] of Object.entries(mounts)) {
		it(`${name}: listed with its date when stored, gone once forgotten`, async () => {
			saveMeasuredGpu(MEASURED);
			mount();
			await vi.waitFor(() => expect(optionLabels()).toContain(common.measuredGpu));
			const line = plain(document.querySelector('.calc-measured')?.textContent);
			expect(line).toContain('NVIDIA GeForce RTX 4070');
			expect(line).toContain('2026-11-20');
			fireEvent.change(gpuSelect(), { target: { value: 'measured' } });
			expect(gpuSelect().value).toBe('measured');
			expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
			fireEvent.click(screen.getByRole('button', { name: common.forgetMeasured }));
			await vi.waitFor(() => expect(localStorage.getItem(MEASURED_KEY)).toBeNull());
			await vi.waitFor(() => expect(optionLabels()).not.toContain(common.measuredGpu));
			expect(gpuSelect().value).not.toBe('measured');
			expect(document.querySelector('.calc-measured')).toBeNull();
		});

		it(`${name}: a corrupt stored result is ignored`, async () => {
			localStorage.setItem(MEASURED_KEY, '{"name": 3, "fp32FlopsPerSecond": "fast"');
			mount();
			await settled();
			expect(optionLabels()).not.toContain(common.measuredGpu);
			expect(document.querySelector('.calc-measured')).toBeNull();
			expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
			localStorage.setItem(MEASURED_KEY, JSON.stringify({ ...MEASURED, fp32FlopsPerSecond: -1 }));
			await act(() => {
				dispatchEvent(new CustomEvent('citi:measured-gpu'));
			});
			expect(optionLabels()).not.toContain(common.measuredGpu);
		});
	}

	it('compute budget: uses the measured FP32 rate, named as measured next to the MFU', async () => {
		saveMeasuredGpu(MEASURED);
		history.replaceState(null, '', '/en/calculators/?budget.gpu=measured&budget.prec=fp32');
		mounts.budget();
		await vi.waitFor(() => expect(gpuSelect().value).toBe('measured'));
		// 12 TFLOP/s × 40 % × 1 year
		const flops = 12e12 * 0.4 * SECONDS_PER_YEAR;
		expect(value('flops')).toContain(plain(formatNumber(flops, 'en')));
		const note = plain(document.querySelector('[data-key="flops"] .calc-note-line')?.textContent);
		expect(note).toContain('measured');
		expect(note).toContain('12 TFLOP/s');
		// FP16 was measured too: offered, and used.
		fireEvent.change(screen.getByLabelText(common.precision), { target: { value: 'fp16' } });
		expect(value('flops')).toContain(plain(formatNumber(20e12 * 0.4 * SECONDS_PER_YEAR, 'en')));
	});

	it('appears when the benchmark stores a result after the calculator loaded', async () => {
		mounts.train();
		await settled();
		expect(optionLabels()).not.toContain(common.measuredGpu);
		saveMeasuredGpu(MEASURED);
		await vi.waitFor(() => expect(optionLabels()).toContain(common.measuredGpu));
	});
});
