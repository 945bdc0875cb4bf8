/**
 * The largest micro-batch a fine-tuning run fits, and when none does, which single change
 * would let one sequence fit: switch to LoRA or QLoRA, a lower rank, a shorter sequence, full
 * recomputation, FlashAttention, or 8-bit Adam.
 */
import { LIMITS } from './limits.ts';
import { resolveArch } from './arch.ts';
import { MEMORY_DEFAULTS } from './memory-input.ts';
import {
	finetuneMemory,
	type FinetuneInput,
	type FinetuneMemory,
	type FinetuneMethod,
} from './finetune.ts';
import { largestFitting } from './bisect.ts';
import { inRange, record } from './validate.ts';

export type FinetuneLever =
	| { lever: 'method'; value: FinetuneMethod }
	| { lever: 'rank'; value: number }
	| { lever: 'sequence'; value: number }
	| { lever: 'recompute'; value: 'full' }
	| { lever: 'flashAttention'; value: true }
	| { lever: 'optimizer'; value: 'adam-8bit' };

export type FinetuneLeverResult = FinetuneLever & { microBatch: number; total: number };

export type FinetuneFitInput = Omit<FinetuneInput, 'microBatch'> & { capacityBytes: number };

export type FinetuneFit = {
	fits: boolean;
	microBatch: number;
	memory: FinetuneMemory;
	/** When nothing fits: single changes that make one sequence fit, smallest memory first. */
	levers: FinetuneLeverResult[];
};

type Base = Omit<FinetuneInput, 'microBatch'>;

const fitting = (base: Base, capacity: number) =>
	largestFitting((n) => finetuneMemory({ ...base, microBatch: n }).total, capacity);

/** The largest of `values` (tried in order, largest first) whose change fits, if any. */
function firstFitting(values: number[], make: (v: number) => Base, capacity: number) {
	for (const v of values) {
		const mb = fitting(make(v), capacity);
		if (mb > 0) return { value: v, microBatch: mb, base: make(v) };
	}
	return null;
}

const halvings = (x: number) => {
	const out: number[] = [];
	for (let v = Math.floor(x / 2); v >= 1; v = Math.floor(v / 2)) out.push(v);
	return out;
};

/**
 * Largest micro-batch for which `finetuneMemory(...).total` ≤ `capacityBytes`, with levers.
 * Switching a full fine-tune to LoRA or QLoRA uses the input's `lora`, else rank 16 on
 * all-linear; a rank or sequence lever is the largest halving that fits.
 */
export function finetuneFit(input: FinetuneFitInput): FinetuneFit {
	const { capacityBytes, ...base } = record('input', input) as FinetuneFitInput;
	const capacity = inRange('capacityBytes', capacityBytes, LIMITS.capacityBytes);
	const memory = finetuneMemory({ ...base, microBatch: 1 }); // checks every input
	const b = fitting(base, capacity);
	if (b > 0) {
		return {
			fits: true,
			microBatch: b,
			memory: finetuneMemory({ ...base, microBatch: b }),
			levers: [],
		};
	}
	const found: { lever: FinetuneLever; microBatch: number; base: Base }[] = [];
	const single = (lever: FinetuneLever, changed: Base) => {
		const mb = fitting(changed, capacity);
		if (mb > 0) found.push({ lever, microBatch: mb, base: changed });
	};
	const method = memory.method;
	const rank = base.lora?.rank;
	const lora = base.lora ?? { rank: 16, targets: 'all-linear' as const };
	if (method === 'full')
		single({ lever: 'method', value: 'lora' }, { ...base, method: 'lora', lora });
	if (method !== 'qlora')
		single({ lever: 'method', value: 'qlora' }, { ...base, method: 'qlora', lora });
	if (method !== 'full' && rank !== undefined) {
		const f = firstFitting(
			halvings(rank),
			(v) => ({ ...base, lora: { ...lora, rank: v } }),
			capacity,
		);
		if (f)
			found.push({
				lever: { lever: 'rank', value: f.value },
				microBatch: f.microBatch,
				base: f.base,
			});
	}
	const sequence = base.sequence ?? resolveArch(base.arch).context;
	const s = firstFitting(halvings(sequence), (v) => ({ ...base, sequence: v }), capacity);
	if (s)
		found.push({
			lever: { lever: 'sequence', value: s.value },
			microBatch: s.microBatch,
			base: s.base,
		});
	if ((base.recompute ?? MEMORY_DEFAULTS.recompute) !== 'full')
		single({ lever: 'recompute', value: 'full' }, { ...base, recompute: 'full' });
	if (!(base.flashAttention ?? MEMORY_DEFAULTS.flashAttention))
		single({ lever: 'flashAttention', value: true }, { ...base, flashAttention: true });
	if ((base.optimizer ?? MEMORY_DEFAULTS.optimizer) === 'adam')
		single({ lever: 'optimizer', value: 'adam-8bit' }, { ...base, optimizer: 'adam-8bit' });
	const levers = found
		.map((f) => ({
			...f.lever,
			microBatch: f.microBatch,
			total: finetuneMemory({ ...f.base, microBatch: 1 }).total,
		}))
		.sort((x, y) => x.total - y.total);
	return { fits: false, microBatch: 0, memory, levers };
}
