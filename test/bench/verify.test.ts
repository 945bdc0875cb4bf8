import { describe, expect, it } from 'vitest';
import {
	SEED_A,
	SEED_B,
	allCells,
	checkElements,
	expectedElement,
	halfToNumber,
	hash32,
	inputValue,
	referenceMatrix,
	sampleCells,
} from '../../src/bench/verify.ts';

describe('inputs', () => {
	it('lowbias32 keeps 0 at 0 and stays within 32 bits', () => {
		expect(hash32(0)).toBe(0);
		for (const x of [1, 2, 0xffffffff, 123456789]) {
			const h = hash32(x);
			expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true);
		}
	});

	it('values are −2, −1, 1 or 2, about a quarter each, never 0', () => {
		const counts = new Map<number, number>();
		for (let i = 0; i < 4000; i++) {
			const v = inputValue(SEED_A, i);
			counts.set(v, (counts.get(v) ?? 0) + 1);
		}
		expect([...counts.keys()].sort()).toEqual([-1, -2, 1, 2].sort());
		for (const c of counts.values()) {
			expect(c).toBeGreaterThan(800);
			expect(c).toBeLessThan(1200);
		}
		// The two matrices differ.
		const same = Array.from(
			{ length: 1000 },
			(_, i) => inputValue(SEED_A, i) === inputValue(SEED_B, i),
		);
		expect(same.filter(Boolean).length).toBeLessThan(400);
	});
});

describe('reference and tolerance', () => {
	it('an element is the float64 dot product of row i of A and row j of Bᵀ', () => {
		const k = 8;
		let sum = 0;
		for (let t = 0; t < k; t++)
			sum += inputValue(SEED_A, 3 * k + t) * inputValue(SEED_B, 5 * k + t);
		expect(expectedElement(3, 5, k, 'fp32').value).toBe(sum);
	});

	it('FP32 must be exact: integer sums of magnitude ≤ 4·k stay below 2²⁴', () => {
		for (const [i, j] of sampleCells(4096, 4096, 8))
			expect(expectedElement(i, j, 4096, 'fp32').tolerance).toBe(0);
	});

	it('FP16 must be exact while the running sum stays within ±2048 (2¹¹)', () => {
		// k = 128: |sum| ≤ 4 · 128 = 512 whatever the signs.
		const ref = referenceMatrix(128, 'fp16');
		for (const [i, j] of allCells(128, 128)) expect(ref(i, j).tolerance).toBe(0);
	});

	it('the whole-matrix reference agrees with the per-element one', () => {
		const ref = referenceMatrix(16, 'fp32');
		for (const [i, j] of sampleCells(16, 16, 20))
			expect(ref(i, j)).toEqual(expectedElement(i, j, 16, 'fp32'));
	});

	it('checkElements passes exact results and fails a wrong value, a NaN sentinel, an empty check', () => {
		const k = 16;
		const ref = referenceMatrix(k, 'fp32');
		const cells = allCells(k, k);
		expect(checkElements(cells, ref, (i, j) => ref(i, j).value).ok).toBe(true);
		const offByOne = checkElements(
			cells,
			ref,
			(i, j) => ref(i, j).value + (i === 2 && j === 7 ? 1 : 0),
		);
		expect(offByOne).toMatchObject({ ok: false, failures: 1, maxError: 1, checked: 256 });
		expect(offByOne.first).toMatchObject({ i: 2, j: 7 });
		const untouched = checkElements(cells, ref, (i, j) =>
			i === 0 && j === 0 ? Number.NaN : ref(i, j).value,
		);
		expect(untouched.ok).toBe(false);
		expect(untouched.failures).toBe(1);
		expect(checkElements([], ref, () => 0).ok).toBe(false);
	});

	it('sampled cells include the four corners and stay inside the matrix', () => {
		const cells = sampleCells(300, 200, 64);
		expect(cells).toHaveLength(64);
		expect(cells.slice(0, 4)).toEqual([
			[0, 0],
			[0, 199],
			[299, 0],
			[299, 199],
		]);
		for (const [i, j] of cells) expect(i >= 0 && i < 300 && j >= 0 && j < 200).toBe(true);
	});
});

describe('half precision', () => {
	it('decodes IEEE binary16 bit patterns', () => {
		expect(halfToNumber(0x3c00)).toBe(1);
		expect(halfToNumber(0xc000)).toBe(-2);
		expect(halfToNumber(0x7bff)).toBe(65504); // largest finite half
		expect(halfToNumber(0x0001)).toBe(2 ** -24); // smallest subnormal
		expect(halfToNumber(0x7c00)).toBe(Infinity);
		expect(halfToNumber(0x7e00)).toBeNaN();
		expect(halfToNumber(0xffff)).toBeNaN(); // the sentinel
		expect(halfToNumber(0x6800)).toBe(2048);
	});
});
