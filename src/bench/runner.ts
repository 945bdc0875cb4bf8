/**
 * The benchmark itself, on any WebGPU implementation (a browser's `navigator.gpu`, or Dawn's
 * Node bindings for `npm run bench:native`): verify every kernel at a small size, probe the
 * problem size, autotune the matmul configuration, time tuned and naive FP32 kernels, FP16
 * where the adapter has shader-f16, and copy/triad bandwidth. Every submit stays under the
 * submit budget; cancellation, a lost device and out-of-memory end the run with a BenchError.
 *
 * The steps live beside it: device.ts (adapter, device, the run's end), dispatch.ts (buffers,
 * pipelines), timing.ts (timed passes), matmul.ts, bandwidth.ts, check-output.ts (verification).
 */
import { identifyAdapter } from './adapter.ts';
import { bandwidthOn } from './bandwidth.ts';
import type { RunContext } from './context.ts';
import { openDevice } from './device.ts';
import { workOn } from './dispatch.ts';
import { BenchError } from './error.ts';
import { configProblem, type TunedConfig } from './kernels.ts';
import { matmulOn } from './matmul.ts';
import { reporter, settingsOf, type RunOptions } from './options.ts';
import type { BenchResult, Measurement, TuningEntry } from './result.ts';
import { SUBMIT_BUDGET_MS, dispatchesPerPass, maxSizeForMemory } from './sizes.ts';
import { clockOn } from './timing.ts';

export { BenchError, type BenchErrorKind } from './error.ts';
export type { Progress, RunOptions, Step } from './options.ts';

/** Runs the whole benchmark on `gpu`. Throws BenchError. */
export async function runBenchmark(gpu: GPU, options: RunOptions = {}): Promise<BenchResult> {
	const started = performance.now();
	const opt = settingsOf(options);
	const progress = reporter(options);

	progress('setup', 0, 'requesting adapter');
	const session = await openDevice(gpu, options);
	const { device, limits, deviceLimits, checkpoint } = session;
	// Here rather than in device.ts: with runner.ts importing adapter.ts (which the page loads too),
	// the bundler keeps adapter.ts a plain chunk of its own, without an extra runtime chunk.
	const identity = identifyAdapter(session.adapter, device, options.renderer ?? null);
	const work = workOn(session);
	const clock = clockOn(session, work);
	const ctx: RunContext = { session, work, clock, opt, progress };
	const matmul = matmulOn(ctx);
	const bandwidth = bandwidthOn(ctx);

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
		const naiveCheck = await matmul.verify(opt.verifySize, 'fp32', null, true);

		progress('probe', 0.05, 'choosing the size');
		const tunedProbe = await matmul.probe('fp32', defaultConfig, maxSize, [0.05, 0.15]);
		const n = tunedProbe.n;

		progress('tune', 0.15, 'autotuning');
		const tuned = await matmul.tune(n, 'fp32', opt.tuneBudgetMs, [0.15, 0.35], defaultConfig);
		const tunedConfig = tuned.best?.config ?? defaultConfig;
		const fp32 = await matmul.measurement(
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
		const naiveProbe = await matmul.probe(
			'fp32',
			null,
			n,
			[0.5, 0.55],
			Math.max(opt.dispatchBudgetMs, SUBMIT_BUDGET_MS * 0.8),
		);
		if (naiveCheck.ok) {
			naive = await matmul.measurement(
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
					const k = await matmul.kernel(naiveProbe.n, 'fp32', config);
					const first = await clock.single(k);
					const ms = Math.min(
						first,
						await clock.timePass(k, dispatchesPerPass(first, opt.passMs / 2)),
					);
					if (!bestAtSize || ms < bestAtSize.ms) bestAtSize = { config, ms };
				}
				tunedAtNaiveSize = await matmul.measurement(
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
		matmul.releaseProblems();

		let fp16: Measurement | null = null;
		let tuningFp16: TuningEntry[] = [];
		let fp16Skipped: string | null = null;
		if (!opt.fp16) fp16Skipped = 'turned off';
		else if (!device.features.has('shader-f16')) fp16Skipped = 'this adapter has no shader-f16';
		else {
			progress('fp16', 0.7, 'FP16');
			const t16 = await matmul.tune(n, 'fp16', opt.tuneBudgetMs / 2, [0.7, 0.78]);
			if (t16.best)
				fp16 = await matmul.measurement(
					n,
					'fp16',
					t16.best.config,
					t16.best.ms,
					[0.78, 0.85],
					'fp16',
				);
			tuningFp16 = t16.entries;
			matmul.releaseProblems();
		}

		progress('bandwidth', 0.85, 'bandwidth');
		const copy = await bandwidth('copy', [0.85, 0.93]);
		const triad = await bandwidth('triad', [0.93, 1], copy.size);

		const timer = clock.report();
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
		const stop = session.stopped();
		if (stop) throw stop;
		if (error instanceof BenchError) throw error;
		throw new BenchError('failed', (error as Error)?.message ?? String(error));
	} finally {
		session.finish();
		work.releaseAll();
		device.destroy();
	}
}
