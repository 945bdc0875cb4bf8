/**
 * WGSL generated from parameters. Sizes are baked in as constants and the inner loops are
 * unrolled by this generator, so the compiler sees constant indices (Chrome's robustness
 * transform then has little left to clamp).
 *
 * Matrices: A is m×k row-major, B is stored pre-transposed as Bᵀ (n×k row-major, "K-major"),
 * C is m×n row-major. Both operands are then read along k with vec4 loads.
 */
import { inputWgsl, type MatPrecision } from './verify.ts';

/**
 * A tuned matmul: each workgroup computes a bm×bn block of C, stepping through k in slices
 * of bk held in workgroup memory (A and Bᵀ both stored k-major there); each thread keeps a
 * tm×tn tile of C in registers (vec4 accumulators along n).
 */
export type TunedConfig = {
	readonly bm: number;
	readonly bn: number;
	readonly bk: number;
	readonly tm: number;
	readonly tn: number;
};

/** Threads per workgroup of a tuned configuration. */
export function threadsOf(c: TunedConfig): number {
	return (c.bm / c.tm) * (c.bn / c.tn);
}

/** Workgroup memory (bytes) a tuned configuration needs. */
export function workgroupBytes(c: TunedConfig, precision: MatPrecision): number {
	return c.bk * (c.bm + c.bn) * (precision === 'fp32' ? 4 : 2);
}

/** Short label: "64×64×8 / 8×8". */
export function configLabel(c: TunedConfig): string {
	return `${c.bm}×${c.bn}×${c.bk} / ${c.tm}×${c.tn}`;
}

/** The configurations the autotune tries (from TF.js, gpu.cpp and siboehm's ladders). */
export const TUNED_CONFIGS: readonly TunedConfig[] = [
	{ bm: 32, bn: 32, bk: 8, tm: 4, tn: 4 },
	{ bm: 64, bn: 64, bk: 8, tm: 4, tn: 4 },
	{ bm: 64, bn: 64, bk: 8, tm: 8, tn: 8 },
	{ bm: 64, bn: 64, bk: 16, tm: 8, tn: 4 },
	{ bm: 128, bn: 64, bk: 8, tm: 8, tn: 8 },
	{ bm: 128, bn: 128, bk: 8, tm: 8, tn: 8 },
	{ bm: 128, bn: 128, bk: 16, tm: 8, tn: 8 },
];

/** Every matrix size the benchmark uses is a multiple of this (the largest block). */
export const SIZE_STEP = 128;

export type DeviceLimits = {
	maxComputeInvocationsPerWorkgroup: number;
	maxComputeWorkgroupStorageSize: number;
	maxComputeWorkgroupSizeX: number;
};

/** Why a configuration cannot run (or null): shape rules first, then the device's limits. */
export function configProblem(
	c: TunedConfig,
	precision: MatPrecision,
	limits: DeviceLimits,
): string | null {
	if (c.tn % 4 !== 0) return 'tn must be a multiple of 4 (vec4 accumulators)';
	if (c.tm % 4 !== 0) return 'tm must be a multiple of 4 (vec4 reads of A)';
	if (c.bm % c.tm || c.bn % c.tn) return 'bm and bn must be multiples of tm and tn';
	if (c.bk % 4 !== 0) return 'bk must be a multiple of 4 (vec4 loads along k)';
	if (SIZE_STEP % c.bm || SIZE_STEP % c.bn) return `bm and bn must divide ${SIZE_STEP}`;
	const threads = threadsOf(c);
	if (
		threads > limits.maxComputeInvocationsPerWorkgroup ||
		threads > limits.maxComputeWorkgroupSizeX
	)
		return `${threads} threads exceed the workgroup limit`;
	if (workgroupBytes(c, precision) > limits.maxComputeWorkgroupStorageSize)
		return 'not enough workgroup memory';
	return null;
}

export type Shape = { m: number; n: number; k: number };

function checkShape({ m, n, k }: Shape, c?: TunedConfig) {
	for (const [name, v] of Object.entries({ m, n, k }))
		if (!Number.isInteger(v) || v <= 0 || v % 4)
			throw new RangeError(`${name} must be a positive multiple of 4, got ${v}`);
	if (c && (m % c.bm || n % c.bn || k % c.bk))
		throw new RangeError(`${m}×${n}×${k} is not a multiple of the block ${configLabel(c)}`);
}

const u = (x: number) => `${x}u`;

/** The tuned kernel for one shape, configuration and precision. Dispatch `workgroupsOf`. */
export function tunedKernel(shape: Shape, c: TunedConfig, precision: MatPrecision): string {
	checkShape(shape, c);
	const { m, n, k } = shape;
	const T = precision === 'fp32' ? 'f32' : 'f16';
	const threads = threadsOf(c);
	const wx = c.bn / c.tn; // threads along n
	const bm4 = c.bm / 4;
	const bn4 = c.bn / 4;
	const tn4 = c.tn / 4;
	const tm4 = c.tm / 4;
	const lines: string[] = [];
	if (precision === 'fp16') lines.push('enable f16;');
	lines.push(
		`// C = A·B, ${m}×${n}×${k} ${precision}, block ${configLabel(c)}, ${threads} threads`,
		`@group(0) @binding(0) var<storage, read> a: array<vec4<${T}>>;`,
		`@group(0) @binding(1) var<storage, read> bt: array<vec4<${T}>>;`,
		`@group(0) @binding(2) var<storage, read_write> c: array<vec4<${T}>>;`,
		// k-major tiles: as_[kk * bm/4 + row/4][row % 4]
		`var<workgroup> as_: array<vec4<${T}>, ${c.bk * bm4}>;`,
		`var<workgroup> bs_: array<vec4<${T}>, ${c.bk * bn4}>;`,
		`@compute @workgroup_size(${threads})`,
		`fn main(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_index) li: u32) {`,
		`\tlet row0 = wg.y * ${u(c.bm)};`,
		`\tlet col0 = wg.x * ${u(c.bn)};`,
		`\tlet tx = li % ${u(wx)};`,
		`\tlet ty = li / ${u(wx)};`,
	);
	for (let i = 0; i < c.tm; i++)
		for (let j = 0; j < tn4; j++) lines.push(`\tvar c${i}_${j} = vec4<${T}>();`);
	lines.push(`\tfor (var kt = 0u; kt < ${u(k)}; kt += ${u(c.bk)}) {`);
	// Global → workgroup memory, k-major. A unit of work is 4 rows × 4 values of k: four vec4
	// loads along k, transposed in registers into four vec4s along rows, each stored whole (no
	// thread writes a single lane of a shared vec4, which some backends turn into a racy
	// read-modify-write). Units are spread over the threads; a remainder is guarded.
	const load = (tile: string, src: string, rows: number, first: string, rowVec: number) => {
		const units = (rows * c.bk) / 16;
		const k4 = k / 4;
		for (let s = 0; s * threads < units; s++) {
			const guard = (s + 1) * threads > units;
			const ind = guard ? '\t\t\t' : '\t\t';
			if (guard) lines.push(`\t\tif (li + ${u(s * threads)} < ${u(units)}) {`);
			lines.push(
				`${ind}{`,
				`${ind}\tlet l = li + ${u(s * threads)};`,
				`${ind}\tlet r4 = l / ${u(c.bk / 4)};`,
				`${ind}\tlet kc = l % ${u(c.bk / 4)};`,
				`${ind}\tlet g = (${first} + r4 * 4u) * ${u(k4)} + kt / 4u + kc;`,
				`${ind}\tlet v0 = ${src}[g];`,
				`${ind}\tlet v1 = ${src}[g + ${u(k4)}];`,
				`${ind}\tlet v2 = ${src}[g + ${u(2 * k4)}];`,
				`${ind}\tlet v3 = ${src}[g + ${u(3 * k4)}];`,
				`${ind}\tlet dst = kc * ${u(4 * rowVec)} + r4;`,
				`${ind}\t${tile}[dst] = vec4<${T}>(v0.x, v1.x, v2.x, v3.x);`,
				`${ind}\t${tile}[dst + ${u(rowVec)}] = vec4<${T}>(v0.y, v1.y, v2.y, v3.y);`,
				`${ind}\t${tile}[dst + ${u(2 * rowVec)}] = vec4<${T}>(v0.z, v1.z, v2.z, v3.z);`,
				`${ind}\t${tile}[dst + ${u(3 * rowVec)}] = vec4<${T}>(v0.w, v1.w, v2.w, v3.w);`,
				`${ind}}`,
			);
			if (guard) lines.push('\t\t}');
		}
	};
	load('as_', 'a', c.bm, 'row0', bm4);
	load('bs_', 'bt', c.bn, 'col0', bn4);
	lines.push('\t\tworkgroupBarrier();');
	// Unrolled over the bk slice: tm values of A, tn values of Bᵀ, tm × tn/4 vec4 FMAs.
	for (let kk = 0; kk < c.bk; kk++) {
		lines.push('\t\t{');
		for (let i4 = 0; i4 < tm4; i4++)
			lines.push(`\t\t\tlet a${i4} = as_[${kk * bm4}u + ty * ${u(tm4)} + ${u(i4)}];`);
		for (let j = 0; j < tn4; j++)
			lines.push(`\t\t\tlet b${j} = bs_[${kk * bn4}u + tx * ${u(tn4)} + ${u(j)}];`);
		for (let i = 0; i < c.tm; i++) {
			const ai = `a${i >> 2}.${'xyzw'[i & 3]}`;
			for (let j = 0; j < tn4; j++)
				lines.push(`\t\t\tc${i}_${j} = fma(vec4<${T}>(${ai}), b${j}, c${i}_${j});`);
		}
		lines.push('\t\t}');
	}
	lines.push('\t\tworkgroupBarrier();', '\t}');
	for (let i = 0; i < c.tm; i++)
		for (let j = 0; j < tn4; j++)
			lines.push(
				`\tc[(row0 + ty * ${u(c.tm)} + ${u(i)}) * ${u(n / 4)} + col0 / 4u + tx * ${u(tn4)} + ${u(j)}] = c${i}_${j};`,
			);
	lines.push('}');
	return lines.join('\n') + '\n';
}

/** Workgroups to dispatch for a tuned kernel: [x, y]. */
export function tunedWorkgroups({ m, n }: Shape, c: TunedConfig): [number, number] {
	return [n / c.bn, m / c.bm];
}

/** Side of the naive kernel's square workgroup. */
export const NAIVE_TILE = 8;

/**
 * The naive reference: one thread per element of C, a plain loop over k reading A and Bᵀ one
 * value at a time from global memory. No tiling, no vectors: the baseline the tuned kernels
 * are compared with.
 */
export function naiveKernel(shape: Shape, precision: MatPrecision): string {
	checkShape(shape);
	const { m, n, k } = shape;
	const T = precision === 'fp32' ? 'f32' : 'f16';
	return `${precision === 'fp16' ? 'enable f16;\n' : ''}// naive C = A·B, ${m}×${n}×${k} ${precision}
@group(0) @binding(0) var<storage, read> a: array<${T}>;
@group(0) @binding(1) var<storage, read> bt: array<${T}>;
@group(0) @binding(2) var<storage, read_write> c: array<${T}>;
@compute @workgroup_size(${NAIVE_TILE}, ${NAIVE_TILE})
fn main(@builtin(global_invocation_id) id: vec3<u32>) {
	let col = id.x;
	let row = id.y;
	if (row >= ${u(m)} || col >= ${u(n)}) { return; }
	var sum = ${T}(0);
	for (var t = 0u; t < ${u(k)}; t++) {
		sum = sum + a[row * ${u(k)} + t] * bt[col * ${u(k)} + t];
	}
	c[row * ${u(n)} + col] = sum;
}
`;
}

export function naiveWorkgroups({ m, n }: Shape): [number, number] {
	return [Math.ceil(n / NAIVE_TILE), Math.ceil(m / NAIVE_TILE)];
}

/** Threads per workgroup of the fill and bandwidth kernels. */
export const STREAM_THREADS = 256;
/** Workgroups of the grid-stride kernels (whatever the buffer size). */
export function streamWorkgroups(vec4Count: number): number {
	return Math.max(1, Math.min(4096, Math.ceil(vec4Count / STREAM_THREADS)));
}

/**
 * Fills `out` (u32 words) with inputs: fp32 words hold `inputValue(seed, i)`; fp16 words hold
 * two halves, elements 2i and 2i + 1. `sentinel` instead writes 0xFFFFFFFF everywhere (a NaN in
 * both precisions), so an element a kernel forgets to write fails verification.
 */
export function fillKernel(
	words: number,
	what: { seed: number; precision: MatPrecision } | 'sentinel',
): string {
	const stride = streamWorkgroups(Math.ceil(words / 4)) * STREAM_THREADS;
	const value =
		what === 'sentinel'
			? '0xffffffffu'
			: what.precision === 'fp32'
				? `bitcast<u32>(inputValue(${u(what.seed)}, i))`
				: `pack2x16float(vec2<f32>(inputValue(${u(what.seed)}, 2u * i), inputValue(${u(what.seed)}, 2u * i + 1u)))`;
	return `${inputWgsl}
@group(0) @binding(0) var<storage, read_write> out: array<u32>;
@compute @workgroup_size(${STREAM_THREADS})
fn main(@builtin(global_invocation_id) id: vec3<u32>) {
	for (var i = id.x; i < ${u(words)}; i += ${u(stride)}) {
		out[i] = ${value};
	}
}
`;
}

/**
 * Bandwidth kernels over `vec4Count` vec4<f32> per buffer, grid-stride:
 * copy `dst = src`; triad `dst = src + 2·src2` (exact for the small integer inputs).
 */
export function streamKernel(kernel: 'copy' | 'triad', vec4Count: number): string {
	const stride = streamWorkgroups(vec4Count) * STREAM_THREADS;
	const body = kernel === 'copy' ? 'src[i]' : 'src[i] + 2.0 * src2[i]';
	return `@group(0) @binding(0) var<storage, read> src: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read_write> dst: array<vec4<f32>>;
${kernel === 'triad' ? '@group(0) @binding(2) var<storage, read> src2: array<vec4<f32>>;\n' : ''}@compute @workgroup_size(${STREAM_THREADS})
fn main(@builtin(global_invocation_id) id: vec3<u32>) {
	for (var i = id.x; i < ${u(vec4Count)}; i += ${u(stride)}) {
		dst[i] = ${body};
	}
}
`;
}
