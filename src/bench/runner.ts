/**
 * The benchmark itself, on any WebGPU implementation (a browser's `navigator.gpu`, or Dawn's
 * Node bindings for `npm run bench:native`): verify every kernel at a small size, probe the
 * problem size, autotune the matmul configuration, time tuned and naive FP32 kernels, FP16
 * where the adapter has shader-f16, and copy/triad bandwidth. Every submit stays under the
 * submit budget; cancellation, a lost device and out-of-memory end the run with a BenchError.
 */
import { identify } from './adapter.ts';
import { matmulFlop, ratePerSecond, streamBytes } from './counting.ts';
import {
	TUNED_CONFIGS,
	configLabel,
	configProblem,
	fillKernel,
	naiveKernel,
	naiveWorkgroups,
	streamKernel,
	streamWorkgroups,
	tunedKernel,
	tunedWorkgroups,
	type DeviceLimits,
	type TunedConfig,
} from './kernels.ts';
import type {
	BenchResult,
	Measurement,
	Point,
	Timer,
	TuningEntry,
	Verification,
} from './result.ts';
import {
	MATMUL_SIZES,
	STREAM_BYTES,
	SUBMIT_BUDGET_MS,
	dispatchesPerPass,
	maxSizeForMemory,
	nextMatmulSize,
	nextStreamBytes,
} from './sizes.ts';
import { isWarm, summarize } from './stats.ts';
import {
	SEED_A,
	SEED_B,
	allCells,
	checkElements,
	expectedElement,
	halfToNumber,
	referenceMatrix,
	inputValue,
	sampleCells,
	type MatPrecision,
} from './verify.ts';

export type BenchErrorKind =
	'no-adapter' | 'device-lost' | 'out-of-memory' | 'cancelled' | 'failed';

/** Why a run ended early. `kind` picks the message the page shows. */
export class BenchError extends Error {
	readonly kind: BenchErrorKind;
	constructor(kind: BenchErrorKind, message: string) {
		super(message);
		this.kind = kind;
		this.name = 'BenchError';
	}
}

export type Step = 'setup' | 'verify' | 'probe' | 'tune' | 'fp32' | 'naive' | 'fp16' | 'bandwidth';

/** Progress: the step, the share of the whole run done (0–1), and a detail line (English, for logs). */
export type Progress = { step: Step; fraction: number; detail: string };

export type RunOptions = {
	/** Largest matrix side (default 8192). */
	maxSize?: number;
	/** A single dispatch must stay under this (ms) for the probe to grow the size (default 60). */
	dispatchBudgetMs?: number;
	/** Target length of a timed pass, ms (default 100, never over SUBMIT_BUDGET_MS). */
	passMs?: number;
	/** Measured passes after warm-up (default 7). */
	measuredPasses?: number;
	/** Warm-up passes at most (default 10). */
	maxWarmupPasses?: number;
	/** Time the autotune may take, ms (default 2000). */
	tuneBudgetMs?: number;
	/** Side of the fully verified small problem (default 128). */
	verifySize?: number;
	/** Elements checked at the timed size (default 256). */
	samples?: number;
	/** Largest bandwidth buffer, bytes (default 256 MiB). */
	maxStreamBytes?: number;
	/** Largest share of the adapter's maxBufferSize-based budget for matmul memory (bytes, default 1.5 GiB). */
	maxMatmulBytes?: number;
	/** Configurations to try (default TUNED_CONFIGS). */
	configs?: readonly TunedConfig[];
	/** Keeps only the configurations this accepts (quick runs skip the slow-to-compile large ones). */
	configFilter?: (config: TunedConfig) => boolean;
	/** Run FP16 where available (default true). */
	fp16?: boolean;
	/** WebGL renderer string (the browser passes it; Node has none). */
	renderer?: string | null;
	userAgent?: string;
	signal?: AbortSignal;
	onProgress?: (p: Progress) => void;
	/** Resolves when the page is visible again (hidden tabs pause between passes). */
	waitUntilVisible?: () => Promise<void>;
	/** Called with the device once it exists (tests and tools). */
	onDevice?: (device: GPUDevice) => void;
};

const MiB = 2 ** 20;

/** WebGPU's buffer usage flags and map mode (spec values; Node has no GPUBufferUsage global). */
const USAGE = { MAP_READ: 0x1, COPY_SRC: 0x4, COPY_DST: 0x8, STORAGE: 0x80, QUERY_RESOLVE: 0x200 };
const MAP_READ = 0x1;

type Prepared = {
	pipeline: GPUComputePipeline;
	bindGroup: GPUBindGroup;
	workgroups: [number, number];
};

/**
 * The largest step every timestamp is a multiple of (their greatest common divisor, capped at
 * 1 s): 65,536 ns where Dawn masks the low 16 bits, 100,000 ns for a 100 µs rounding, 1 for raw
 * counters.
 */
export function timestampStep(stamps: readonly bigint[]): bigint {
	let g = 0n;
	for (const s of stamps) {
		let a = s < 0n ? -s : s;
		let b = g;
		while (b) [a, b] = [b, a % b];
		g = a;
		if (g === 1n) break;
	}
	return g === 0n ? 1n : g > 1_000_000_000n ? 1_000_000_000n : g;
}

/** Runs the whole benchmark on `gpu`. Throws BenchError. */
export async function runBenchmark(gpu: GPU, options: RunOptions = {}): Promise<BenchResult> {
	const started = performance.now();
	const opt = {
		maxSize: options.maxSize ?? 8192,
		dispatchBudgetMs: options.dispatchBudgetMs ?? 60,
		passMs: Math.min(options.passMs ?? 100, SUBMIT_BUDGET_MS),
		measuredPasses: options.measuredPasses ?? 7,
		maxWarmupPasses: options.maxWarmupPasses ?? 10,
		tuneBudgetMs: options.tuneBudgetMs ?? 2000,
		verifySize: options.verifySize ?? 128,
		samples: options.samples ?? 256,
		maxStreamBytes: options.maxStreamBytes ?? 256 * MiB,
		maxMatmulBytes: options.maxMatmulBytes ?? 1536 * MiB,
		configs: (options.configs ?? TUNED_CONFIGS).filter(options.configFilter ?? (() => true)),
		fp16: options.fp16 ?? true,
	};
	const progress = (step: Step, fraction: number, detail: string) =>
		options.onProgress?.({ step, fraction: Math.min(1, Math.max(0, fraction)), detail });

	progress('setup', 0, 'requesting adapter');
	const adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
	if (!adapter) throw new BenchError('no-adapter', 'WebGPU is present but gave no adapter');
	const wanted: GPUFeatureName[] = ['timestamp-query', 'shader-f16'];
	const requiredFeatures = wanted.filter((f) => adapter.features.has(f));
	const limitNames = [
		'maxStorageBufferBindingSize',
		'maxBufferSize',
		'maxComputeWorkgroupStorageSize',
		'maxComputeInvocationsPerWorkgroup',
		'maxComputeWorkgroupSizeX',
		'maxComputeWorkgroupSizeY',
		'maxComputeWorkgroupsPerDimension',
	] as const;
	const requiredLimits: Record<string, number> = {};
	for (const name of limitNames) requiredLimits[name] = adapter.limits[name];
	let device: GPUDevice;
	try {
		device = await adapter.requestDevice({ requiredFeatures, requiredLimits });
	} catch (error) {
		throw new BenchError('failed', `requestDevice failed: ${(error as Error).message}`);
	}
	options.onDevice?.(device);
	const info = adapter.info ?? device.adapterInfo;
	const identity = identify(
		{
			vendor: info?.vendor,
			architecture: info?.architecture,
			device: info?.device,
			description: info?.description,
			isFallbackAdapter:
				(info as { isFallbackAdapter?: boolean } | undefined)?.isFallbackAdapter ??
				(adapter as { isFallbackAdapter?: boolean }).isFallbackAdapter,
		},
		options.renderer ?? null,
	);
	const limits: Record<string, number> = {};
	for (const name of limitNames) limits[name] = device.limits[name];
	const deviceLimits: DeviceLimits = device.limits;

	// A lost device, a cancel or an uncaptured error ends whatever is being awaited.
	let stop: BenchError | null = null;
	let finished = false;
	let rejectStop: (e: BenchError) => void = () => {};
	const stopped = new Promise<never>((_, reject) => {
		rejectStop = reject;
	});
	stopped.catch(() => {});
	const halt = (e: BenchError) => {
		if (!stop) {
			stop = e;
			rejectStop(e);
		}
	};
	void device.lost.then((lost) => {
		if (lost.reason !== 'destroyed' || !finished)
			halt(new BenchError('device-lost', `device lost: ${lost.message || lost.reason}`));
	});
	device.addEventListener('uncapturederror', (event) => {
		const error = (event as GPUUncapturedErrorEvent).error;
		halt(
			error?.constructor?.name === 'GPUOutOfMemoryError'
				? new BenchError('out-of-memory', `out of memory: ${error.message}`)
				: new BenchError('failed', `WebGPU error: ${error.message}`),
		);
	});
	const onAbort = () => halt(new BenchError('cancelled', 'cancelled'));
	if (options.signal?.aborted) onAbort();
	options.signal?.addEventListener('abort', onAbort);
	const guard = <T>(p: Promise<T>): Promise<T> => Promise.race([p, stopped]);
	const checkpoint = async () => {
		if (stop) throw stop;
		if (options.waitUntilVisible) await guard(options.waitUntilVisible());
		if (stop) throw stop;
	};

	const timestamps = device.features.has('timestamp-query');
	const timer: Timer = {
		kind: timestamps ? 'timestamp-query' : 'wall-clock',
		quantized: null,
		quantumNs: null,
	};
	const stamps: bigint[] = [];
	const querySet = timestamps ? device.createQuerySet({ type: 'timestamp', count: 2 }) : null;
	const resolveBuffer = timestamps
		? device.createBuffer({ size: 16, usage: USAGE.QUERY_RESOLVE | USAGE.COPY_SRC })
		: null;
	const stampRead = timestamps
		? device.createBuffer({ size: 16, usage: USAGE.MAP_READ | USAGE.COPY_DST })
		: null;

	// ------------------------------------------------------------------ helpers

	const buffers = new Set<GPUBuffer>();
	/** Buffers made inside an out-of-memory error scope. */
	const allocate = async (sizes: number[], usage: number): Promise<GPUBuffer[]> => {
		device.pushErrorScope('out-of-memory');
		const made = sizes.map((size) => device.createBuffer({ size, usage }));
		const error = await guard(device.popErrorScope());
		made.forEach((b) => buffers.add(b));
		if (error) {
			release(...made);
			throw new BenchError(
				'out-of-memory',
				`out of memory allocating ${sizes.map((s) => `${Math.round(s / MiB)} MiB`).join(' + ')}`,
			);
		}
		return made;
	};
	const release = (...list: (GPUBuffer | undefined)[]) => {
		for (const b of list)
			if (b) {
				b.destroy();
				buffers.delete(b);
			}
	};

	const pipelines = new Map<string, Promise<GPUComputePipeline>>();
	const pipeline = (code: string): Promise<GPUComputePipeline> => {
		let p = pipelines.get(code);
		if (!p) {
			device.pushErrorScope('validation');
			const module = device.createShaderModule({ code });
			p = device
				.createComputePipelineAsync({ layout: 'auto', compute: { module, entryPoint: 'main' } })
				.catch(async (error: Error) => {
					const messages = (await module.getCompilationInfo()).messages
						.filter((m) => m.type === 'error')
						.map((m) => `${m.lineNum}:${m.linePos} ${m.message}`);
					throw new BenchError(
						'failed',
						`shader failed to compile: ${messages.join('; ') || error.message}`,
					);
				});
			void device.popErrorScope();
			pipelines.set(code, p);
		}
		return guard(p);
	};
	const prepare = async (
		code: string,
		bind: GPUBuffer[],
		workgroups: [number, number],
	): Promise<Prepared> => {
		const p = await pipeline(code);
		const bindGroup = device.createBindGroup({
			layout: p.getBindGroupLayout(0),
			entries: bind.map((buffer, binding) => ({ binding, resource: { buffer } })),
		});
		return { pipeline: p, bindGroup, workgroups };
	};
	const dispatch = (pass: GPUComputePassEncoder, k: Prepared, count: number) => {
		pass.setPipeline(k.pipeline);
		pass.setBindGroup(0, k.bindGroup);
		for (let i = 0; i < count; i++) pass.dispatchWorkgroups(k.workgroups[0], k.workgroups[1]);
	};
	const run = async (k: Prepared) => {
		const encoder = device.createCommandEncoder();
		const pass = encoder.beginComputePass();
		dispatch(pass, k, 1);
		pass.end();
		device.queue.submit([encoder.finish()]);
		await guard(device.queue.onSubmittedWorkDone());
	};

	/** Milliseconds per dispatch for `count` back-to-back dispatches in one pass. */
	const timePass = async (k: Prepared, count: number): Promise<number> => {
		await guard(device.queue.onSubmittedWorkDone());
		const encoder = device.createCommandEncoder();
		const pass = encoder.beginComputePass(
			querySet
				? { timestampWrites: { querySet, beginningOfPassWriteIndex: 0, endOfPassWriteIndex: 1 } }
				: undefined,
		);
		dispatch(pass, k, count);
		pass.end();
		const t0 = performance.now();
		device.queue.submit([encoder.finish()]);
		await guard(device.queue.onSubmittedWorkDone());
		const wallMs = (performance.now() - t0) / count;
		if (!querySet || !resolveBuffer || !stampRead) return wallMs;
		// Resolve in a command buffer of its own (works around a timestamp bug on Apple M3).
		const resolve = device.createCommandEncoder();
		resolve.resolveQuerySet(querySet, 0, 2, resolveBuffer, 0);
		resolve.copyBufferToBuffer(resolveBuffer, 0, stampRead, 0, 16);
		device.queue.submit([resolve.finish()]);
		await guard(stampRead.mapAsync(MAP_READ));
		const [begin, end] = new BigUint64Array(stampRead.getMappedRange().slice(0));
		stampRead.unmap();
		if (begin! > 0n) stamps.push(begin!, end!);
		const ns = Number(end! - begin!);
		// A counter reset or a zeroed timer gives a non-positive delta: use the wall clock for this pass.
		return ns > 0 ? ns / 1e6 / count : wallMs;
	};

	/** Reads `size` bytes of `source` from `offset`. */
	const readBack = async (
		source: GPUBuffer,
		copies: { offset: number; size: number }[],
	): Promise<ArrayBuffer> => {
		const total = copies.reduce((s, c) => s + c.size, 0);
		const [staging] = await allocate([total], USAGE.MAP_READ | USAGE.COPY_DST);
		const encoder = device.createCommandEncoder();
		let at = 0;
		for (const c of copies) {
			encoder.copyBufferToBuffer(source, c.offset, staging!, at, c.size);
			at += c.size;
		}
		device.queue.submit([encoder.finish()]);
		await guard(staging!.mapAsync(MAP_READ));
		const data = staging!.getMappedRange().slice(0);
		staging!.unmap();
		release(staging);
		return data;
	};

	const fill = async (target: GPUBuffer, what: Parameters<typeof fillKernel>[1]) => {
		const words = target.size / 4;
		await run(
			await prepare(fillKernel(words, what), [target], [streamWorkgroups(Math.ceil(words / 4)), 1]),
		);
	};

	// ------------------------------------------------------------------ matmul

	const elementBytes = (p: MatPrecision) => (p === 'fp32' ? 4 : 2);
	type Problem = { n: number; precision: MatPrecision; a: GPUBuffer; bt: GPUBuffer; c: GPUBuffer };
	const problems = new Map<string, Problem>();
	/** Inputs and output of an n×n×n problem (kept while the size is in use). */
	const problem = async (n: number, precision: MatPrecision): Promise<Problem> => {
		const key = `${n}/${precision}`;
		const cached = problems.get(key);
		if (cached) return cached;
		for (const [k, p] of problems) {
			// Keep at most two sizes alive.
			if (problems.size >= 2) {
				release(p.a, p.bt, p.c);
				problems.delete(k);
			}
		}
		const bytes = n * n * elementBytes(precision);
		const [a, bt] = await allocate([bytes, bytes], USAGE.STORAGE);
		const [c] = await allocate([bytes], USAGE.STORAGE | USAGE.COPY_SRC);
		await fill(a!, { seed: SEED_A, precision });
		await fill(bt!, { seed: SEED_B, precision });
		const p = { n, precision, a: a!, bt: bt!, c: c! };
		problems.set(key, p);
		return p;
	};
	const matmulKernel = async (
		n: number,
		precision: MatPrecision,
		config: TunedConfig | null,
	): Promise<Prepared> => {
		const p = await problem(n, precision);
		const shape = { m: n, n, k: n };
		return config
			? prepare(
					tunedKernel(shape, config, precision),
					[p.a, p.bt, p.c],
					tunedWorkgroups(shape, config),
				)
			: prepare(naiveKernel(shape, precision), [p.a, p.bt, p.c], naiveWorkgroups(shape));
	};

	const references = new Map<string, ReturnType<typeof referenceMatrix>>();
	const reference = (n: number, precision: MatPrecision) => {
		const key = `${n}/${precision}`;
		let r = references.get(key);
		if (!r) references.set(key, (r = referenceMatrix(n, precision)));
		return r;
	};

	/** Runs the kernel once over a sentinel-filled C and checks it against the float64 reference. */
	const verifyMatmul = async (
		n: number,
		precision: MatPrecision,
		config: TunedConfig | null,
		full: boolean,
	): Promise<Verification> => {
		const p = await problem(n, precision);
		const k = await matmulKernel(n, precision, config);
		await fill(p.c, 'sentinel');
		await run(k);
		const bytes = elementBytes(precision);
		const cells = full ? allCells(n, n) : sampleCells(n, n, opt.samples);
		let got: (i: number, j: number) => number;
		if (full) {
			const data = await readBack(p.c, [{ offset: 0, size: p.c.size }]);
			const f32 = new Float32Array(data);
			const u16 = new Uint16Array(data);
			got = (i, j) => (precision === 'fp32' ? f32[i * n + j]! : halfToNumber(u16[i * n + j]!));
		} else {
			const copies = cells.map(([i, j]) => ({
				offset: Math.floor(((i * n + j) * bytes) / 4) * 4,
				size: 4,
			}));
			const data = await readBack(p.c, copies);
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

	/** Warm-up until three passes agree within 2 %, then the measured passes. */
	const measure = async (
		k: Prepared,
		estimateMs: number,
		fractions: [number, number],
		step: Step,
	): Promise<
		Pick<
			Measurement,
			'dispatchesPerPass' | 'warmupPasses' | 'stable' | 'passesMs' | 'medianMs' | 'bestMs' | 'cv'
		>
	> => {
		let count = dispatchesPerPass(estimateMs, opt.passMs);
		const warm: number[] = [];
		const total = opt.maxWarmupPasses + opt.measuredPasses;
		const tick = (done: number) =>
			progress(
				step,
				fractions[0] + ((fractions[1] - fractions[0]) * done) / total,
				`${step}: pass ${done}`,
			);
		while (warm.length < opt.maxWarmupPasses && !isWarm(warm)) {
			await checkpoint();
			const ms = await timePass(k, count);
			// The first pass may show the estimate was off: resize passes, restart the comparison.
			const better = dispatchesPerPass(ms, opt.passMs);
			if (warm.length === 0 && (better > count * 1.5 || better < count / 1.5)) {
				count = better;
			}
			warm.push(ms);
			tick(warm.length);
		}
		const passes: number[] = [];
		for (let i = 0; i < opt.measuredPasses; i++) {
			await checkpoint();
			passes.push(await timePass(k, count));
			tick(opt.maxWarmupPasses + i + 1);
		}
		return {
			dispatchesPerPass: count,
			warmupPasses: warm.length,
			stable: isWarm(warm),
			passesMs: passes,
			...summarize(passes),
		};
	};

	const matmulMeasurement = async (
		n: number,
		precision: MatPrecision,
		config: TunedConfig | null,
		estimateMs: number,
		fractions: [number, number],
		step: Step,
	): Promise<Measurement> => {
		const k = await matmulKernel(n, precision, config);
		const timed = await measure(k, estimateMs, fractions, step);
		await checkpoint();
		const verification = await verifyMatmul(n, precision, config, n <= opt.verifySize);
		const amount = matmulFlop(n, n, n);
		return {
			kernel: config ? 'tuned' : 'naive',
			precision,
			config,
			size: n,
			amountPerDispatch: amount,
			...timed,
			medianPerSecond: ratePerSecond(amount, timed.medianMs),
			bestPerSecond: ratePerSecond(amount, timed.bestMs),
			verification,
		};
	};

	/** One dispatch's time, after one untimed dispatch (compilation and first-touch costs). */
	const single = async (k: Prepared) => {
		await run(k);
		return timePass(k, 1);
	};

	/** Grows n while one dispatch stays within the dispatch budget. Returns the size and the points seen. */
	const probe = async (
		precision: MatPrecision,
		config: TunedConfig | null,
		maxSize: number,
		fractions: [number, number],
		dispatchBudgetMs = opt.dispatchBudgetMs,
	) => {
		const points: Point[] = [];
		let n = MATMUL_SIZES[0]!;
		let ms = 0;
		for (;;) {
			await checkpoint();
			ms = await single(await matmulKernel(n, precision, config));
			points.push({ n, flopsPerSecond: ratePerSecond(matmulFlop(n, n, n), ms) });
			progress(
				'probe',
				fractions[0] + ((fractions[1] - fractions[0]) * points.length) / MATMUL_SIZES.length,
				`${config ? 'tuned' : 'naive'} ${n}: ${ms.toFixed(2)} ms`,
			);
			const next = nextMatmulSize(n, ms, { dispatchBudgetMs, maxSize });
			if (next === null) break;
			n = next;
		}
		return { n, ms, points };
	};

	/** Verifies every configuration at the small size, then times the survivors at n. */
	const tune = async (
		n: number,
		precision: MatPrecision,
		budgetMs: number,
		fractions: [number, number],
		first?: TunedConfig,
	) => {
		const entries: TuningEntry[] = [];
		const usable: TunedConfig[] = [];
		const checks = new Map<TunedConfig, Verification>();
		// The probe's configuration first: if time runs out, the known one has been timed.
		const order = first ? [first, ...opt.configs.filter((c) => c !== first)] : opt.configs;
		for (const config of order) {
			const problem = configProblem(config, precision, deviceLimits);
			if (problem) {
				entries.push({ config, ms: null, skipped: problem });
				continue;
			}
			await checkpoint();
			const check = await verifyMatmul(opt.verifySize, precision, config, true);
			checks.set(config, check);
			if (!check.ok)
				entries.push({
					config,
					ms: null,
					skipped: `failed verification (${check.failures} of ${check.checked})`,
					verification: check,
				});
			else usable.push(config);
		}
		const start = performance.now();
		let best: { config: TunedConfig; ms: number } | null = null;
		for (const [i, config] of usable.entries()) {
			if (i > 0 && performance.now() - start > budgetMs) {
				entries.push({
					config,
					ms: null,
					skipped: 'time budget spent',
					verification: checks.get(config),
				});
				continue;
			}
			await checkpoint();
			const k = await matmulKernel(n, precision, config);
			const first = await single(k);
			let ms = first;
			if (first <= opt.dispatchBudgetMs * 2) {
				const count = dispatchesPerPass(first, opt.passMs / 2);
				ms = Math.min(await timePass(k, count), await timePass(k, count));
			}
			entries.push({ config, ms, verification: checks.get(config) });
			if (!best || ms < best.ms) best = { config, ms };
			progress(
				'tune',
				fractions[0] + ((fractions[1] - fractions[0]) * (i + 1)) / usable.length,
				`${configLabel(config)}: ${ms.toFixed(2)} ms`,
			);
		}
		return { entries, best };
	};

	// ------------------------------------------------------------------ bandwidth

	const stream = async (kernel: 'copy' | 'triad', bytes: number) => {
		const [src, dst, src2] = await allocate(
			kernel === 'copy' ? [bytes, bytes] : [bytes, bytes, bytes],
			USAGE.STORAGE | USAGE.COPY_SRC,
		);
		const vec4s = bytes / 16;
		await fill(src!, { seed: 3, precision: 'fp32' });
		if (src2) await fill(src2, { seed: 4, precision: 'fp32' });
		const k = await prepare(
			streamKernel(kernel, vec4s),
			kernel === 'copy' ? [src!, dst!] : [src!, dst!, src2!],
			[streamWorkgroups(vec4s), 1],
		);
		return { k, buffers: [src!, dst!, src2] as const };
	};
	const verifyStream = async (
		kernel: 'copy' | 'triad',
		k: Prepared,
		dst: GPUBuffer,
	): Promise<Verification> => {
		await fill(dst, 'sentinel');
		await run(k);
		const words = dst.size / 4;
		const cells = sampleCells(1, words, opt.samples).map(([, w]) => w);
		const data = new Float32Array(
			await readBack(
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
	};
	const bandwidth = async (
		kernel: 'copy' | 'triad',
		fractions: [number, number],
		fixedBytes?: number,
	) => {
		const cap = Math.min(
			opt.maxStreamBytes,
			limits.maxStorageBufferBindingSize!,
			limits.maxBufferSize!,
		);
		let bytes = fixedBytes ?? STREAM_BYTES[0]!;
		let estimate = 0;
		if (fixedBytes === undefined) {
			for (;;) {
				await checkpoint();
				const { k, buffers } = await stream(kernel, bytes);
				estimate = await single(k);
				release(...buffers);
				const next = nextStreamBytes(bytes, estimate, {
					dispatchBudgetMs: opt.dispatchBudgetMs,
					maxBytes: cap,
				});
				if (next === null) break;
				bytes = next;
			}
		}
		await checkpoint();
		const { k, buffers } = await stream(kernel, bytes);
		if (fixedBytes !== undefined) estimate = await single(k);
		const timed = await measure(k, estimate, fractions, 'bandwidth');
		const verification = await verifyStream(kernel, k, buffers[1]);
		release(...buffers);
		const amount = streamBytes(kernel, bytes);
		const m: Measurement = {
			kernel,
			precision: null,
			config: null,
			size: bytes,
			amountPerDispatch: amount,
			...timed,
			medianPerSecond: ratePerSecond(amount, timed.medianMs),
			bestPerSecond: ratePerSecond(amount, timed.bestMs),
			verification,
		};
		return m;
	};

	// ------------------------------------------------------------------ the run

	try {
		const memoryCap = maxSizeForMemory(
			4,
			Math.min(limits.maxStorageBufferBindingSize!, limits.maxBufferSize!),
			opt.maxMatmulBytes,
		);
		const maxSize = Math.min(opt.maxSize, memoryCap);
		const defaultConfig =
			opt.configs.find(
				(c) => c.bm === 64 && c.tm === 8 && !configProblem(c, 'fp32', deviceLimits),
			) ?? opt.configs.find((c) => !configProblem(c, 'fp32', deviceLimits));
		if (!defaultConfig)
			throw new BenchError('failed', 'no matmul configuration fits this adapter’s limits');

		progress('verify', 0.02, 'verifying kernels');
		const naiveCheck = await verifyMatmul(opt.verifySize, 'fp32', null, true);

		progress('probe', 0.05, 'choosing the size');
		const tunedProbe = await probe('fp32', defaultConfig, maxSize, [0.05, 0.15]);
		const n = tunedProbe.n;

		progress('tune', 0.15, 'autotuning');
		const tuned = await tune(n, 'fp32', opt.tuneBudgetMs, [0.15, 0.35], defaultConfig);
		const tunedConfig = tuned.best?.config ?? defaultConfig;
		const fp32 = await matmulMeasurement(
			n,
			'fp32',
			tunedConfig,
			tuned.best?.ms ?? tunedProbe.ms,
			[0.35, 0.5],
			'fp32',
		);

		progress('naive', 0.5, 'naive kernel');
		let naive: Measurement | null = null;
		let tunedAtNaiveSize: Measurement | null = null;
		// The naive kernel may take most of a submit (one dispatch per pass) so that it can reach
		// the tuned kernel's size: the ratio is then like for like.
		const naiveProbe = await probe(
			'fp32',
			null,
			n,
			[0.5, 0.55],
			Math.max(opt.dispatchBudgetMs, SUBMIT_BUDGET_MS * 0.8),
		);
		if (naiveCheck.ok) {
			naive = await matmulMeasurement(
				naiveProbe.n,
				'fp32',
				null,
				naiveProbe.ms,
				[0.55, 0.65],
				'naive',
			);
			if (naiveProbe.n === n) tunedAtNaiveSize = fp32;
			else {
				// A smaller size may favour smaller blocks (more workgroups): the best of the three
				// fastest configurations at that size.
				const finalists = tuned.entries
					.filter((e): e is TuningEntry & { ms: number } => e.ms !== null)
					.sort((a, b) => a.ms - b.ms)
					.slice(0, 3)
					.map((e) => e.config);
				let bestAtSize: { config: TunedConfig; ms: number } | null = null;
				for (const config of finalists.length ? finalists : [tunedConfig]) {
					await checkpoint();
					const k = await matmulKernel(naiveProbe.n, 'fp32', config);
					const first = await single(k);
					const ms = Math.min(first, await timePass(k, dispatchesPerPass(first, opt.passMs / 2)));
					if (!bestAtSize || ms < bestAtSize.ms) bestAtSize = { config, ms };
				}
				tunedAtNaiveSize = await matmulMeasurement(
					naiveProbe.n,
					'fp32',
					bestAtSize!.config,
					bestAtSize!.ms,
					[0.65, 0.7],
					'naive',
				);
			}
		} else {
			naive = null;
		}
		for (const p of problems.values()) release(p.a, p.bt, p.c);
		problems.clear();

		let fp16: Measurement | null = null;
		let tuningFp16: TuningEntry[] = [];
		let fp16Skipped: string | null = null;
		if (!opt.fp16) fp16Skipped = 'turned off';
		else if (!device.features.has('shader-f16')) fp16Skipped = 'this adapter has no shader-f16';
		else {
			progress('fp16', 0.7, 'FP16');
			const t16 = await tune(n, 'fp16', opt.tuneBudgetMs / 2, [0.7, 0.78]);
			if (t16.best)
				fp16 = await matmulMeasurement(
					n,
					'fp16',
					t16.best.config,
					t16.best.ms,
					[0.78, 0.85],
					'fp16',
				);
			tuningFp16 = t16.entries;
			for (const p of problems.values()) release(p.a, p.bt, p.c);
			problems.clear();
		}

		progress('bandwidth', 0.85, 'bandwidth');
		const copy = await bandwidth('copy', [0.85, 0.93]);
		const triad = await bandwidth('triad', [0.93, 1], copy.size);

		if (stamps.length) {
			const step = timestampStep(stamps);
			timer.quantumNs = Number(step);
			timer.quantized = step >= 1000n;
		}
		const reported = [fp32, fp16, naive, copy, triad].filter((m): m is Measurement => m !== null);
		const result: BenchResult = {
			format: 'can-i-train-it/benchmark',
			version: 1,
			date: new Date().toISOString(),
			userAgent:
				options.userAgent ?? (typeof navigator === 'undefined' ? 'unknown' : navigator.userAgent),
			adapter: identity,
			features: [...device.features].sort(),
			limits,
			timer,
			matmul: {
				fp32,
				fp16,
				fp16Skipped,
				naive,
				naiveCheck,
				tunedAtNaiveSize,
				speedup:
					naive &&
					tunedAtNaiveSize &&
					naive.verification.ok &&
					tunedAtNaiveSize.verification.ok &&
					naive.medianPerSecond > 0
						? tunedAtNaiveSize.medianPerSecond / naive.medianPerSecond
						: null,
				tuning: tuned.entries,
				tuningFp16,
				probe: { tuned: tunedProbe.points, naive: naiveProbe.points },
			},
			bandwidth: { copy, triad },
			verified: naiveCheck.ok && reported.every((m) => m.verification.ok),
			seconds: (performance.now() - started) / 1000,
		};
		progress('bandwidth', 1, 'done');
		return result;
	} catch (error) {
		if (stop) throw stop;
		if (error instanceof BenchError) throw error;
		throw new BenchError('failed', (error as Error)?.message ?? String(error));
	} finally {
		finished = true;
		options.signal?.removeEventListener('abort', onAbort);
		for (const b of buffers) b.destroy();
		device.destroy();
	}
}
