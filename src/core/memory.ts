/**
 * Training memory per device: weights, gradients, optimizer state, activations, logits and a
 * fixed overhead, in bytes. The conventions are summarised in README.md ("Memory"); the details
 * of the model follow. The device reported is the busiest one (with pipeline parallelism,
 * the larger of the first and last stage).
 *
 * Model state, bytes per parameter (weights + gradients + optimizer):
 * - precision 'bf16'/'fp16' (mixed precision, default): 16-bit weights (2) and gradients (2),
 *   optimizer = fp32 master copy (4) + Adam's two fp32 moments (8): 16 B/param, the ZeRO paper's
 *   accounting. (PyTorch autocast, as nanoGPT trains, keeps fp32 weights and gradients and
 *   makes 16-bit copies on the fly: 4 + 4 + 8, the same 16 in total.)
 *   `gradients: 'fp32'` keeps fp32 gradients (Megatron): 18. `'16bit+fp32'` keeps both
 *   (Megatron-Turing NLG's accounting): 20. `masterWeights: false` is pure 16-bit training:
 *   no master copy, moments in 16 bits (8 B/param with Adam).
 * - precision 'fp32': 4 + 4 + 8 = 16 with Adam.
 * - optimizer 'adam-8bit' (bitsandbytes): 1-byte moments, 2 per param; 'sgd-momentum': one
 *   moment; 'sgd': none. The master copy stays in mixed precision (8-bit Adam: 2+2+4+2 = 10).
 *
 * Parallelism, with devices = data × tensor × pipeline:
 * - tensor (Megatron): weights, gradients and optimizer state / tensor; activations as in
 *   activations.ts; logits / tensor (vocabulary-parallel cross-entropy).
 * - pipeline: each stage holds ⌈layers / pipeline⌉ blocks; the first stage also holds the
 *   embeddings, the last the final norm and the head (a tied head is a second copy of the
 *   token table there, as in Megatron). Under the 1F1B schedule the first stage keeps
 *   `pipeline` micro-batches in flight, so its activations are those of ~all layers
 *   (Korthikanti §4.2.3); this assumes at least `pipeline` micro-batches per step.
 * - ZeRO over the DATA-parallel degree only (not all devices): stage 1 shards the optimizer
 *   state, stage 2 also the gradients, stage 3 also the weights, plus the largest unit
 *   (one block, or the token table if bigger) gathered whole (prefetching can hold two). PyTorch FSDP: FULL_SHARD = ZeRO-3,
 *   SHARD_GRAD_OP = ZeRO-2. ZeRO never shards activations.
 *
 * Activations (see activations.ts): 'selective' recomputation drops the attention scores;
 * 'full' recomputation keeps each block's input (p·s·b·h bytes) plus one block's full working
 * set while it is recomputed. Logits: fp32 logits and their gradient, 4·s·b·V bytes each.
 *
 * Overhead: CUDA context, cuBLAS/cuDNN workspaces and allocator slack, 0.75 GiB per device by
 * default (measured contexts run 0.3-2 GiB; gpu_poor uses 650 MB, vram-calculator 1000 MiB).
 */
import type { Arch, Precision } from './types.ts';
import { resolveArch, type ResolvedArch } from './arch.ts';
import { paramBreakdown } from './params.ts';
import { layerActivations, type LayerActivations } from './activations.ts';
import { LIMITS } from './limits.ts';
import { BYTES_PER_GIB } from './units.ts';
import {
	EstimateError,
	checkedResult,
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
	parallel: { data: 1, tensor: 1, pipeline: 1, zeroStage: 0, sequenceParallel: false },
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

export type TrainingMemory = {
	weights: number;
	gradients: number;
	optimizer: number;
	activations: number;
	logits: number;
	overhead: number;
	total: number;
	/** Parameters held by this device before ZeRO sharding (its pipeline stage / tensor). */
	paramsPerDevice: number;
	/** Bytes per parameter before sharding. */
	bytesPerParam: { weights: number; gradients: number; optimizer: number };
	devices: number;
	/** Which pipeline stage is the busiest device: 'only' without pipeline parallelism. */
	stage: 'only' | 'first' | 'last';
};

type Resolved = {
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
	gradients: GradientKeeping;
	masterWeights: boolean;
	overheadBytes: number;
};

/** Checks every input of `trainingMemory` and applies the defaults documented on `MemoryInput`. */
function resolve(input: MemoryInput): Resolved {
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

function bytesPerParam(r: Resolved): TrainingMemory['bytesPerParam'] {
	const moments = { adam: 2, 'adam-8bit': 2, 'sgd-momentum': 1, sgd: 0 }[r.optimizer];
	if (r.precision === 'fp32') {
		const momentBytes = r.optimizer === 'adam-8bit' ? 1 : 4;
		return { weights: 4, gradients: 4, optimizer: moments * momentBytes };
	}
	const gradients = { '16bit': 2, fp32: 4, '16bit+fp32': 6 }[r.gradients];
	const master = r.masterWeights ? 4 : 0;
	const momentBytes = r.optimizer === 'adam-8bit' ? 1 : r.masterWeights ? 4 : 2;
	return { weights: 2, gradients, optimizer: master + moments * momentBytes };
}

/** Activations, in bytes, of the device's stage for one layer configuration. */
function stageActivations(r: Resolved, layersHeld: number, microBatchesInFlight: number): number {
	const a = r.a;
	const p = r.precision === 'fp32' ? 4 : 2;
	const full = r.recompute === 'full';
	const layer: LayerActivations = layerActivations(a, r.microBatch, {
		bytes: p,
		dropout: r.dropout,
		flashAttention: r.flashAttention,
		selective: r.recompute === 'selective',
		tensor: r.tensor,
		sequenceParallel: r.sequenceParallel,
	});
	const layerCount = layersHeld * microBatchesInFlight;
	if (!full) return layerCount * layer.total;
	// Full recomputation: each block's input is kept; one block at a time is rebuilt whole.
	const whole = r.sequenceParallel ? 1 / r.tensor : 1;
	const checkpoint = r.microBatch * a.context * p * a.dModel * whole;
	return layerCount * checkpoint + layer.total;
}

/**
 * A floor on training memory when only the parameter count is known: `bytesPerParam` per
 * parameter (default 16: BF16 weights and gradients, FP32 master weights and Adam's two
 * moments) plus the fixed overhead. Activations are not counted, so the real need is higher.
 */
export function parameterMemory(input: {
	params: number;
	bytesPerParam?: number;
	overheadBytes?: number;
}): number {
	const i = record('input', input);
	const n = inRange('params', i.params, LIMITS.params);
	const b = optionalInRange('bytesPerParam', i.bytesPerParam, { min: 1, max: 64 }, 16);
	const o = optionalInRange(
		'overheadBytes',
		i.overheadBytes,
		LIMITS.overheadBytes,
		DEFAULT_OVERHEAD_BYTES,
	);
	return checkedResult('The memory', n * b + o, 'params');
}

/** Bytes per device to train `arch` with these settings, by part. */
export function trainingMemory(input: MemoryInput): TrainingMemory {
	const r = resolve(input);
	const a = r.a;
	const pb = paramBreakdown(input.arch);
	const bpp = bytesPerParam(r);
	const blocksPerStage = Math.ceil(a.layers / r.pipeline);
	const blockParams = blocksPerStage * pb.perLayer.total;
	const tokenTable = pb.tokenEmbedding + pb.positionEmbedding;
	const finalNorm = pb.norms - a.layers * pb.perLayer.norms;
	const headCopy = r.pipeline > 1 && a.tiedEmbeddings ? pb.tokenEmbedding : pb.head;
	const tokens = r.microBatch * a.context;
	const p = r.precision === 'fp32' ? 4 : 2;
	const m = r.dropout ? 1 : 0;
	// Logits in fp32 and their gradient, split over the vocabulary by tensor parallelism.
	const logits = (2 * 4 * tokens * a.vocab) / r.tensor;
	// Final norm input and output (the head's input), on the last stage.
	const headInputs = 2 * p * tokens * a.dModel;
	// Embedding dropout mask, on the first stage.
	const embedMask = m * tokens * a.dModel;

	type Stage = { stage: TrainingMemory['stage']; params: number; act: number; logits: number };
	const stages: Stage[] = [];
	if (r.pipeline === 1) {
		stages.push({
			stage: 'only',
			params: blockParams + tokenTable + finalNorm + pb.head,
			act: stageActivations(r, blocksPerStage, 1) + headInputs + embedMask,
			logits,
		});
	} else {
		stages.push({
			stage: 'first',
			params: blockParams + tokenTable,
			act: stageActivations(r, blocksPerStage, r.pipeline) + embedMask * r.pipeline,
			logits: 0,
		});
		stages.push({
			stage: 'last',
			params: blockParams + finalNorm + headCopy,
			act: stageActivations(r, blocksPerStage, 1) + headInputs,
			logits,
		});
	}

	const results = stages.map((s): TrainingMemory => {
		const params = s.params / r.tensor;
		const dp = r.data;
		const optimizer = (params * bpp.optimizer) / (r.zeroStage >= 1 ? dp : 1);
		const gradients = (params * bpp.gradients) / (r.zeroStage >= 2 ? dp : 1);
		let weights = params * bpp.weights;
		if (r.zeroStage === 3 && dp > 1) {
			// Sharded weights, plus the largest unit gathered whole for its forward/backward.
			const gathered = Math.max(pb.perLayer.total, pb.tokenEmbedding) / r.tensor;
			weights = weights / dp + gathered * bpp.weights;
		}
		const total = weights + gradients + optimizer + s.act + s.logits + r.overheadBytes;
		return {
			weights,
			gradients,
			optimizer,
			activations: s.act,
			logits: s.logits,
			overhead: r.overheadBytes,
			total: checkedResult('The memory', total, 'microBatch'),
			paramsPerDevice: params,
			bytesPerParam: bpp,
			devices: r.data * r.tensor * r.pipeline,
			stage: s.stage,
		};
	});
	return results.reduce((x, y) => (y.total > x.total ? y : x));
}

/**
 * Saved activations of one block for one micro-batch, by part (norms, attention, attention
 * core, MLP), with the same settings as `trainingMemory`. Recomputation 'full' is reported as
 * 'none' here: it changes how many blocks keep their activations, not what one block saves.
 */
export function activationsPerLayer(input: MemoryInput): LayerActivations {
	const r = resolve(input);
	return layerActivations(r.a, r.microBatch, {
		bytes: r.precision === 'fp32' ? 4 : 2,
		dropout: r.dropout,
		flashAttention: r.flashAttention,
		selective: r.recompute === 'selective',
		tensor: r.tensor,
		sequenceParallel: r.sequenceParallel,
	});
}
