/**
 * Upper bounds on the speed of a served model: decoding and prefill.
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
import { resolveArch } from './arch.ts';
import { LIMITS } from './limits.ts';
import { WEIGHT_FORMATS, weightBytesOf, type WeightFormat } from './quant.ts';
import { checkedResult, choice, inRange, optionalInRange, record } from './validate.ts';
import { kvInputs, kvOf, type KvInput } from './kv-cache.ts';

/** Memory bandwidths, bytes/s: 1 B/s to a petabyte per second. */
export const BANDWIDTH = { min: 1, max: 1e15 } as const;
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
