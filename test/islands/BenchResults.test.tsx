/**
 * The benchmark's results card with made-up results: a figure that failed verification shows
 * the failure and no number; verified figures are formatted for the locale; the share of a
 * catalogue GPU's datasheet peak is computed from the figures (hand calculation below).
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { toCatalog } from '../../src/bench/catalog.ts';
import type { BenchResult, Measurement } from '../../src/bench/result.ts';
import { gpus } from '../../src/data/index.ts';
import BenchResults from '../../src/benchmark-page/BenchResults.tsx';
import { benchStrings } from '../../src/i18n/benchmark.ts';

const plain = (text: string | null | undefined) =>
	(text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f\u061c\u2066-\u2069]/g, '');

function measurement(kernel: Measurement['kernel'], perSecond: number, ok: boolean): Measurement {
	return {
		kernel,
		precision: kernel === 'copy' || kernel === 'triad' ? null : 'fp32',
		config: kernel === 'tuned' ? { bm: 64, bn: 64, bk: 8, tm: 8, tn: 8 } : null,
		size: kernel === 'copy' || kernel === 'triad' ? 256 * 2 ** 20 : 4096,
		amountPerDispatch: 1,
		dispatchesPerPass: 10,
		warmupPasses: 3,
		stable: true,
		passesMs: [1, 1, 1],
		medianMs: 1,
		bestMs: 1,
		cv: 0.01,
		medianPerSecond: perSecond,
		bestPerSecond: perSecond * 1.02,
		verification: {
			ok,
			checked: 256,
			failures: ok ? 0 : 3,
			maxError: ok ? 0 : 5,
			size: 4096,
			mode: 'sampled',
		},
	};
}

function result(fp32ok: boolean): BenchResult {
	return {
		format: 'can-i-train-it/benchmark',
		version: 1,
		date: '2026-12-02T14:00:00.000Z',
		userAgent: 'test',
		adapter: {
			vendor: 'nvidia',
			architecture: 'lovelace',
			device: '',
			description: '',
			renderer: null,
			isFallbackAdapter: false,
			software: false,
			name: 'NVIDIA GeForce RTX 4090',
		},
		features: ['timestamp-query'],
		limits: {},
		timer: { kind: 'timestamp-query', quantized: true, quantumNs: 100_000 },
		matmul: {
			fp32: measurement('tuned', 41.3e12, fp32ok),
			fp16: null,
			fp16Skipped: 'this adapter has no shader-f16',
			naive: measurement('naive', 1e12, true),
			naiveCheck: { ok: true, checked: 16384, failures: 0, maxError: 0, size: 128, mode: 'full' },
			tunedAtNaiveSize: measurement('tuned', 41.3e12, fp32ok),
			speedup: 41.3,
			tuning: [],
			tuningFp16: [],
			probe: { tuned: [{ n: 4096, flopsPerSecond: 41.3e12 }], naive: [] },
		},
		bandwidth: { copy: measurement('copy', 900e9, true), triad: measurement('triad', 910e9, true) },
		verified: fp32ok,
		seconds: 12,
	};
}

const catalog = toCatalog(gpus);
const en = benchStrings.en;

function mount(
	fp32ok: boolean,
	onUse: (result: BenchResult, catalogId?: string) => void = () => {},
) {
	render(
		<BenchResults
			locale="en"
			strings={en}
			result={result(fp32ok)}
			catalog={catalog}
			initialMatch="rtx-4090"
			gpt2Flop={1.86e18}
			onUse={onUse}
		/>,
	);
	return (name: string) => plain(document.querySelector(`tr[data-figure="${name}"]`)?.textContent);
}

afterEach(cleanup);

describe('BenchResults', () => {
	it('verified figures are shown, formatted, with the datasheet share', () => {
		const row = mount(true);
		expect(row('fp32')).toContain('41.3 TFLOP/s');
		expect(row('fp32')).toContain(en.results.verified);
		expect(row('copy')).toContain('900 GB/s');
		expect(row('fp16')).toContain(en.results.noFp16);
		// 41.3 / 82.6 TFLOP/s (RTX 4090 datasheet FP32) = 50 %; 900 / 1008 GB/s = 89 %.
		const shares = plain(document.querySelector('.bench-shares')?.textContent);
		expect(shares).toContain('50% of the NVIDIA GeForce RTX 4090 datasheet FP32 peak');
		expect(shares).toContain('Bandwidth: 89% of its 1.01 TB/s');
		// The timer's rounding step: 100,000 ns = 100 µs.
		expect(plain(document.querySelector('.bench-details')?.textContent)).toContain('100 µs');
	});

	it('a figure that failed verification shows the failure, never a number, and cannot be used', () => {
		const row = mount(false);
		expect(row('fp32')).toContain(en.results.failed);
		expect(row('fp32')).toBe(`${en.results.fp32}${en.results.failed}`);
		expect(row('speedup')).toBe(`${en.results.speedup}—`);
		expect(screen.queryByRole('button', { name: en.actions.use })).toBeNull();
		expect(document.querySelector('.bench-meaning')).toBeNull();
	});

	it('"use in the calculators" passes the catalogue GPU the reader picked', () => {
		const calls: (string | undefined)[] = [];
		mount(true, (_result: BenchResult, id?: string) => void calls.push(id));
		fireEvent.change(screen.getByLabelText(en.catalog.label), { target: { value: 'rtx-4080' } });
		fireEvent.click(screen.getByRole('button', { name: en.actions.use }));
		expect(calls).toEqual(['rtx-4080']);
	});
});
