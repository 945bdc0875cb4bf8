/**
 * The shapes of the catalog an island receives as props (built by catalog.ts at build time),
 * and the "My GPU (measured)" entry built from what the benchmark stores. No data imports here:
 * islands import this file.
 */
import { PRECISIONS, type Arch, type Precision } from '../../core/index.ts';

export { PRECISIONS };
export type { Precision };

export type GpuOption = {
	id: string;
	name: string;
	peakFlopsPerSecond: Partial<Record<Precision, number>>;
	/** Device memory in bytes; absent for a measured GPU (the benchmark cannot read it). */
	memoryBytes?: number;
	watts?: number;
	price?: { usdPerHour: number; provider: string; date: string };
	/** True for the benchmark's measurement of the reader's own GPU. */
	measured?: boolean;
	/** ISO date of the measurement. */
	measuredAt?: string;
	/** The measured adapter's own name (e.g. "NVIDIA GeForce RTX 4070"). */
	device?: string;
};

export type ModelOption = {
	id: string;
	name: string;
	arch: Arch;
	/** Exact parameter count from the core's countParams. */
	params: number;
	trainingTokens?: number;
};

/** What the benchmark stores for the reader's GPU (src/bench/stored.ts). */
export type MeasuredGpu = {
	name: string;
	fp32FlopsPerSecond: number;
	fp16FlopsPerSecond?: number;
	bandwidthBytesPerSecond: number;
	measuredAt: string;
};

export const MEASURED_ID = 'measured';

/** Utilisation (MFU, %) where no scenario sets one; common.mfuWhy explains it. */
export const DEFAULT_MFU = 40;

/** The precision a calculator starts with on this GPU: BF16 where it has a dense BF16 peak. */
export const defaultPrecision = (gpu: GpuOption): Precision =>
	gpu.peakFlopsPerSecond.bf16 !== undefined ? 'bf16' : 'fp32';

/** The "My GPU (measured)" option; undefined when the measurement is unusable. */
export function measuredOption(
	m: MeasuredGpu | null | undefined,
	label: string,
): GpuOption | undefined {
	if (!m || typeof m !== 'object') return undefined;
	const ok = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;
	if (!ok(m.fp32FlopsPerSecond)) return undefined;
	const peak: Partial<Record<Precision, number>> = { fp32: m.fp32FlopsPerSecond };
	if (ok(m.fp16FlopsPerSecond)) peak.fp16 = m.fp16FlopsPerSecond;
	return {
		id: MEASURED_ID,
		name: `${label}${typeof m.name === 'string' && m.name ? ` (${m.name.slice(0, 60)})` : ''}`,
		peakFlopsPerSecond: peak,
		measured: true,
		measuredAt: typeof m.measuredAt === 'string' ? m.measuredAt.slice(0, 10) : undefined,
	};
}

/** The "Can I train it?" calculator's link keys start with this (train.gpu=…). */
export const TRAIN_PREFIX = 'train';

/** The GPU picker's ids: the catalog's and "measured" (a link may name it before it loads). */
export const gpuIds = (gpus: readonly GpuOption[]): string[] => [
	...gpus.filter((g) => g.id !== MEASURED_ID).map((g) => g.id),
	MEASURED_ID,
];

/** The GPU and precision fields every calculator with a GPU picker has. */
export const gpuSchema = (gpus: readonly GpuOption[]) =>
	({
		gpu: { kind: 'choice', values: gpuIds(gpus) },
		prec: { kind: 'choice', values: PRECISIONS },
	}) as const;
