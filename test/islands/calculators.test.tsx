/**
 * Component tests of the compute-budget, compute-optimal, run-planner and quick-answer islands:
 * their results match published figures or hand calculations written here (the models' own
 * tests, in models/, check each calculation).
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SECONDS_PER_YEAR } from '../../src/core/index.ts';
import { formatNumber, formatPercent } from '../../src/format/index.ts';
import { gpuOptions, knownRuns, modelOptions } from '../../src/calculators/shared/catalog.ts';
import ComputeBudget from '../../src/calculators/compute-budget/ComputeBudget.tsx';
import ComputeOptimal from '../../src/calculators/compute-optimal/ComputeOptimal.tsx';
import QuickAnswer from '../../src/calculators/quick-answer/QuickAnswer.tsx';
import RunPlanner from '../../src/calculators/run-planner/RunPlanner.tsx';
import { budgetStrings } from '../../src/i18n/calculators/budget.ts';
import { commonStrings } from '../../src/i18n/calculators/common.ts';
import { optimalStrings } from '../../src/i18n/calculators/optimal.ts';
import { planStrings } from '../../src/i18n/calculators/plan.ts';
import { trainStrings } from '../../src/i18n/calculators/train.ts';

const plain = (text: string | null | undefined) =>
	(text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f\u061c]/g, '');
/** Hydrated: the no-JavaScript note is gone and the link has been read. */
const hydrated = () => vi.waitFor(() => expect(document.querySelector('.calc-nojs')).toBeNull());
const gpus = gpuOptions();
const models = modelOptions();
const runs = knownRuns();
const value = (key: string) =>
	plain(document.querySelector(`[data-key="${key}"] .calc-value`)?.textContent);
const noBadText = () => expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);

beforeEach(() => history.replaceState(null, '', '/en/calculators/'));
afterEach(cleanup);

describe('ComputeBudget', () => {
	const mount = (locale: 'en' | 'fr' = 'en', inputs = {}) =>
		render(
			<ComputeBudget
				locale={locale}
				common={commonStrings[locale]}
				strings={budgetStrings[locale]}
				gpus={gpus}
				runs={runs}
				inputs={inputs}
			/>,
		);

	it('the GPT-3.5 note: one RTX 4070 Ti, FP32 at 90 % for a year ≈ 1.14e21 FLOP, 0.36 % of GPT-3', async () => {
		mount('en', { gpuId: 'rtx-4070-ti', precision: 'fp32', mfu: 90, seconds: SECONDS_PER_YEAR });
		await hydrated();
		// 7,680 cores × 2 × 2.61 GHz = 40.09 TFLOP/s; × 0.9 × 31,557,600 s = 1.1386e21
		expect(value('flops')).toBe('1.14 × 10²¹ FLOP (1.14 ZFLOP)');
		// GPT-3 175B: 6 × 174.6e9 × 300e9 = 3.143e23; 1.1386e21 / 3.143e23 = 0.362 %
		expect(value('share-gpt3-175b')).toBe('0.362%');
		noBadText();
	});

	it('exports its inputs and results as JSON and CSV when asked (the export code loads then)', async () => {
		const files: { name: string; type: string; text: Promise<string> }[] = [];
		const create = URL.createObjectURL;
		const click = HTMLAnchorElement.prototype.click;
		let blob: Blob | undefined;
		URL.createObjectURL = (b: Blob) => ((blob = b), 'blob:test');
		HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
			files.push({ name: this.download, type: blob!.type, text: blob!.text() });
		};
		try {
			mount('en', { gpuId: 'rtx-4070-ti', precision: 'fp32', mfu: 90, seconds: SECONDS_PER_YEAR });
			await hydrated();
			fireEvent.click(screen.getByRole('button', { name: commonStrings.en.exportJson }));
			fireEvent.click(screen.getByRole('button', { name: commonStrings.en.exportCsv }));
			await vi.waitFor(() => expect(files.length).toBe(2));
			expect(files.map((f) => [f.name, f.type])).toEqual([
				['compute-budget.json', 'application/json'],
				['compute-budget.csv', 'text/csv'],
			]);
			// 40.09 TFLOP/s (RTX 4070 Ti, FP32) × 0.9 × one year of seconds
			const flops = 40.0896e12 * 0.9 * SECONDS_PER_YEAR;
			const json = JSON.parse(await files[0].text);
			expect(json.calculator).toBe('compute-budget');
			expect(json.inputs).toMatchObject({ gpu: 'rtx-4070-ti', prec: 'fp32', mfu: '90' });
			const row = json.results.find((r: { key: string }) => r.key === 'flops');
			expect(row.value / flops).toBeCloseTo(1, 3);
			expect(plain(row.text)).toBe('1.14 × 10²¹ FLOP (1.14 ZFLOP)');
			const csv = (await files[1].text).split('\r\n');
			expect(csv[0]).toBe('kind,key,label,value,text');
			expect(csv).toContain('input,gpu,gpu,rtx-4070-ti,rtx-4070-ti');
			expect(plain(csv.find((l) => l.startsWith('result,flops,')))).toContain('1.14 × 10²¹ FLOP');
		} finally {
			URL.createObjectURL = create;
			HTMLAnchorElement.prototype.click = click;
		}
	});

	it('headings are consecutive: h3 title and h4 sub-heading in an article, h2 and h3 on its own page', async () => {
		const levels = () =>
			[...document.querySelectorAll('.calc :is(h2, h3, h4, h5)')].map((h) => h.tagName);
		mount();
		await hydrated();
		expect(levels()).toEqual(['H3', 'H4']);
		cleanup();
		render(
			<ComputeBudget
				level={2}
				locale="en"
				common={commonStrings.en}
				strings={budgetStrings.en}
				gpus={gpus}
				runs={runs}
			/>,
		);
		await hydrated();
		expect(levels()).toEqual(['H2', 'H3']);
	});

	it('explains the 40 % default only while the default is in use (a scenario at 90 % does not get it)', async () => {
		const why = commonStrings.en.mfuWhy;
		mount('en', { gpuId: 'rtx-4070-ti', precision: 'fp32', mfu: 90 });
		await hydrated();
		expect(document.body.textContent).not.toContain(why);
		const mfuField = screen.getByLabelText(commonStrings.en.mfu) as HTMLInputElement;
		fireEvent.input(mfuField, { target: { value: '40' } });
		expect(document.body.textContent).toContain(why);
		cleanup();
		mount('en');
		await hydrated();
		expect(document.body.textContent).toContain(why);
		fireEvent.input(screen.getByLabelText(commonStrings.en.mfu), { target: { value: '55' } });
		expect(document.body.textContent).not.toContain(why);
	});

	it('recomputes as you type, in French, and rejects bad durations next to the field', async () => {
		mount('fr', { gpuId: 'h100-sxm', precision: 'bf16' });
		await hydrated();
		const c = commonStrings.fr;
		const duration = screen.getByLabelText(budgetStrings.fr.duration) as HTMLInputElement;
		fireEvent.input(duration, { target: { value: '0,5' } });
		const h100 = gpus.find((g) => g.id === 'h100-sxm')!.peakFlopsPerSecond.bf16!;
		// 0.5 year × 40 % of the H100's dense BF16 peak
		const expected = h100 * 0.4 * 0.5 * SECONDS_PER_YEAR;
		expect(value('flops')).toContain(plain(formatNumber(expected, 'fr')));
		fireEvent.input(duration, { target: { value: '-1' } });
		expect(duration.getAttribute('aria-invalid')).toBe('true');
		expect(value('flops')).toBe('—');
		expect(plain(document.body.textContent)).toContain(c.notPositive);
		fireEvent.input(duration, { target: { value: '1e11' } }); // 1e11 years: beyond the core's limit
		expect(value('flops')).toBe('—');
		noBadText();
	});
});

describe('ComputeOptimal', () => {
	const mount = (inputs = {}) =>
		render(
			<ComputeOptimal
				locale="en"
				common={commonStrings.en}
				strings={optimalStrings.en}
				gpus={gpus}
				known={runs}
				inputs={inputs}
			/>,
		);

	it('Gopher’s budget, 5.76e23 FLOP: ~40 B under Hoffmann’s unrounded fit, 69.3 B by the 20-token rule', async () => {
		mount({ flops: 5.76e23 });
		await hydrated();
		// Hoffmann et al. 2022 project a 40 B model for Gopher's compute (approach 3).
		const hoffmann = Number(
			document.querySelector('[data-key="hoffmann-params"]')!.getAttribute('data-raw'),
		);
		expect(hoffmann).toBeGreaterThan(38e9);
		expect(hoffmann).toBeLessThan(42e9);
		expect(value('hoffmann-params')).toContain(plain(formatNumber(hoffmann, 'en')));
		// √(5.76e23 / 120) = 6.93e10 parameters, 20 × that = 1.39e12 tokens
		expect(value('tokens20-params')).toBe('6.93 × 10¹⁰ (69.3 B)');
		expect(value('tokens20-ratio')).toBe('20');
		noBadText();
	});

	it('a budget from hardware, and "—" with the reason for a bad one', async () => {
		mount({ gpuId: 'a100-80gb-sxm', precision: 'bf16', devices: 8, seconds: 86400 });
		await hydrated();
		// 8 × 312 TFLOP/s × 40 % × 86,400 s = 8.63e19 FLOP
		expect(value('budget')).toBe('8.63 × 10¹⁹ FLOP (86.3 EFLOP)');
		fireEvent.input(screen.getByLabelText(commonStrings.en.devices), { target: { value: 'x' } });
		expect(value('budget')).toBe('—');
		expect(value('epoch-params')).toBe('—');
		noBadText();
	});
});

describe('RunPlanner', () => {
	const mount = (inputs = {}) =>
		render(
			<RunPlanner
				locale="en"
				common={commonStrings.en}
				strings={planStrings.en}
				models={models}
				gpus={gpus}
				inputs={inputs}
			/>,
		);
	const note = {
		modelId: 'nanogpt-note-40m',
		gpuId: 'rtx-4070',
		microBatch: 16,
		context: 1024,
		gradAccum: 32,
		iters: 20000,
		datasetTokens: 3.68e9,
		secondsPerIter: 3.25,
		watts: 200,
	};

	it('the nanoGPT note: 524,288 tokens per iteration, 1.05e10 tokens, 2.85 epochs', async () => {
		mount(note);
		await hydrated();
		// 16 × 1024 × 32 = 524,288; × 20,000 = 10,485,760,000; / 3.68e9 = 2.849
		expect(value('tokensPerIter')).toBe('524,288');
		expect(value('totalTokens')).toBe('1.05 × 10¹⁰');
		expect(value('epochs')).toBe('2.85');
		// 3.25 s × 20,000 = 65,000 s = 18.1 hours; 200 W × 18.06 h = 3.61 kWh
		expect(value('time')).toBe('18.1 hours');
		expect(value('energy')).toBe('3.61 kWh');
		// The note's model: 12 layers of 384, vocab 50,304, no bias; without the position table
		// 50,304 × 384 + 12 × (12 × 384² + 2 × 384) + 384 = 40,560,000 parameters.
		expect(value('params')).toBe(plain(formatNumber(40_560_000, 'en')));
		// FLOP per token: 6 × 40,560,000 + 12 × 12 × 384 × 1024 = 299,983,104;
		// × 10,485,760,000 tokens = 3.1455e18 FLOP
		expect(value('flops')).toContain(plain(formatNumber(299_983_104 * 10_485_760_000, 'en')));
		// MFU on an RTX 4070 (58.3 TFLOP/s dense BF16): 299,983,104 × 524,288 / 3.25 s / 58.3e12
		expect(value('mfu')).toBe(plain(formatPercent((299_983_104 * 524_288) / 3.25 / 58.3e12, 'en')));
		noBadText();
	});

	it('gradient accumulation that does not split across GPUs, and an impossible step time', async () => {
		mount(note);
		await hydrated();
		const c = commonStrings.en;
		fireEvent.input(screen.getByLabelText(c.devices), { target: { value: '3' } });
		expect(plain(document.body.textContent)).toContain(c.core.gradAccum);
		expect(value('tokensPerIter')).toBe('—');
		fireEvent.input(screen.getByLabelText(c.devices), { target: { value: '1' } });
		fireEvent.input(screen.getByLabelText(planStrings.en.secondsPerIter), {
			target: { value: '0.001' },
		});
		expect(plain(document.body.textContent)).toContain(c.core.impossible);
		expect(value('mfu')).toBe('—');
		noBadText();
	});
});

describe('QuickAnswer', () => {
	const mount = (modelId = 'gpt2', gpuId = 'rtx-4090') =>
		render(
			<QuickAnswer
				locale="en"
				common={commonStrings.en}
				strings={trainStrings.en}
				models={models}
				gpus={gpus}
				modelId={modelId}
				gpuId={gpuId}
			/>,
		);

	it('GPT-2 small on an RTX 4090: yes, with the three numbers, and a link with the same choices', async () => {
		mount();
		await hydrated();
		expect(plain(document.querySelector('.calc-verdict')?.textContent)).toMatch(/^Yes: /);
		for (const key of ['flops', 'time', 'memory']) expect(value(key)).not.toBe('—');
		const link = new URL(
			(document.querySelector('a.calc-open') as HTMLAnchorElement).getAttribute('href')!,
			'http://x',
		);
		expect(link.pathname).toBe('/en/calculators/');
		expect(link.hash).toBe('#can-i-train-it');
		expect(link.searchParams.get('train.model')).toBe('gpt2');
		expect(link.searchParams.get('train.gpu')).toBe('rtx-4090');
		expect(link.searchParams.get('train.fit')).toBe('tokens20');
	});

	it('GPT-3 175B on one card: no; a parameter count works too, and a bad one says why', async () => {
		mount('gpt3-175b', 'h100-sxm');
		await hydrated();
		expect(plain(document.querySelector('.calc-verdict')?.textContent)).toMatch(/^No: /);
		fireEvent.change(screen.getByLabelText(trainStrings.en.quickModel), {
			target: { value: 'params' },
		});
		const params = screen.getByLabelText(trainStrings.en.quickParams) as HTMLInputElement;
		fireEvent.input(params, { target: { value: '124M' } });
		// 6 × 124e6 × (20 × 124e6) = 1.85e18 FLOP
		expect(value('flops')).toBe('1.85 × 10¹⁸ FLOP (1.85 EFLOP)');
		const link = new URL(
			(document.querySelector('a.calc-open') as HTMLAnchorElement).href,
			'http://x',
		);
		expect(link.searchParams.get('train.params')).toBe('124000000');
		fireEvent.input(params, { target: { value: 'lots' } });
		expect(params.getAttribute('aria-invalid')).toBe('true');
		expect(value('flops')).toBe('—');
		noBadText();
	});
});
