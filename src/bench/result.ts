/** The shape of a benchmark result: what the page shows, exports as JSON and keeps in history. */
import type { AdapterIdentity } from './adapter.ts';
import type { TunedConfig } from './kernels.ts';
import type { MeasuredGpu } from './stored.ts';
import type { Check, MatPrecision } from './verify.ts';

export type Verification = Check & {
	/** Matrix side (matmul) or vec4 count (bandwidth) it was checked at. */
	size: number;
	/** 'full': every element against the float64 reference; 'sampled': chosen elements. */
	mode: 'full' | 'sampled';
};

export type Measurement = {
	kernel: 'tuned' | 'naive' | 'copy' | 'triad';
	precision: MatPrecision | null;
	config: TunedConfig | null;
	/** Matrix side n (n×n×n) for matmul; bytes per buffer for bandwidth. */
	size: number;
	/** FLOP (matmul) or bytes (bandwidth) of one dispatch. */
	amountPerDispatch: number;
	dispatchesPerPass: number;
	warmupPasses: number;
	/** Whether warm-up ended with three passes within 2 % (false: it hit its limit). */
	stable: boolean;
	/** Milliseconds per dispatch of each measured pass. */
	passesMs: number[];
	medianMs: number;
	bestMs: number;
	cv: number;
	/** FLOP/s or bytes/s from the median and the best pass. */
	medianPerSecond: number;
	bestPerSecond: number;
	verification: Verification;
};

export type TuningEntry = {
	config: TunedConfig;
	/** Median ms per dispatch at the tuning size; null if it was not timed. */
	ms: number | null;
	/** Why it was left out (limits, failed verification, time budget). */
	skipped?: string;
	/** Its full check at the small size (absent when it could not run on this device). */
	verification?: Verification;
};

export type Point = { n: number; flopsPerSecond: number };

export type Timer = {
	kind: 'timestamp-query' | 'wall-clock';
	/** Timestamps were rounded (a common step of 1 µs or more); null for wall clock. */
	quantized: boolean | null;
	/** The step every timestamp was a multiple of, ns (65,536 where Dawn masks the low 16 bits); null for wall clock. */
	quantumNs: number | null;
};

export type BenchResult = {
	format: 'can-i-train-it/benchmark';
	version: 1;
	date: string;
	userAgent: string;
	adapter: AdapterIdentity;
	features: string[];
	limits: Record<string, number>;
	timer: Timer;
	matmul: {
		fp32: Measurement | null;
		fp16: Measurement | null;
		/** Why FP16 did not run (no shader-f16). */
		fp16Skipped: string | null;
		naive: Measurement | null;
		/** The naive kernel's full check at the small size. */
		naiveCheck: Verification;
		/** The tuned kernel at the naive kernel's size, for a like-for-like ratio. */
		tunedAtNaiveSize: Measurement | null;
		/** Tuned ÷ naive throughput at the same size. */
		speedup: number | null;
		tuning: TuningEntry[];
		tuningFp16: TuningEntry[];
		/** Single-dispatch throughput at each probed size (for the chart). */
		probe: { tuned: Point[]; naive: Point[] };
	};
	bandwidth: { copy: Measurement | null; triad: Measurement | null };
	/** Every reported number passed verification. */
	verified: boolean;
	/** Wall-clock seconds the whole run took. */
	seconds: number;
};

const ok = (m: Measurement | null): m is Measurement => m !== null && m.verification.ok;

/** What the calculators get from a result: only verified figures. Null if FP32 failed. */
export function toMeasuredGpu(result: BenchResult, catalogId?: string): MeasuredGpu | null {
	const fp32 = result.matmul.fp32;
	if (!ok(fp32) || !(fp32.medianPerSecond > 0)) return null;
	const out: MeasuredGpu = {
		name: result.adapter.name,
		date: result.date,
		fp32FlopsPerSecond: fp32.medianPerSecond,
		software: result.adapter.software,
	};
	if (ok(result.matmul.fp16)) out.fp16FlopsPerSecond = result.matmul.fp16.medianPerSecond;
	if (ok(result.bandwidth.copy))
		out.bandwidthBytesPerSecond = result.bandwidth.copy.medianPerSecond;
	if (catalogId) out.catalogId = catalogId;
	return out;
}
