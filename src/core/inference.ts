/**
 * Running a model: the memory it takes to serve (weights, KV cache, workspace), whether that fits
 * a card and what to change when it does not, and upper bounds on decoding and prefill speed.
 *
 * KV cache (bytes) = 2 · layers · kvHeads · headDim · context · batch · bytes per element, with
 * sliding-window layers holding min(window, context) tokens, and multi-head latent attention
 * holding its latent instead: (kv_lora_rank + qk_rope_head_dim) per token per layer, no factor 2
 * (DeepSeek-V2, arXiv:2405.04434 §2.1 and Table 1: (d_c + d_h^R)·l elements per token; vLLM and
 * SGLang cache it so). KV formats: fp32, fp16/bf16, fp8, and llama.cpp's q8_0 (34 bytes per 32)
 * and q4_0 (18 per 32), the block structs of quant.ts (`-ctk`/`-ctv`).
 *
 * Workspace (a model, not a measurement): llama.cpp's compute buffer holds one graph's live
 * tensors at once (ggml-alloc reuses memory between layers), so we count fp32 activations of one
 * block for a physical batch of u = min(512, context × batch) tokens (512: llama.cpp's default
 * n_ubatch) — the residual, the normed input and the attention output (3·d), q, k and v, and the
 * MLP's two inner tensors (2·f, or k·f_expert + shared for a mixture of experts) — plus fp32
 * logits for one output row per sequence (V · batch), plus without FlashAttention the fp32
 * scores of one layer (heads · u · context).
 *
 * Decoding is bandwidth-bound at batch 1 (every weight is read once per token; Pope et al. 2022,
 * arXiv:2211.05102 §2): tokens/s ≤ bandwidth ÷ bytes read per step, the bytes being the weights a
 * step reads — every block, the output head, the routed experts the batch's tokens are sent to
 * (E·(1 − (1 − k/E)^b) per MoE block for b tokens routed uniformly), not the token table (a
 * lookup) — plus the KV cache at that context. Prefill is compute-bound: tokens/s ≤ peak ×
 * utilisation ÷ FLOP per token, with 2 FLOP per multiply-add: 2 · (the blocks' active
 * parameters) + the output head once per sequence + causal attention 2 · heads · (d_k + d_v)
 * per attended token. Both are upper bounds: real kernels reach a fraction (see
 * src/data/decode-measured.ts).
 */
import type { Arch } from './types.ts';
import { resolveArch, type ResolvedArch } from './arch.ts';
import { LIMITS } from './limits.ts';
import { DEFAULT_OVERHEAD_BYTES } from './memory-input.ts';
import { WEIGHT_FORMATS, weightBytesOf, type WeightBytes, type WeightFormat } from './quant.ts';
import { checkedResult, choice, flag, inRange, optionalInRange, record } from './validate.ts';

/** KV-cache element formats (llama.cpp's `--cache-type-k/-v` and the fp formats). */
export const KV_FORMATS = ['fp32', 'fp16', 'bf16', 'fp8', 'q8_0', 'q4_0'] as const;
export type KvFormat = (typeof KV_FORMATS)[number];

/** Bytes per KV element: q8_0 = 34/32, q4_0 = 18/32 (block_q8_0, block_q4_0; see quant.ts). */
export const KV_BYTES: Readonly<Record<KvFormat, number>> = {
	fp32: 4,
	fp16: 2,
	bf16: 2,
	fp8: 1,
	q8_0: 34 / 32,
	q4_0: 18 / 32,
};

/** Memory bandwidths, bytes/s: 1 B/s to a petabyte per second. */
const BANDWIDTH = { min: 1, max: 1e15 } as const;

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

/** The KV cache of `arch` at `context` tokens for `batch` sequences. */
export type KvCache = {
	bytes: number;
	/** Bytes one token adds in a layer that attends to the whole context. */
	bytesPerTokenPerLayer: number;
	/** Layers attending to the whole context, and sliding-window layers. */
	fullLayers: number;
	slidingLayers: number;
	/** Tokens a sliding layer keeps: min(window, context). */
	slidingTokens: number;
	bytesPerElement: number;
};

type KvInput = { arch: Arch; context: number; batch?: number; kvFormat?: KvFormat };

function kvOf(a: ResolvedArch, context: number, batch: number, kvFormat: KvFormat): KvCache {
	const e = KV_BYTES[kvFormat];
	const perToken =
		a.mla !== null ? (a.mla.kvLoraRank + a.mla.qkRopeHeadDim) * e : 2 * a.kvHeads * a.headDim * e;
	const sliding = a.slidingWindow.layers;
	const slidingTokens = Math.min(a.slidingWindow.window, context);
	const full = a.layers - sliding;
	const bytes = perToken * batch * (full * context + sliding * slidingTokens);
	return {
		bytes: checkedResult('The KV cache', bytes, 'context'),
		bytesPerTokenPerLayer: perToken,
		fullLayers: full,
		slidingLayers: sliding,
		slidingTokens,
		bytesPerElement: e,
	};
}

function kvInputs(i: Record<string, unknown>) {
	return {
		context: inRange('context', i.context, LIMITS.context),
		batch: optionalInRange('batch', i.batch, LIMITS.microBatch, 1),
		kvFormat: choice('kvFormat', i.kvFormat, KV_FORMATS, 'fp16'),
	};
}

/**
 * KV cache bytes. Llama 3.1 8B at 8,192 tokens in fp16: 2 × 32 × 8 × 128 × 8192 × 2 B = 1 GiB.
 */
export function kvCacheBytes(input: KvInput): KvCache {
	const i = record('input', input);
	const a = resolveArch(i.arch as Arch);
	const k = kvInputs(i);
	return kvOf(a, k.context, k.batch, k.kvFormat);
}

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

/** The convention both bounds are stated under, for a page to show. */
export const BOUND_CONVENTION =
	'upper bound: every byte read at the full bandwidth, every FLOP at the given share of peak; measured speeds fall below it';

export type DecodeBound = {
	/** Tokens per second for each sequence: an upper bound. */
	tokensPerSecond: number;
	/** All sequences together: batch × tokensPerSecond. */
	totalTokensPerSecond: number;
	/** Bytes one step reads: weights + KV cache. */
	bytesPerStep: number;
	weightBytesPerStep: number;
	kvBytesPerStep: number;
	/** Bytes read from the host per step (offloaded layers), and seconds per step. */
	hostBytesPerStep: number;
	secondsPerStep: number;
	convention: string;
};

export type DecodeInput = KvInput & {
	format: WeightFormat;
	/** The device's memory bandwidth, bytes/s (a datasheet's or the one measured in the browser). */
	bandwidthBytesPerSecond: number;
	/** Blocks held in host memory (default 0), read at `hostBandwidthBytesPerSecond` each step. */
	offloadLayers?: number;
	hostBandwidthBytesPerSecond?: number;
};

/**
 * Upper bound on decoding speed: bandwidth ÷ bytes read per step. Llama 2 7B Q4_0 (3.56 GiB)
 * on 800 GB/s: at most ~208 tokens/s; llama.cpp measured 94 on an M2 Ultra.
 */
export function decodeBound(input: DecodeInput): DecodeBound {
	const i = record('input', input);
	const a = resolveArch(i.arch as Arch);
	const k = kvInputs(i);
	const format = choice('format', i.format, WEIGHT_FORMATS, 'fp16');
	const bandwidth = inRange('bandwidthBytesPerSecond', i.bandwidthBytesPerSecond, BANDWIDTH);
	const offload = optionalInRange(
		'offloadLayers',
		i.offloadLayers,
		{ min: 0, max: a.layers, integer: true },
		0,
	);
	const hostBandwidth =
		offload > 0
			? inRange('hostBandwidthBytesPerSecond', i.hostBandwidthBytesPerSecond, BANDWIDTH)
			: bandwidth;
	const w = weightBytesOf(a, format);
	const kv = kvOf(a, k.context, k.batch, k.kvFormat);
	let experts = 0;
	if (a.moe !== null && w.moeLayers > 0) {
		const e = a.moe.experts;
		const used = e * (1 - (1 - a.moe.perToken / e) ** k.batch);
		experts = (w.routedExpertBytes / e) * used;
	}
	const lookup = a.tiedEmbeddings ? 0 : w.tokenEmbeddingBytes;
	const weightRead = w.bytes - lookup - w.positionBytes - w.routedExpertBytes + experts;
	const perLayer =
		(weightRead - w.headBytes - (a.tiedEmbeddings ? w.tokenEmbeddingBytes : 0) - w.finalNormBytes) /
			a.layers +
		kv.bytes / a.layers;
	const host = offload * perLayer;
	const bytes = weightRead + kv.bytes;
	const seconds = (bytes - host) / bandwidth + host / hostBandwidth;
	const perSecond = checkedResult('The decoding speed', 1 / seconds, 'bandwidthBytesPerSecond', {
		min: 0,
		above: true,
		max: Number.MAX_VALUE,
	});
	return {
		tokensPerSecond: perSecond,
		totalTokensPerSecond: perSecond * k.batch,
		bytesPerStep: bytes,
		weightBytesPerStep: weightRead,
		kvBytesPerStep: kv.bytes,
		hostBytesPerStep: host,
		secondsPerStep: seconds,
		convention: BOUND_CONVENTION,
	};
}

export type PrefillBound = {
	tokensPerSecond: number;
	flopsPerToken: number;
	matmulFlopsPerToken: number;
	attentionFlopsPerToken: number;
	convention: string;
};

/** Mean tokens attended over a causal prompt of `t` tokens with a window `w`. */
function meanAttended(t: number, w: number): number {
	if (t <= w) return (t + 1) / 2;
	return ((w * (w + 1)) / 2 + (t - w) * w) / t;
}

/**
 * Upper bound on prefill speed for a prompt of `promptTokens`: peak × utilisation ÷ FLOP per
 * token (2 per multiply-add of the blocks' active weights, the output head once per prompt, and
 * causal attention). `utilization` defaults to 1 (the peak itself).
 */
export function prefillBound(input: {
	arch: Arch;
	promptTokens: number;
	peakFlopsPerSecond: number;
	utilization?: number;
}): PrefillBound {
	const i = record('input', input);
	const a = resolveArch(i.arch as Arch);
	const t = inRange('promptTokens', i.promptTokens, LIMITS.context);
	const peak = inRange('peakFlopsPerSecond', i.peakFlopsPerSecond, LIMITS.peakFlopsPerSecond);
	const u = optionalInRange('utilization', i.utilization, LIMITS.utilization, 1);
	const w = weightBytesOf(a, 'fp32');
	// fp32 bytes / 4 = elements: the same tensors as the weights, by part
	const idle =
		w.moeLayers > 0 && a.moe !== null
			? (w.routedExpertBytes / 4) * (1 - a.moe.perToken / a.moe.experts)
			: 0;
	const blocks = w.blockBytes / 4 - idle;
	const head = (a.vocab * a.dModel) / t;
	const matmul = 2 * (blocks + head);
	const full = a.layers - a.slidingWindow.layers;
	const attended =
		full * meanAttended(t, t) + a.slidingWindow.layers * meanAttended(t, a.slidingWindow.window);
	const attention = 2 * a.heads * (a.scoreHeadDim + a.valueHeadDim) * attended;
	const flops = checkedResult(
		'FLOP per token',
		matmul + attention,
		'promptTokens',
		LIMITS.flopsPerToken,
	);
	return {
		tokensPerSecond: (peak * u) / flops,
		flopsPerToken: flops,
		matmulFlopsPerToken: matmul,
		attentionFlopsPerToken: attention,
		convention: BOUND_CONVENTION,
	};
}
