/**
 * The inputs of `trainingMemory` (memory.ts) and `maxBatchThatFits` (fit.ts): the precisions,
 * optimizers and ZeRO stages offered, the defaults (`MEMORY_DEFAULTS`), and `resolve`, which
 * checks every input and applies those defaults.
 */
import type { Arch, Precision } from './types.ts';
import { resolveArch, type ResolvedArch } from './arch.ts';
import { LIMITS } from './limits.ts';
import { BYTES_PER_GIB } from './units.ts';
import {
	EstimateError,
	choice,
	flag,
	inRange,
	optionalInRange,
	options,
	record,
} from './validate.ts';
import { RECOMPUTE_MODES, type Recompute } from './flops.ts';

/** Every number format a peak is published for (see `Precision`). */
export const PRECISIONS: readonly Precision[] = ['fp32', 'tf32', 'bf16', 'fp16', 'fp8'];
/** The precisions training memory is modelled for (a subset of `Precision`). */
export type TrainingPrecision = Extract<Precision, 'fp32' | 'bf16' | 'fp16'>;
export const TRAINING_PRECISIONS: readonly TrainingPrecision[] = ['fp32', 'bf16', 'fp16'];
export type Optimizer = 'adam' | 'adam-8bit' | 'sgd-momentum' | 'sgd';
export const OPTIMIZERS: readonly Optimizer[] = ['adam', 'adam-8bit', 'sgd-momentum', 'sgd'];
export type GradientKeeping = '16bit' | 'fp32' | '16bit+fp32';
export const GRADIENT_KEEPING: readonly GradientKeeping[] = ['16bit', 'fp32', '16bit+fp32'];
/**
 * The memory model's precision for a compute precision: TF32 runs on fp32 tensors, FP8
 * training keeps BF16 weights and activations (the FP8 recipes cast only the matmul inputs).
 */
export function trainingPrecisionFor(p: Precision): TrainingPrecision {
	const c = choice('precision', p, PRECISIONS, 'bf16');
	if (c === 'fp32' || c === 'tf32') return 'fp32';
	return c === 'fp16' ? 'fp16' : 'bf16';
}
/** Bytes per parameter of mixed-precision Adam, as calculators offer them. */
export type BytesPerParam = '16' | '18' | '20';
export const BYTES_PER_PARAM_CHOICES: readonly BytesPerParam[] = ['16', '18', '20'];
/**
 * How gradients are kept for each: 16 B = 16-bit gradients (2) + fp32 master and Adam (12) +
 * 16-bit weights (2); 18 B = fp32 gradients (4); 20 B = both (2 + 4) (Rajbhandari et al. 2020 §3.1
 * counts 16).
 */
export const GRADIENTS_FOR: Readonly<Record<BytesPerParam, GradientKeeping>> = {
	'16': '16bit',
	'18': 'fp32',
	'20': '16bit+fp32',
};
export type ZeroStage = 0 | 1 | 2 | 3;
export const ZERO_STAGES: readonly ZeroStage[] = [0, 1, 2, 3];

/** Default per-device overhead: 0.75 GiB (CUDA context, workspaces, allocator slack). */
export const DEFAULT_OVERHEAD_BYTES = 0.75 * BYTES_PER_GIB;

/**
 * What `trainingMemory` and `maxBatchThatFits` assume for every input left out: the one place
 * these defaults are written (calculators can start their forms from it).
 */
export const MEMORY_DEFAULTS = {
	precision: 'bf16',
	optimizer: 'adam',
	recompute: 'none',
	flashAttention: true,
	dropout: false,
	gradients: '16bit',
	masterWeights: true,
	overheadBytes: DEFAULT_OVERHEAD_BYTES,
	parallel: {
		data: 1,
		tensor: 1,
		pipeline: 1,
		zeroStage: 0,
		sequenceParallel: false,
		expert: 1,
	},
} as const satisfies Required<Omit<MemoryInput, 'arch' | 'microBatch' | 'parallel'>> & {
	parallel: Required<Parallel>;
};

export type Parallel = {
	/** Data-parallel replicas (the degree ZeRO shards over); default 1. */
	data?: number;
	/** Tensor-parallel degree (Megatron); default 1. */
	tensor?: number;
	/** Pipeline stages; default 1. */
	pipeline?: number;
	/** ZeRO stage over the data-parallel group; default 0 (none). */
	zeroStage?: ZeroStage;
	/** Megatron sequence parallelism (splits the remaining activations by `tensor`); default false. */
	sequenceParallel?: boolean;
	/**
	 * Expert-parallel degree: the routed experts are split over this many devices of the
	 * data-parallel group (must divide `data` and the number of experts); default 1.
	 */
	expert?: number;
};

export type MemoryInput = {
	arch: Arch;
	/** Sequences per device per forward/backward; sequences are `arch.context` tokens long. */
	microBatch: number;
	/** Training precision; default 'bf16' (mixed precision). */
	precision?: TrainingPrecision;
	/** Default 'adam' (Adam or AdamW: same state). */
	optimizer?: Optimizer;
	/** Activation recomputation; default 'none'. */
	recompute?: Recompute;
	/** FlashAttention / fused SDPA (no s² attention scores stored); default true. */
	flashAttention?: boolean;
	/** Dropout in the blocks (stores 1-byte masks); default false. */
	dropout?: boolean;
	parallel?: Parallel;
	/** Gradient storage in mixed precision; default '16bit' (16 B/param with Adam). */
	gradients?: GradientKeeping;
	/** Mixed precision keeps an fp32 master copy; default true. */
	masterWeights?: boolean;
	/** Fixed per-device overhead in bytes; default DEFAULT_OVERHEAD_BYTES (0.75 GiB). */
	overheadBytes?: number;
};

export type Resolved = {
	a: ResolvedArch;
	microBatch: number;
	precision: TrainingPrecision;
	optimizer: Optimizer;
	recompute: Recompute;
	flashAttention: boolean;
	dropout: boolean;
	data: number;
	tensor: number;
	pipeline: number;
	zeroStage: ZeroStage;
	sequenceParallel: boolean;
	expert: number;
	gradients: GradientKeeping;
	masterWeights: boolean;
	overheadBytes: number;
};

/** Checks every input of `trainingMemory` and applies the defaults documented on `MemoryInput`. */
export function resolve(input: MemoryInput): Resolved {
	const i = record('input', input);
	const a = resolveArch(i.arch as Arch);
	const microBatch = inRange('microBatch', i.microBatch, LIMITS.microBatch);
	const par = options('parallel', i.parallel);
	const d = MEMORY_DEFAULTS;
	const data = optionalInRange('data', par.data, LIMITS.devices, d.parallel.data);
	const tensor = optionalInRange(
		'tensor',
		par.tensor,
		{ ...LIMITS.heads, max: a.heads },
		d.parallel.tensor,
	);
	const pipeline = optionalInRange(
		'pipeline',
		par.pipeline,
		{ ...LIMITS.layers, max: a.layers },
		d.parallel.pipeline,
	);
	const zeroStage = choice('zeroStage', par.zeroStage, ZERO_STAGES, d.parallel.zeroStage);
	if (a.heads % tensor !== 0) {
		throw new EstimateError(
			`heads (${a.heads}) must be a multiple of the tensor-parallel degree (${tensor})`,
			'tensor',
			'not-a-multiple',
		);
	}
	const expert = optionalInRange('expert', par.expert, LIMITS.experts, d.parallel.expert);
	if (expert > 1) {
		if (a.moe === null) {
			throw new EstimateError(
				`expert parallelism (${expert}) needs a mixture-of-experts model; this one has no experts`,
				'expert',
			);
		}
		if (a.moe.experts % expert !== 0 || data % expert !== 0) {
			throw new EstimateError(
				`the expert-parallel degree (${expert}) must divide the experts (${a.moe.experts}) and the data-parallel degree (${data})`,
				'expert',
			);
		}
	}
	if (data * tensor * pipeline > LIMITS.devices.max) {
		throw new EstimateError(
			`data × tensor × pipeline is ${data * tensor * pipeline} devices, more than ${LIMITS.devices.max}`,
			'data',
		);
	}
	return {
		a,
		microBatch,
		precision: choice('precision', i.precision, TRAINING_PRECISIONS, d.precision),
		optimizer: choice('optimizer', i.optimizer, OPTIMIZERS, d.optimizer),
		recompute: choice('recompute', i.recompute, RECOMPUTE_MODES, d.recompute),
		flashAttention: flag('flashAttention', i.flashAttention, d.flashAttention),
		dropout: flag('dropout', i.dropout, d.dropout),
		data,
		tensor,
		pipeline,
		zeroStage,
		sequenceParallel: flag('sequenceParallel', par.sequenceParallel, d.parallel.sequenceParallel),
		expert,
		gradients: choice('gradients', i.gradients, GRADIENT_KEEPING, d.gradients),
		masterWeights: flag('masterWeights', i.masterWeights, d.masterWeights),
		overheadBytes: optionalInRange(
			'overheadBytes',
			i.overheadBytes,
			LIMITS.overheadBytes,
			d.overheadBytes,
		),
	};
}
