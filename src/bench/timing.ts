/**
 * Timing: a pass of back-to-back dispatches timed with GPU timestamps (the wall clock where the
 * adapter has none), warm-up until three passes agree within 2 %, then the measured passes.
 */
import type { Session } from './device.ts';
import { MAP_READ, USAGE, type Prepared, type Work } from './dispatch.ts';
import { within, type Report, type Settings, type Step } from './options.ts';
import type { Measurement, Timer } from './result.ts';
import { dispatchesPerPass } from './sizes.ts';
import { isWarm, summarize } from './stats.ts';

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

export type Clock = ReturnType<typeof clockOn>;

/** The pass timer of the run's device: timestamp queries where the device has them. */
export function clockOn({ device, guard }: Session, work: Work) {
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

	/** Milliseconds per dispatch for `count` back-to-back dispatches in one pass. */
	const timePass = async (k: Prepared, count: number): Promise<number> => {
		await guard(device.queue.onSubmittedWorkDone());
		const encoder = device.createCommandEncoder();
		const pass = encoder.beginComputePass(
			querySet
				? { timestampWrites: { querySet, beginningOfPassWriteIndex: 0, endOfPassWriteIndex: 1 } }
				: undefined,
		);
		work.dispatch(pass, k, count);
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

	/** One dispatch's time, after one untimed dispatch (compilation and first-touch costs). */
	const single = async (k: Prepared) => {
		await work.run(k);
		return timePass(k, 1);
	};

	/** The timer as the result reports it: the timestamps' rounding, once every pass is done. */
	const report = (): Timer => {
		if (stamps.length) {
			const step = timestampStep(stamps);
			timer.quantumNs = Number(step);
			timer.quantized = step >= 1000n;
		}
		return timer;
	};

	return { timePass, single, report };
}

export type Timed = Pick<
	Measurement,
	'dispatchesPerPass' | 'warmupPasses' | 'stable' | 'passesMs' | 'medianMs' | 'bestMs' | 'cv'
>;

/** Warm-up until three passes agree within 2 %, then the measured passes. */
export async function measure(
	run: { session: Session; clock: Clock; opt: Settings; progress: Report },
	k: Prepared,
	estimateMs: number,
	fractions: [number, number],
	step: Step,
): Promise<Timed> {
	const { session, clock, opt, progress } = run;
	let count = dispatchesPerPass(estimateMs, opt.passMs);
	const warm: number[] = [];
	const total = opt.maxWarmupPasses + opt.measuredPasses;
	const tick = (done: number) =>
		progress(step, within(fractions, done, total), `${step}: pass ${done}`);
	while (warm.length < opt.maxWarmupPasses && !isWarm(warm)) {
		await session.checkpoint();
		const ms = await clock.timePass(k, count);
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
		await session.checkpoint();
		passes.push(await clock.timePass(k, count));
		tick(opt.maxWarmupPasses + i + 1);
	}
	return {
		dispatchesPerPass: count,
		warmupPasses: warm.length,
		stable: isWarm(warm),
		passesMs: passes,
		...summarize(passes),
	};
}
