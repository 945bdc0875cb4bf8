/** What a run can be asked to do, its defaults, and how it reports progress. */
import { TUNED_CONFIGS, type TunedConfig } from './kernels.ts';
import { SUBMIT_BUDGET_MS } from './sizes.ts';

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

export const MiB = 2 ** 20;

/** The run's options with every default filled in. */
export type Settings = {
	maxSize: number;
	dispatchBudgetMs: number;
	passMs: number;
	measuredPasses: number;
	maxWarmupPasses: number;
	tuneBudgetMs: number;
	verifySize: number;
	samples: number;
	maxStreamBytes: number;
	maxMatmulBytes: number;
	configs: readonly TunedConfig[];
	fp16: boolean;
};

export function settingsOf(options: RunOptions): Settings {
	return {
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
}

/** Reports progress, the fraction clamped to 0–1. */
export type Report = (step: Step, fraction: number, detail: string) => void;

export function reporter(options: RunOptions): Report {
	return (step, fraction, detail) =>
		options.onProgress?.({ step, fraction: Math.min(1, Math.max(0, fraction)), detail });
}

/** The share of a step done after `done` of `total` parts, within its span of the whole run. */
export function within(fractions: [number, number], done: number, total: number): number {
	return fractions[0] + ((fractions[1] - fractions[0]) * done) / total;
}
