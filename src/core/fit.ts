/**
 * The largest micro-batch that fits in a device's memory, and, when none does, which single
 * change would make one sequence fit.
 */
import { LIMITS } from './limits.ts';
import { largestFitting } from './bisect.ts';
import {
	MEMORY_DEFAULTS,
	type MemoryInput,
	type TrainingPrecision,
	type Optimizer,
	type ZeroStage,
	type Parallel,
} from './memory-input.ts';
import { trainingMemory, type TrainingMemory } from './memory.ts';
import type { Recompute } from './flops.ts';
import { inRange, options, record } from './validate.ts';

/** One change to the inputs, as data (the site words it). */
export type Lever =
	| { lever: 'recompute'; value: Recompute }
	| { lever: 'flashAttention'; value: true }
	| { lever: 'zeroStage'; value: ZeroStage }
	| { lever: 'precision'; value: TrainingPrecision }
	| { lever: 'optimizer'; value: Optimizer };

export type LeverResult = Lever & {
	/** Largest micro-batch with this change alone. */
	microBatch: number;
	/** Memory at micro-batch 1 with this change. */
	total: number;
};

export type FitResult = {
	fits: boolean;
	/** Largest micro-batch that fits; 0 when not even one sequence does. */
	microBatch: number;
	/** Memory at that micro-batch (at 1 when none fits). */
	memory: TrainingMemory;
	/**
	 * When nothing fits: the single changes that would let at least one sequence fit, best
	 * first. Empty when it fits, or when no single change is enough.
	 */
	levers: LeverResult[];
	/**
	 * When nothing fits: whether all the levers together would be enough. If not, the model
	 * needs more devices (ZeRO-3 over more data-parallel ranks, tensor or pipeline parallelism).
	 */
	allLeversFit: boolean;
};

export type FitInput = Omit<MemoryInput, 'microBatch'> & {
	/** Usable device memory in bytes (see `cardMemoryBytes` for advertised sizes). */
	capacityBytes: number;
};

/** Largest micro-batch that fits (0 if none). */
function largest(base: Omit<MemoryInput, 'microBatch'>, capacity: number): number {
	return largestFitting((n) => trainingMemory({ ...base, microBatch: n }).total, capacity);
}

/** Largest micro-batch for which `trainingMemory(...).total` ≤ `capacityBytes`. */
export function maxBatchThatFits(input: FitInput): FitResult {
	const { capacityBytes, ...base } = record('input', input) as FitInput;
	const capacity = inRange('capacityBytes', capacityBytes, LIMITS.capacityBytes);
	const b = largest(base, capacity);
	if (b > 0) {
		const memory = trainingMemory({ ...base, microBatch: b });
		return { fits: true, microBatch: b, memory, levers: [], allLeversFit: true };
	}
	const memory = trainingMemory({ ...base, microBatch: 1 });
	const candidates: Lever[] = [];
	// trainingMemory has checked every input by now; read them with its defaults.
	const d = MEMORY_DEFAULTS;
	const parallel = options('parallel', base.parallel) as Parallel;
	const recompute = base.recompute ?? d.recompute;
	if (recompute !== 'full') candidates.push({ lever: 'recompute', value: 'full' });
	if (!(base.flashAttention ?? d.flashAttention))
		candidates.push({ lever: 'flashAttention', value: true });
	const data = parallel.data ?? d.parallel.data;
	const stage = parallel.zeroStage ?? d.parallel.zeroStage;
	if (data > 1) {
		for (const z of [1, 2, 3] as const) {
			if (z > stage) candidates.push({ lever: 'zeroStage', value: z });
		}
	}
	if ((base.precision ?? d.precision) === 'fp32')
		candidates.push({ lever: 'precision', value: 'bf16' });
	const optimizer = base.optimizer ?? d.optimizer;
	if (optimizer === 'adam') candidates.push({ lever: 'optimizer', value: 'adam-8bit' });

	const apply = (input: Omit<MemoryInput, 'microBatch'>, l: Lever) =>
		l.lever === 'zeroStage'
			? { ...input, parallel: { ...options('parallel', input.parallel), zeroStage: l.value } }
			: { ...input, [l.lever]: l.value };

	const levers: LeverResult[] = [];
	for (const l of candidates) {
		const changed = apply(base, l);
		const mb = largest(changed, capacity);
		if (mb > 0) {
			levers.push({
				...l,
				microBatch: mb,
				total: trainingMemory({ ...changed, microBatch: 1 }).total,
			});
		}
	}
	// Keep only the smallest ZeRO stage that is enough.
	const firstZero = levers.find((l) => l.lever === 'zeroStage');
	const kept = levers.filter((l) => l.lever !== 'zeroStage' || l === firstZero);
	kept.sort((x, y) => x.total - y.total);
	const all = candidates.reduce(apply, base);
	return {
		fits: false,
		microBatch: 0,
		memory,
		levers: kept,
		allLeversFit: largest(all, capacity) > 0,
	};
}
