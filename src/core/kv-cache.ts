/**
 * The KV cache a served model holds.
 *
 * KV cache (bytes) = 2 · layers · kvHeads · headDim · context · batch · bytes per element, with
 * sliding-window layers holding min(window, context) tokens, and multi-head latent attention
 * holding its latent instead: (kv_lora_rank + qk_rope_head_dim) per token per layer, no factor 2
 * (DeepSeek-V2, arXiv:2405.04434 §2.1 and Table 1: (d_c + d_h^R)·l elements per token; vLLM and
 * SGLang cache it so). KV formats: fp32, fp16/bf16, fp8, and llama.cpp's q8_0 (34 bytes per 32)
 * and q4_0 (18 per 32), the block structs of quant.ts (`-ctk`/`-ctv`).
 */
import type { Arch } from './types.ts';
import { resolveArch, type ResolvedArch } from './arch.ts';
import { LIMITS } from './limits.ts';
import { checkedResult, choice, inRange, optionalInRange, record } from './validate.ts';

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

export type KvInput = { arch: Arch; context: number; batch?: number; kvFormat?: KvFormat };

export function kvOf(a: ResolvedArch, context: number, batch: number, kvFormat: KvFormat): KvCache {
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

export function kvInputs(i: Record<string, unknown>) {
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
