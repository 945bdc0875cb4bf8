/**
 * Running a model: the memory it takes to serve (weights, KV cache, workspace), whether that fits
 * a card and what to change when it does not, and upper bounds on decoding and prefill speed.
 *
 * The KV cache is in kv-cache.ts, the speed bounds in inference-speed.ts.
 *
 * Workspace (a model, not a measurement): llama.cpp's compute buffer holds one graph's live
 * tensors at once (ggml-alloc reuses memory between layers), so we count fp32 activations of one
 * block for a physical batch of u = min(512, context × batch) tokens (512: llama.cpp's default
 * n_ubatch) — the residual, the normed input and the attention output (3·d), q, k and v, and the
 * MLP's two inner tensors (2·f, or k·f_expert + shared for a mixture of experts) — plus fp32
 * logits for one output row per sequence (V · batch), plus without FlashAttention the fp32
 * scores of one layer (heads · u · context).
 */
import type { Arch } from './types.ts';
import { resolveArch, type ResolvedArch } from './arch.ts';
import { LIMITS } from './limits.ts';
import { DEFAULT_OVERHEAD_BYTES } from './memory-input.ts';
import { WEIGHT_FORMATS, weightBytesOf, type WeightBytes, type WeightFormat } from './quant.ts';
import { checkedResult, choice, flag, inRange, optionalInRange, record } from './validate.ts';
import {
	KV_FORMATS,
	kvInputs,
	kvOf,
	type KvCache,
	type KvFormat,
	type KvInput,
} from './kv-cache.ts';
import { BANDWIDTH, decodeBound } from './inference-speed.ts';

/** llama.cpp's default physical batch, n_ubatch (tokens per forward pass in prefill). */
export const DEFAULT_UBATCH = 512;

/**
 * Links the layers offloaded to the host are read over, bytes/s. PCIe: 16 lanes × transfer
 * rate × 128/130 (the 128b/130b encoding of PCIe 3.0 and later) ÷ 8 bits (PCI-SIG: 8, 16 and
 * 32 GT/s per lane for 3.0, 4.0, 5.0). DDR: channels × 8 bytes × transfers per second (two
 * 64-bit channels of DDR5-5600: 89.6 GB/s). When the CPU computes the offloaded layers (llama.cpp
 * `-ngl`) the system RAM's bandwidth applies; when weights are streamed to the GPU each step
 * (Accelerate's or DeepSpeed's offload), the PCIe link's.
 */
export const HOST_LINKS = {
	'pcie3-x16': (16 * 8e9 * 128) / 130 / 8,
	'pcie4-x16': (16 * 16e9 * 128) / 130 / 8,
	'pcie5-x16': (16 * 32e9 * 128) / 130 / 8,
	'ddr4-3200-dual': 2 * 8 * 3200e6,
	'ddr5-5600-dual': 2 * 8 * 5600e6,
} as const;
export type InferenceInput = KvInput & {
	format: WeightFormat;
	/** FlashAttention (llama.cpp `-fa`, on by default): no fp32 score matrix. Default true. */
	flashAttention?: boolean;
	/** Tokens per prefill forward pass; default 512 (llama.cpp n_ubatch). */
	ubatch?: number;
	/** Runtime context, allocator slack, bytes; default 0.75 GiB as for training. */
	overheadBytes?: number;
};

export type InferenceMemory = {
	weights: number;
	kvCache: number;
	workspace: number;
	overhead: number;
	total: number;
	weightDetail: WeightBytes;
	kvDetail: KvCache;
};

type Resolved = {
	a: ResolvedArch;
	format: WeightFormat;
	context: number;
	batch: number;
	kvFormat: KvFormat;
	flashAttention: boolean;
	ubatch: number;
	overheadBytes: number;
};

function resolveInference(input: unknown): Resolved {
	const i = record('input', input);
	const a = resolveArch(i.arch as Arch);
	const k = kvInputs(i);
	return {
		a,
		format: choice('format', i.format, WEIGHT_FORMATS, 'fp16'),
		...k,
		flashAttention: flag('flashAttention', i.flashAttention, true),
		ubatch: optionalInRange('ubatch', i.ubatch, LIMITS.microBatch, DEFAULT_UBATCH),
		overheadBytes: optionalInRange(
			'overheadBytes',
			i.overheadBytes,
			LIMITS.overheadBytes,
			DEFAULT_OVERHEAD_BYTES,
		),
	};
}

function workspaceOf(r: Resolved, context: number): number {
	const a = r.a;
	const u = Math.min(r.ubatch, context * r.batch);
	const m = a.moe;
	const inner =
		m === null
			? a.ffnDim
			: Math.max(a.ffnDim, m.perToken * m.expertFfnDim + m.sharedExperts * m.sharedFfnDim);
	const kvWidth =
		a.mla !== null ? a.heads * (a.scoreHeadDim + a.valueHeadDim) : 2 * a.kvHeads * a.headDim;
	const perToken = 3 * a.dModel + a.heads * a.scoreHeadDim + kvWidth + 2 * inner;
	const scores = r.flashAttention ? 0 : a.heads * u * context;
	return 4 * (u * perToken + a.vocab * r.batch + scores);
}

function memoryOf(
	r: Resolved,
	w: WeightBytes,
	context: number,
	kvFormat: KvFormat,
): InferenceMemory {
	const kv = kvOf(r.a, context, r.batch, kvFormat);
	const workspace = workspaceOf(r, context);
	const total = checkedResult(
		'The memory',
		w.bytes + kv.bytes + workspace + r.overheadBytes,
		'context',
	);
	return {
		weights: w.bytes,
		kvCache: kv.bytes,
		workspace,
		overhead: r.overheadBytes,
		total,
		weightDetail: w,
		kvDetail: kv,
	};
}

/** Memory to serve `arch` in `format` at `context` tokens for `batch` sequences, bytes. */
export function inferenceMemory(input: InferenceInput): InferenceMemory {
	const r = resolveInference(input);
	return memoryOf(r, weightBytesOf(r.a, r.format), r.context, r.kvFormat);
}

export type FitOption = { total: number; fits: boolean };

export type InferenceFit = {
	memory: InferenceMemory;
	capacityBytes: number;
	fits: boolean;
	/** capacity − total (negative when it does not fit). */
	headroomBytes: number;
	/** The longest context (≤ the model's) that fits with everything else unchanged; 0: none. */
	maxContext: number;
	/** The total in every weight format and every KV format, the rest unchanged. */
	formats: Record<WeightFormat, FitOption>;
	kvFormats: Record<KvFormat, FitOption>;
	/**
	 * Blocks to keep in host memory so the rest fits (each block takes its weights and its KV
	 * cache with it, as llama.cpp's -ngl does); 0 when it fits, null when even all blocks off the
	 * card leave too much (embeddings, head, workspace).
	 */
	offloadLayers: number | null;
	/** Bytes of one average block (weights + KV at this context): what each offloaded layer frees. */
	bytesPerLayer: number;
	/**
	 * With `bandwidthBytesPerSecond` given: the decoding bound with every block on the card (null when it does
	 * not fit), and with `offloadLayers` blocks read over each of `HOST_LINKS` (null when nothing
	 * needs offloading or offloading cannot make it fit).
	 */
	decodeTokensPerSecond: number | null;
	offloadTokensPerSecond: Record<HostLink, number> | null;
};

export type HostLink = keyof typeof HOST_LINKS;

/**
 * Whether serving fits `capacityBytes` of device memory, and what to change when it does not:
 * a shorter context, a smaller format, a quantised KV cache, or blocks offloaded to the host.
 */
export function inferenceFit(
	input: InferenceInput & { capacityBytes: number; bandwidthBytesPerSecond?: number },
): InferenceFit {
	const r = resolveInference(input);
	const raw = record('input', input);
	const capacity = inRange('capacityBytes', raw.capacityBytes, LIMITS.capacityBytes);
	const bandwidth =
		raw.bandwidthBytesPerSecond === undefined
			? null
			: inRange('bandwidthBytesPerSecond', raw.bandwidthBytesPerSecond, BANDWIDTH);
	const w = weightBytesOf(r.a, r.format);
	const memory = memoryOf(r, w, r.context, r.kvFormat);
	const fitsAt = (ctx: number) => memoryOf(r, w, ctx, r.kvFormat).total <= capacity;
	let maxContext = 0;
	if (fitsAt(1)) {
		let lo = 1;
		let hi = r.a.context;
		if (fitsAt(hi)) lo = hi;
		while (hi - lo > 1) {
			const mid = Math.floor((lo + hi) / 2);
			if (fitsAt(mid)) lo = mid;
			else hi = mid;
		}
		maxContext = lo;
	}
	const formats = {} as Record<WeightFormat, FitOption>;
	for (const f of WEIGHT_FORMATS) {
		const total = memoryOf(r, weightBytesOf(r.a, f), r.context, r.kvFormat).total;
		formats[f] = { total, fits: total <= capacity };
	}
	const kvFormats = {} as Record<KvFormat, FitOption>;
	for (const k of KV_FORMATS) {
		const total = memoryOf(r, w, r.context, k).total;
		kvFormats[k] = { total, fits: total <= capacity };
	}
	const bytesPerLayer = (w.blockBytes + memory.kvCache) / r.a.layers;
	const excess = memory.total - capacity;
	let offloadLayers: number | null = 0;
	if (excess > 0) {
		const n = Math.ceil(excess / bytesPerLayer);
		offloadLayers = n <= r.a.layers ? n : null;
	}
	const decode = (offload: number, hostBandwidthBytesPerSecond?: number) =>
		decodeBound({
			arch: raw.arch as Arch,
			format: r.format,
			context: r.context,
			batch: r.batch,
			kvFormat: r.kvFormat,
			bandwidthBytesPerSecond: bandwidth as number,
			offloadLayers: offload,
			hostBandwidthBytesPerSecond,
		}).tokensPerSecond;
	let offloadTokensPerSecond: Record<HostLink, number> | null = null;
	if (bandwidth !== null && offloadLayers !== null && offloadLayers > 0) {
		const n = offloadLayers;
		const entries = (Object.keys(HOST_LINKS) as HostLink[]).map((k) => [
			k,
			decode(n, HOST_LINKS[k]),
		]);
		offloadTokensPerSecond = Object.fromEntries(entries) as Record<HostLink, number>;
	}
	return {
		memory,
		capacityBytes: capacity,
		fits: excess <= 0,
		headroomBytes: -excess,
		maxContext,
		formats,
		kvFormats,
		offloadLayers,
		bytesPerLayer,
		decodeTokensPerSecond: bandwidth !== null && excess <= 0 ? decode(0) : null,
		offloadTokensPerSecond,
	};
}
