/**
 * Matrix multiplication on the run's device: the n×n×n problems (inputs filled on the GPU), the
 * tuned and naive kernels, their check, timed measurement, the size probe and the autotune.
 */
import { matmulChecker } from './check-output.ts';
import type { RunContext } from './context.ts';
import { matmulFlop, matrixBytes, ratePerSecond } from './counting.ts';
import { USAGE, type Prepared } from './dispatch.ts';
import {
	configLabel,
	configProblem,
	naiveKernel,
	naiveWorkgroups,
	tunedKernel,
	tunedWorkgroups,
	type TunedConfig,
} from './kernels.ts';
import { within, type Step } from './options.ts';
import type { Measurement, Point, TuningEntry, Verification } from './result.ts';
import { MATMUL_SIZES, dispatchesPerPass, nextMatmulSize } from './sizes.ts';
import { measure } from './timing.ts';
import { SEED_A, SEED_B, type MatPrecision } from './verify.ts';

export type Matmul = ReturnType<typeof matmulOn>;

export function matmulOn(ctx: RunContext) {
	const { session, work, clock, opt, progress } = ctx;
	const checkMatmul = matmulChecker(ctx);

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
				work.release(p.a, p.bt, p.c);
				problems.delete(k);
			}
		}
		const bytes = matrixBytes(n, precision);
		const [a, bt] = await work.allocate([bytes, bytes], USAGE.STORAGE);
		const [c] = await work.allocate([bytes], USAGE.STORAGE | USAGE.COPY_SRC);
		await work.fill(a!, { seed: SEED_A, precision });
		await work.fill(bt!, { seed: SEED_B, precision });
		const p = { n, precision, a: a!, bt: bt!, c: c! };
		problems.set(key, p);
		return p;
	};
	/** Frees every problem (before the next precision or the bandwidth step). */
	const releaseProblems = () => {
		for (const p of problems.values()) work.release(p.a, p.bt, p.c);
		problems.clear();
	};

	/** The tuned kernel with `config`, or the naive one (null), bound to the n×n×n problem. */
	const kernel = async (
		n: number,
		precision: MatPrecision,
		config: TunedConfig | null,
	): Promise<Prepared> => {
		const p = await problem(n, precision);
		const shape = { m: n, n, k: n };
		return config
			? work.prepare(
					tunedKernel(shape, config, precision),
					[p.a, p.bt, p.c],
					tunedWorkgroups(shape, config),
				)
			: work.prepare(naiveKernel(shape, precision), [p.a, p.bt, p.c], naiveWorkgroups(shape));
	};

	/** Runs the kernel once over a sentinel-filled C and checks it against the float64 reference. */
	const verify = async (
		n: number,
		precision: MatPrecision,
		config: TunedConfig | null,
		full: boolean,
	): Promise<Verification> => {
		const p = await problem(n, precision);
		const k = await kernel(n, precision, config);
		return checkMatmul(p.c, k, n, precision, full);
	};

	/** Timed passes, then a check at the timed size (full where it is small enough). */
	const measurement = async (
		n: number,
		precision: MatPrecision,
		config: TunedConfig | null,
		estimateMs: number,
		fractions: [number, number],
		step: Step,
	): Promise<Measurement> => {
		const k = await kernel(n, precision, config);
		const timed = await measure(ctx, k, estimateMs, fractions, step);
		await session.checkpoint();
		const verification = await verify(n, precision, config, n <= opt.verifySize);
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
			await session.checkpoint();
			ms = await clock.single(await kernel(n, precision, config));
			points.push({ n, flopsPerSecond: ratePerSecond(matmulFlop(n, n, n), ms) });
			progress(
				'probe',
				within(fractions, points.length, MATMUL_SIZES.length),
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
			const problem = configProblem(config, precision, session.deviceLimits);
			if (problem) {
				entries.push({ config, ms: null, skipped: problem });
				continue;
			}
			await session.checkpoint();
			const check = await verify(opt.verifySize, precision, config, true);
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
			await session.checkpoint();
			const k = await kernel(n, precision, config);
			const first = await clock.single(k);
			let ms = first;
			if (first <= opt.dispatchBudgetMs * 2) {
				const count = dispatchesPerPass(first, opt.passMs / 2);
				ms = Math.min(await clock.timePass(k, count), await clock.timePass(k, count));
			}
			entries.push({ config, ms, verification: checks.get(config) });
			if (!best || ms < best.ms) best = { config, ms };
			progress(
				'tune',
				within(fractions, i + 1, usable.length),
				`${configLabel(config)}: ${ms.toFixed(2)} ms`,
			);
		}
		return { entries, best };
	};

	return { kernel, verify, measurement, probe, tune, releaseProblems };
}
