/**
 * Fine-tuning memory and FLOP by method: full fine-tuning (every weight trained, as
 * `trainingMemory`), LoRA (a frozen 16-bit base and trainable low-rank adapters, see lora.ts)
 * and QLoRA (the frozen base in 4-bit NF4). README.md ("Fine-tuning") gives the derivations.
 *
 * Model state, per method (N = the base's parameters, N_a = the adapters'):
 * - full: `trainingMemory` (16 B/param with mixed-precision Adam; 10 with 8-bit Adam).
 * - lora: base weights at the compute precision (2 B/param in bf16/fp16) and nothing else
 *   for them: no gradients, no optimizer state (Hu et al. 2021, arXiv:2106.09685 §4.2).
 *   Adapters: weights and gradients at `adapterPrecision` (PEFT keeps them in fp32 by default,
 *   `autocast_adapter_dtype=True`: 4 + 4 B), Adam's two moments in fp32 (8 B; 8-bit Adam 2 B,
 *   Dettmers et al. 2022, arXiv:2110.02861 §2: one byte per state), no separate master copy.
 * - qlora (Dettmers et al. 2023, arXiv:2305.14314 §3): every linear weight of the blocks in
 *   NF4, 4 bits, plus its block-wise constants: one fp32 absmax per 64 weights, 32/64 = 0.5 bit;
 *   with double quantisation (default) the absmax values are themselves quantised to 8 bits in
 *   blocks of 256 with one fp32 constant each: 8/64 + 32/(64·256) = 0.127 bit (§3, "Double
 *   Quantization"), 4.127 bits in all. The rest (embeddings, head, norms, biases) stays at the
 *   compute precision, or in fp32 with `upcastFrozen` (PEFT's prepare_model_for_kbit_training).
 *
 * Activations flow through the whole base model whatever the method, so they are
 * `trainingMemory`'s (Korthikanti's terms, recomputation, FlashAttention), plus the adapters'
 * own: per token and adapted matrix the r-wide output of A (p·r bytes), and with LoRA dropout
 * the dropped copy of the input and its 1-byte mask ((p + 1)·d_in). With full recomputation
 * only the block being rebuilt holds them. QLoRA adds the dequantisation buffer: bitsandbytes
 * dequantises each 4-bit weight to the compute precision before its matmul, one at a time
 * (the largest quantised matrix at p bytes per weight).
 *
 * Loss: Hugging Face transformers upcasts the logits to fp32 and keeps, at the backward peak,
 * four fp32 tensors of s·b·V (the logits, their log-softmax and both gradients), 16·s·b·V bytes
 * (`loss: 'standard'`, the default: it matches the slope of Unsloth's Hugging Face + FA2
 * context table and fitcheck's measured T4 runs, see src/data/finetune-measured.ts); fused
 * or chunked cross-entropy (Unsloth with Apple's Cut Cross-Entropy, Liger) keeps none
 * (`loss: 'fused'`).
 */
import type { Arch } from './types.ts';
import { resolveArch } from './arch.ts';
import { paramBreakdown } from './params.ts';
import { flopsPerToken, RECOMPUTE_MODES } from './flops.ts';
import { LIMITS } from './limits.ts';
import { linearLayers, resolveLora, type LoraInput, type LoraParams } from './lora.ts';
import { trainingMemory, type TrainingMemory } from './memory.ts';
import {
	MEMORY_DEFAULTS,
	TRAINING_PRECISIONS,
	type MemoryInput,
	type TrainingPrecision,
	type Optimizer,
} from './memory-input.ts';
import {
	EstimateError,
	checkedResult,
	choice,
	flag,
	inRange,
	options,
	record,
} from './validate.ts';

export type FinetuneMethod = 'full' | 'lora' | 'qlora';
export const FINETUNE_METHODS: readonly FinetuneMethod[] = ['full', 'lora', 'qlora'];
export type FinetuneLoss = 'standard' | 'fused';
export const FINETUNE_LOSSES: readonly FinetuneLoss[] = ['standard', 'fused'];

/** Bits per NF4 weight: 4 + an fp32 absmax per 64 weights (Dettmers et al. 2023 §3). */
export const NF4_BITS = 4 + 32 / 64;
/** With double quantisation: 4 + 8/64 + 32/(64·256) = 4.127 bits (Dettmers et al. 2023 §3). */
export const NF4_DOUBLE_QUANT_BITS = 4 + 8 / 64 + 32 / (64 * 256);

/** What `finetuneMemory` assumes for every fine-tuning input left out. */
export const FINETUNE_DEFAULTS = {
	method: 'full',
	doubleQuant: true,
	adapterPrecision: 'fp32',
	loraDropout: false,
	upcastFrozen: false,
	loss: 'standard',
} as const;

export type FinetuneInput = MemoryInput & {
	/** Default 'full'. */
	method?: FinetuneMethod;
	/** Required for 'lora' and 'qlora'. */
	lora?: LoraInput;
	/** Tokens per sequence; default `arch.context`. */
	sequence?: number;
	/** QLoRA's double quantisation of the constants; default true. */
	doubleQuant?: boolean;
	/** Adapter weights and gradients; default 'fp32' (PEFT's default). */
	adapterPrecision?: TrainingPrecision;
	/** PEFT's `lora_dropout` > 0; default false. */
	loraDropout?: boolean;
	/** The unquantised parts of a QLoRA base in fp32 (PEFT prepare_model_for_kbit_training); default false. */
	upcastFrozen?: boolean;
	/** 'standard' (four fp32 copies of the logits) or 'fused'; default 'standard'. */
	loss?: FinetuneLoss;
};

export type FinetuneMemory = TrainingMemory & {
	method: FinetuneMethod;
	/** Parameters that train (all of them for 'full', the adapters otherwise). */
	trainableParams: number;
	/** Parameters frozen (0 for 'full'). */
	frozenParams: number;
	/** Frozen base weights, bytes (part of `weights`). */
	baseWeights: number;
	/** Adapter weights, bytes (part of `weights`). */
	adapterWeights: number;
	/** Adapters' own saved activations and LoRA dropout, bytes (part of `activations`). */
	adapterActivations: number;
	/** QLoRA's dequantised weight, bytes (part of `activations`). */
	dequantBuffer: number;
	/** Average bits per weight of the quantised linear layers (16 unless 'qlora'). */
	baseBits: number;
};

type Resolved = {
	method: FinetuneMethod;
	lora: LoraParams | null;
	memory: MemoryInput;
	doubleQuant: boolean;
	adapterBytes: number;
	loraDropout: boolean;
	upcastFrozen: boolean;
	loss: FinetuneLoss;
};

const BYTES: Record<TrainingPrecision, number> = { fp32: 4, bf16: 2, fp16: 2 };

function resolveFinetune(input: FinetuneInput): Resolved {
	const i = record('input', input);
	const method = choice('method', i.method, FINETUNE_METHODS, FINETUNE_DEFAULTS.method);
	const arch = record('arch', i.arch);
	const sequence =
		i.sequence === undefined ? undefined : inRange('sequence', i.sequence, LIMITS.context);
	const memory = {
		...(i as MemoryInput),
		arch: (sequence === undefined ? arch : { ...arch, context: sequence }) as Arch,
	};
	const a = resolveArch(memory.arch);
	let lora: LoraParams | null = null;
	if (method !== 'full') {
		if (i.lora === undefined || i.lora === null) {
			throw new EstimateError(
				`method ${method} needs lora: a rank and target modules, e.g. { rank: 16, targets: 'all-linear' }`,
				'lora',
			);
		}
		lora = resolveLora(a, i.lora);
		const par = options('parallel', i.parallel);
		const extra = (['tensor', 'pipeline', 'expert', 'zeroStage'] as const).find(
			(k) => par[k] !== undefined && par[k] !== MEMORY_DEFAULTS.parallel[k],
		);
		if (extra !== undefined) {
			throw new EstimateError(
				`${method} is modelled with data parallelism only (each device holds the whole base): leave ${extra} out, or use method full`,
				extra,
			);
		}
	}
	return {
		method,
		lora,
		memory,
		doubleQuant: flag('doubleQuant', i.doubleQuant, FINETUNE_DEFAULTS.doubleQuant),
		adapterBytes:
			BYTES[
				choice(
					'adapterPrecision',
					i.adapterPrecision,
					TRAINING_PRECISIONS,
					FINETUNE_DEFAULTS.adapterPrecision,
				)
			],
		loraDropout: flag('loraDropout', i.loraDropout, FINETUNE_DEFAULTS.loraDropout),
		upcastFrozen: flag('upcastFrozen', i.upcastFrozen, FINETUNE_DEFAULTS.upcastFrozen),
		loss: choice('loss', i.loss, FINETUNE_LOSSES, FINETUNE_DEFAULTS.loss),
	};
}

/** Optimizer state per trainable adapter parameter, bytes: fp32 moments, or 1 byte each for 8-bit Adam. */
const ADAPTER_STATE: Record<Optimizer, number> = {
	adam: 8,
	'adam-8bit': 2,
	'sgd-momentum': 4,
	sgd: 0,
};

/**
 * Bytes per device to fine-tune `arch` by `method`, by part. 'full' is `trainingMemory` with
 * the fine-tuning loss model; 'lora' and 'qlora' hold the whole frozen base on each device.
 */
export function finetuneMemory(input: FinetuneInput): FinetuneMemory {
	const r = resolveFinetune(input);
	const base = trainingMemory(r.memory);
	const a = resolveArch(r.memory.arch);
	const tokens = r.memory.microBatch * a.context;
	// trainingMemory keeps two fp32 copies (8·s·b·V / tensor); the standard loss keeps four.
	const logits = r.loss === 'standard' ? 2 * base.logits : 0;
	const precision = (r.memory.precision ?? MEMORY_DEFAULTS.precision) as TrainingPrecision;
	const p = BYTES[precision];
	if (r.lora === null) {
		const total = base.total - base.logits + logits;
		return {
			...base,
			logits,
			total: checkedResult('The memory', total, 'microBatch'),
			method: 'full',
			trainableParams: base.paramsPerDevice,
			frozenParams: 0,
			baseWeights: base.weights,
			adapterWeights: 0,
			adapterActivations: 0,
			dequantBuffer: 0,
			baseBits: 8 * base.bytesPerParam.weights,
		};
	}
	const lora = r.lora;
	const pb = paramBreakdown(r.memory.arch);
	const linear = linearLayers(a);
	const router = pb.router - (a.moe?.routerBias ? pb.blocks.moe * a.moe.experts : 0);
	const quantisable = linear.reduce((s, x) => s + x.count * x.dIn * x.dOut, 0) + router;
	const qlora = r.method === 'qlora';
	const bits = qlora ? (r.doubleQuant ? NF4_DOUBLE_QUANT_BITS : NF4_BITS) : 8 * p;
	const rest = pb.total - quantisable;
	const restBytes = qlora && r.upcastFrozen ? 4 : p;
	const baseWeights = qlora ? (quantisable * bits) / 8 + rest * restBytes : pb.total * p;
	const optimizer = (r.memory.optimizer ?? MEMORY_DEFAULTS.optimizer) as Optimizer;
	const adapterWeights = lora.trainable * r.adapterBytes;
	const gradients = lora.trainable * r.adapterBytes;
	const optimizerBytes = lora.trainable * ADAPTER_STATE[optimizer];

	// Adapters' saved activations per token, per block kind.
	const perToken = (kind: 'perDenseBlock' | 'perMoeBlock') =>
		lora.layers.reduce((s, x) => {
			const through = x.routed && a.moe !== null ? a.moe.perToken : x[kind];
			const dropout = r.loraDropout ? (p + 1) * x.dIn : 0;
			return s + (x[kind] === 0 ? 0 : through * (p * lora.rank + dropout));
		}, 0);
	const moeBlocks = pb.blocks.moe;
	const denseBlocks = pb.blocks.dense;
	const recompute = choice('recompute', r.memory.recompute, RECOMPUTE_MODES, 'none');
	const adapterActivations =
		tokens *
		(recompute === 'full'
			? Math.max(
					denseBlocks > 0 ? perToken('perDenseBlock') : 0,
					moeBlocks > 0 ? perToken('perMoeBlock') : 0,
				)
			: denseBlocks * perToken('perDenseBlock') + moeBlocks * perToken('perMoeBlock'));
	const largest = Math.max(...linear.map((x) => x.dIn * x.dOut));
	const dequantBuffer = qlora ? largest * p : 0;
	const activations = base.activations + adapterActivations + dequantBuffer;
	const total =
		baseWeights +
		adapterWeights +
		gradients +
		optimizerBytes +
		activations +
		logits +
		base.overhead;
	return {
		...base,
		weights: baseWeights + adapterWeights,
		gradients,
		optimizer: optimizerBytes,
		activations,
		logits,
		total: checkedResult('The memory', total, 'microBatch'),
		paramsPerDevice: pb.total + lora.trainable,
		bytesPerParam: {
			weights: baseWeights / pb.total,
			gradients: r.adapterBytes,
			optimizer: ADAPTER_STATE[optimizer],
		},
		method: r.method,
		trainableParams: lora.trainable,
		frozenParams: pb.total,
		baseWeights,
		adapterWeights,
		adapterActivations,
		dequantBuffer,
		baseBits: bits,
	};
}

export type FinetuneFlopsOptions = {
	method?: FinetuneMethod;
	lora?: LoraInput;
	/** Count attention scores (as `flopsPerToken`); default true. */
	attention?: boolean;
	/** Hardware FLOP with recomputation (as `flopsPerToken`); default 'none'. */
	recompute?: 'none' | 'selective' | 'full';
	/** Tokens per sequence (the attention span); default `arch.context`. */
	sequence?: number;
};

/**
 * Training FLOP per token by method. full: `flopsPerToken` (6N + attention). lora/qlora: the
 * frozen base runs forward (2N + attention A) and backward through its activations only
 * (2N + 2A: no weight gradients for frozen weights), and the adapters train fully
 * (6·N_adapter, the active ones for routed experts): 4N + 3A + 6·N_a, about 2/3 of full.
 * Recomputation adds what `flopsPerToken` adds (the blocks' forward, or the attention core's).
 */
export function finetuneFlopsPerToken(input: Arch, opts?: FinetuneFlopsOptions): number {
	const o = options('opts', opts);
	const arch =
		o.sequence === undefined
			? input
			: ({
					...record('arch', input),
					context: inRange('sequence', o.sequence, LIMITS.context),
				} as Arch);
	const method = choice('method', o.method, FINETUNE_METHODS, 'full');
	const attention = flag('attention', o.attention, true);
	const recompute = choice('recompute', o.recompute, RECOMPUTE_MODES, 'none');
	const full = flopsPerToken(arch, { attention, recompute });
	if (method === 'full') return full;
	if (o.lora === undefined || o.lora === null) {
		throw new EstimateError(
			`method ${method} needs lora: a rank and target modules, e.g. { rank: 16, targets: 'all-linear' }`,
			'lora',
		);
	}
	const lora = resolveLora(resolveArch(arch), o.lora);
	// Weight gradients are 2 of the 6 FLOP per parameter: 6N − 2N = 4N (attention has no weights).
	const plain = flopsPerToken(arch, { attention: false });
	const flops = full - plain / 3 + 6 * lora.active;
	return checkedResult('The FLOP per token', flops, 'lora.rank', LIMITS.flopsPerToken);
}
