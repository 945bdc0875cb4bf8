/**
 * Checks what a kernel wrote: one dispatch over an output filled with the sentinel (NaN), then
 * every element or a sample read back and compared with the CPU reference of verify.ts.
 */
import type { RunContext } from './context.ts';
import type { Prepared } from './dispatch.ts';
import type { Verification } from './result.ts';
import {
	allCells,
	checkElements,
	expectedElement,
	halfToNumber,
	inputValue,
	referenceMatrix,
	sampleCells,
	type MatPrecision,
} from './verify.ts';

type Needs = Pick<RunContext, 'work' | 'opt'>;

/** The matmul check, with the full references it has computed (one per size and precision). */
export function matmulChecker({ work, opt }: Needs) {
	const references = new Map<string, ReturnType<typeof referenceMatrix>>();
	const reference = (n: number, precision: MatPrecision) => {
		const key = `${n}/${precision}`;
		let r = references.get(key);
		if (!r) references.set(key, (r = referenceMatrix(n, precision)));
		return r;
	};

	/** Runs matmul kernel `k` once over `c` (n×n) and checks it against the float64 reference. */
	return async (
		c: GPUBuffer,
		k: Prepared,
		n: number,
		precision: MatPrecision,
		full: boolean,
	): Promise<Verification> => {
		await work.fill(c, 'sentinel');
		await work.run(k);
		const bytes = precision === 'fp32' ? 4 : 2;
		const cells = full ? allCells(n, n) : sampleCells(n, n, opt.samples);
		let got: (i: number, j: number) => number;
		if (full) {
			const data = await work.readBack(c, [{ offset: 0, size: c.size }]);
			const f32 = new Float32Array(data);
			const u16 = new Uint16Array(data);
			got = (i, j) => (precision === 'fp32' ? f32[i * n + j]! : halfToNumber(u16[i * n + j]!));
		} else {
			const copies = cells.map(([i, j]) => ({
				offset: Math.floor(((i * n + j) * bytes) / 4) * 4,
				size: 4,
			}));
			const data = await work.readBack(c, copies);
			const f32 = new Float32Array(data);
			const u16 = new Uint16Array(data);
			const index = new Map(cells.map(([i, j], s) => [`${i},${j}`, s]));
			got = (i, j) => {
				const s = index.get(`${i},${j}`)!;
				return precision === 'fp32'
					? f32[s]!
					: halfToNumber(u16[2 * s + (((i * n + j) * 2) % 4 ? 1 : 0)]!);
			};
		}
		const expected = full
			? reference(n, precision)
			: (i: number, j: number) => expectedElement(i, j, n, precision);
		return { ...checkElements(cells, expected, got), size: n, mode: full ? 'full' : 'sampled' };
	};
}

/** Runs bandwidth kernel `k` once over `dst` and checks sampled words (copy and triad are exact). */
export async function checkStream(
	{ work, opt }: Needs,
	kernel: 'copy' | 'triad',
	k: Prepared,
	dst: GPUBuffer,
): Promise<Verification> {
	await work.fill(dst, 'sentinel');
	await work.run(k);
	const words = dst.size / 4;
	const cells = sampleCells(1, words, opt.samples).map(([, w]) => w);
	const data = new Float32Array(
		await work.readBack(
			dst,
			cells.map((w) => ({ offset: w * 4, size: 4 })),
		),
	);
	let failures = 0;
	let maxError = 0;
	let first: Verification['first'];
	cells.forEach((w, s) => {
		const expected = inputValue(3, w) + (kernel === 'triad' ? 2 * inputValue(4, w) : 0);
		const got = data[s]!;
		const error = Math.abs(got - expected);
		if (Number.isFinite(got)) maxError = Math.max(maxError, error);
		if (!(error === 0)) {
			failures++;
			first ??= { i: 0, j: w, got, expected };
		}
	});
	return {
		ok: failures === 0,
		checked: cells.length,
		failures,
		maxError,
		first,
		size: words / 4,
		mode: 'sampled',
	};
}
