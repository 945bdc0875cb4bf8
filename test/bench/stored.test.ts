import { describe, expect, it } from 'vitest';
import {
	HISTORY_KEY,
	HISTORY_LIMIT,
	MEASURED_KEY,
	addToHistory,
	clearMeasuredGpu,
	hasUnreadableData,
	parseMeasuredGpu,
	readHistory,
	readMeasuredGpu,
	saveMeasuredGpu,
	type KeyValueStore,
	type MeasuredGpu,
} from '../../src/bench/stored.ts';
import { toMeasuredGpu, type BenchResult, type Measurement } from '../../src/bench/result.ts';

function memoryStore(
	initial: Record<string, string> = {},
): KeyValueStore & { data: Map<string, string> } {
	const data = new Map(Object.entries(initial));
	return {
		data,
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => void data.set(k, v),
		removeItem: (k) => void data.delete(k),
	};
}

const throwing: KeyValueStore = {
	getItem: () => {
		throw new Error('SecurityError');
	},
	setItem: () => {
		throw new Error('QuotaExceededError');
	},
	removeItem: () => {
		throw new Error('SecurityError');
	},
};

const gpu: MeasuredGpu = {
	name: 'NVIDIA GeForce RTX 4070',
	date: '2026-12-02T14:00:00.000Z',
	fp32FlopsPerSecond: 11.2e12,
	fp16FlopsPerSecond: 19.5e12,
	bandwidthBytesPerSecond: 450e9,
	software: false,
	catalogId: 'rtx-4070',
};

describe('stored measured GPU', () => {
	it('round-trips through storage', () => {
		const store = memoryStore();
		expect(readMeasuredGpu(store)).toBeNull();
		expect(saveMeasuredGpu(gpu, store)).toBe(true);
		expect(readMeasuredGpu(store)).toEqual(gpu);
		clearMeasuredGpu(store);
		expect(readMeasuredGpu(store)).toBeNull();
	});

	it('reads corrupt or outdated data as nothing stored', () => {
		for (const raw of [
			'{',
			'null',
			'42',
			'"x"',
			'[]',
			'{"name":"x"}',
			JSON.stringify({ ...gpu, date: 'yesterday' }),
		])
			expect(readMeasuredGpu(memoryStore({ [MEASURED_KEY]: raw })), raw).toBeNull();
		for (const fp32 of [0, -1, Number.NaN, Infinity, '11e12', null])
			expect(parseMeasuredGpu({ ...gpu, fp32FlopsPerSecond: fp32 }), String(fp32)).toBeNull();
	});

	it('drops bad optional fields instead of failing', () => {
		const parsed = parseMeasuredGpu({
			...gpu,
			fp16FlopsPerSecond: Number.NaN,
			bandwidthBytesPerSecond: -5,
			catalogId: '<script>',
			software: 'yes',
		});
		expect(parsed).toEqual({
			name: gpu.name,
			date: gpu.date,
			fp32FlopsPerSecond: gpu.fp32FlopsPerSecond,
			software: false,
		});
	});

	it('never throws when storage is blocked or full', () => {
		expect(readMeasuredGpu(throwing)).toBeNull();
		expect(saveMeasuredGpu(gpu, throwing)).toBe(false);
		expect(() => clearMeasuredGpu(throwing)).not.toThrow();
		expect(readMeasuredGpu(null)).toBeNull();
		expect(saveMeasuredGpu(gpu, null)).toBe(false);
		expect(readHistory(throwing)).toEqual([]);
	});

	it('refuses to store an invalid result', () => {
		const store = memoryStore();
		expect(saveMeasuredGpu({ ...gpu, fp32FlopsPerSecond: Number.NaN }, store)).toBe(false);
		expect(store.data.size).toBe(0);
	});
});

describe('unreadable data', () => {
	it('is noticed, so the page can say so', () => {
		expect(hasUnreadableData(memoryStore())).toBe(false);
		expect(hasUnreadableData(memoryStore({ [MEASURED_KEY]: JSON.stringify(gpu) }))).toBe(false);
		expect(hasUnreadableData(memoryStore({ [MEASURED_KEY]: '{"name": 3' }))).toBe(true);
		expect(hasUnreadableData(memoryStore({ [HISTORY_KEY]: '[{"id": 1}]' }))).toBe(true);
		expect(
			hasUnreadableData(memoryStore({ [HISTORY_KEY]: JSON.stringify([{ id: 'a', ...gpu }]) })),
		).toBe(false);
		expect(hasUnreadableData(throwing)).toBe(false);
	});
});

describe('history', () => {
	it('newest first, at most HISTORY_LIMIT, corrupt entries skipped', () => {
		const store = memoryStore();
		for (let i = 0; i < HISTORY_LIMIT + 3; i++)
			addToHistory({ ...gpu, date: new Date(Date.UTC(2026, 0, 1 + i)).toISOString() }, store);
		const history = readHistory(store);
		expect(history).toHaveLength(HISTORY_LIMIT);
		expect(history[0]!.date).toBe('2026-01-13T00:00:00.000Z');
		const mixed = memoryStore({
			[HISTORY_KEY]: JSON.stringify([
				null,
				'x',
				{ id: 'a', ...gpu },
				{ ...gpu },
				{ id: 'b', name: '' },
			]),
		});
		expect(readHistory(mixed).map((h) => h.id)).toEqual(['a']);
		expect(readHistory(memoryStore({ [HISTORY_KEY]: '{not json' }))).toEqual([]);
	});
});

describe('from a benchmark result to what the calculators get', () => {
	const measurement = (ok: boolean, perSecond: number): Measurement =>
		({ medianPerSecond: perSecond, verification: { ok } }) as Measurement;
	const result = (fp32ok: boolean, fp16ok: boolean, copyOk: boolean) =>
		({
			date: gpu.date,
			adapter: { name: 'google swiftshader', software: true },
			matmul: { fp32: measurement(fp32ok, 1e9), fp16: measurement(fp16ok, 2e9) },
			bandwidth: { copy: measurement(copyOk, 3e9) },
		}) as unknown as BenchResult;

	it('only verified figures pass', () => {
		expect(toMeasuredGpu(result(true, true, true))).toEqual({
			name: 'google swiftshader',
			date: gpu.date,
			fp32FlopsPerSecond: 1e9,
			fp16FlopsPerSecond: 2e9,
			bandwidthBytesPerSecond: 3e9,
			software: true,
		});
		expect(toMeasuredGpu(result(true, false, false))).toEqual({
			name: 'google swiftshader',
			date: gpu.date,
			fp32FlopsPerSecond: 1e9,
			software: true,
		});
		expect(toMeasuredGpu(result(false, true, true))).toBeNull();
	});
});
