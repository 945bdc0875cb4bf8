/**
 * Inputs and their CPU float64 reference.
 *
 * Inputs are generated on the GPU by a hash of the element index (the same function in WGSL,
 * `inputWgsl`, and here, `inputValue`), so no large array is uploaded and the CPU can rebuild
 * any row it needs to check. Values are the integers −2, −1, 1, 2 (never 0, so no kernel can
 * skip work and no hardware can save power on zeros).
 *
 * Tolerance, justified: every product is an integer of magnitude ≤ 4 and every partial sum an
 * integer. A float with a p-bit significand holds every integer up to 2^p exactly (p = 24 for
 * fp32, 11 for fp16), so while the running sum stays within 2^p each addition is exact and the
 * result must equal the float64 reference bit for bit. Where a running sum passes 2^p, one
 * addition can round by at most half a unit in the last place of that sum; the tolerance is the
 * sum of those half-units along the kernel's summation order (k ascending), doubled for
 * first-order effects. For fp32 this is 0 for any k ≤ 2^22; for fp16 accumulation it is 0 while
 * the running sum stays within ±2048, which random signs keep true at every size we run.
 */

export type MatPrecision = 'fp32' | 'fp16';

/** Seeds of the two input matrices: A (m×k, row-major) and Bᵀ (n×k, row-major). */
export const SEED_A = 1;
export const SEED_B = 2;

/** A 32-bit integer hash (lowbias32), exact in JavaScript and WGSL alike. */
export function hash32(x: number): number {
	x = x >>> 0;
	x ^= x >>> 16;
	x = Math.imul(x, 0x7feb352d) >>> 0;
	x ^= x >>> 15;
	x = Math.imul(x, 0x846ca68b) >>> 0;
	x ^= x >>> 16;
	return x >>> 0;
}

/** The input value at flat `index` of the matrix with `seed`: one of −2, −1, 1, 2. */
export function inputValue(seed: number, index: number): number {
	const q = hash32((index + Math.imul(seed, 0x9e3779b9)) >>> 0) & 3;
	return q - 2 + (q >= 2 ? 1 : 0);
}

/** WGSL of the same hash and value (functions `hash32` and `inputValue`). */
export const inputWgsl = /* wgsl */ `
fn hash32(v: u32) -> u32 {
	var x = v;
	x ^= x >> 16u;
	x *= 0x7feb352du;
	x ^= x >> 15u;
	x *= 0x846ca68bu;
	x ^= x >> 16u;
	return x;
}
fn inputValue(seed: u32, index: u32) -> f32 {
	let q = i32(hash32(index + seed * 0x9e3779b9u) & 3u);
	return f32(q - 2 + select(0, 1, q >= 2));
}
`;

/** Significand bits (with the implicit one) of the accumulator. */
const SIGNIFICAND: Record<MatPrecision, number> = { fp32: 24, fp16: 11 };

/** Half a unit in the last place of |x| in a float with `p` significand bits (0 where integers are exact). */
function halfUlp(x: number, p: number): number {
	const a = Math.abs(x);
	if (a < 2 ** p) return 0;
	return 2 ** (Math.floor(Math.log2(a)) - p);
}

export type Expected = { value: number; tolerance: number };

/**
 * Element (i, j) of C = A·B for k-long rows, in float64, with the tolerance a kernel
 * accumulating in `precision` must meet (see the file comment).
 */
export function expectedElement(
	i: number,
	j: number,
	k: number,
	precision: MatPrecision,
): Expected {
	const p = SIGNIFICAND[precision];
	let sum = 0;
	let rounding = 0;
	for (let t = 0; t < k; t++) {
		sum += inputValue(SEED_A, i * k + t) * inputValue(SEED_B, j * k + t);
		rounding += halfUlp(sum, p);
	}
	return { value: sum, tolerance: 2 * rounding };
}

export type Check = {
	ok: boolean;
	/** Elements compared. */
	checked: number;
	/** Elements outside tolerance (NaN and untouched sentinels included). */
	failures: number;
	/** Largest |GPU − reference| among finite results. */
	maxError: number;
	/** First failure, for the report: element, got, expected. */
	first?: { i: number; j: number; got: number; expected: number };
};

/**
 * Compares GPU results with the reference. `got(i, j)` reads the GPU's value; a NaN (the
 * sentinel the output was filled with, or a real NaN) always fails.
 */
export function checkElements(
	cells: readonly (readonly [number, number])[],
	expected: (i: number, j: number) => Expected,
	got: (i: number, j: number) => number,
): Check {
	let failures = 0;
	let maxError = 0;
	let first: Check['first'];
	for (const [i, j] of cells) {
		const { value, tolerance } = expected(i, j);
		const g = got(i, j);
		const error = Math.abs(g - value);
		if (Number.isFinite(g)) maxError = Math.max(maxError, error);
		if (!(error <= tolerance)) {
			failures++;
			first ??= { i, j, got: g, expected: value };
		}
	}
	return {
		ok: failures === 0 && cells.length > 0,
		checked: cells.length,
		failures,
		maxError,
		first,
	};
}

/**
 * The whole n×n×n reference, computed once and looked up (the small problem is checked for
 * every configuration).
 */
export function referenceMatrix(
	n: number,
	precision: MatPrecision,
): (i: number, j: number) => Expected {
	const a = Float64Array.from({ length: n * n }, (_, t) => inputValue(SEED_A, t));
	const b = Float64Array.from({ length: n * n }, (_, t) => inputValue(SEED_B, t));
	const p = SIGNIFICAND[precision];
	const values = new Float64Array(n * n);
	const tolerances = new Float64Array(n * n);
	for (let i = 0; i < n; i++)
		for (let j = 0; j < n; j++) {
			let sum = 0;
			let rounding = 0;
			for (let t = 0; t < n; t++) {
				sum += a[i * n + t]! * b[j * n + t]!;
				rounding += halfUlp(sum, p);
			}
			values[i * n + j] = sum;
			tolerances[i * n + j] = 2 * rounding;
		}
	return (i, j) => ({ value: values[i * n + j]!, tolerance: tolerances[i * n + j]! });
}

/** Every cell of an m×n matrix. */
export function allCells(m: number, n: number): [number, number][] {
	const cells: [number, number][] = [];
	for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) cells.push([i, j]);
	return cells;
}

/** `count` distinct-ish pseudo-random cells of an m×n matrix, always including the corners. */
export function sampleCells(m: number, n: number, count: number, seed = 7): [number, number][] {
	const cells: [number, number][] = [
		[0, 0],
		[0, n - 1],
		[m - 1, 0],
		[m - 1, n - 1],
	];
	for (let s = 0; cells.length < count; s++) {
		const h = hash32(s * 2654435761 + seed);
		cells.push([h % m, hash32(h) % n]);
	}
	return cells;
}

/** A half-precision (IEEE binary16) bit pattern as a number (NaN, infinities, subnormals included). */
export function halfToNumber(bits: number): number {
	const sign = bits & 0x8000 ? -1 : 1;
	const exp = (bits >> 10) & 0x1f;
	const frac = bits & 0x3ff;
	if (exp === 0) return sign * frac * 2 ** -24;
	if (exp === 31) return frac ? NaN : sign * Infinity;
	return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

/** Value the bandwidth kernels' source buffers hold at element `index` (u32 words as f32). */
export function streamValue(seed: number, index: number): number {
	return inputValue(seed, index);
}
