/**
 * The bytes of a model's weights in the formats it is served in: 32- and 16-bit floats, fp8,
 * int8, int4, and llama.cpp's GGUF types Q8_0, Q6_K, Q5_K_M, Q4_K_M and Q4_0.
 *
 * GGUF block sizes are llama.cpp's own structs (ggml-org/ggml @d99724f, src/ggml-common.h): a
 * block of QK weights and the bytes its struct holds, `static_assert`ed there.
 *
 * | type | struct, lines           | weights | bytes                                       | bits/weight |
 * | ---- | ----------------------- | ------- | ------------------------------------------- | ----------- |
 * | Q4_0 | block_q4_0, 194-199     | 32      | 2 (fp16 d) + 16 (nibbles) = 18              | 4.5         |
 * | Q5_0 | block_q5_0, 229-235     | 32      | 2 + 4 (5th bits) + 16 = 22                  | 5.5         |
 * | Q5_1 | block_q5_1, 237-249     | 32      | 4 (d, m) + 4 + 16 = 24                      | 6           |
 * | Q8_0 | block_q8_0, 251-256     | 32      | 2 + 32 = 34                                 | 8.5         |
 * | Q4_K | block_q4_K, 323-338     | 256     | 4 (d, dmin) + 12 (scales) + 128 = 144       | 4.5         |
 * | Q5_K | block_q5_K, 340-356     | 256     | 4 + 12 + 32 (high bits) + 128 = 176         | 5.5         |
 * | Q6_K | block_q6_K, 358-368     | 256     | 128 + 64 + 16 (scales) + 2 = 210            | 6.5625      |
 *
 * A GGUF file is a mix: `llama-quantize` picks a type per tensor (ggml-org/llama.cpp @007dbbf,
 * src/llama-quant.cpp, `llama_tensor_get_type_impl`, and `tensor_allows_quantization`), and this
 * file follows those rules for the five file types listed:
 * - 1-D tensors (norms, biases) and the MoE router (`ffn_gate_inp`) are never quantized: F32;
 *   a learned position table neither (F16).
 * - The output head (and the token table when it is tied to it) becomes Q6_K, or stays Q8_0 in a
 *   Q8_0 file; Q8_0 when its row width is not a multiple of the block.
 * - Q4_K_M and Q5_K_M store attn_v (and the fused attn_qkv, MLA's attn_kv_b) and ffn_down as
 *   Q6_K in the layers `use_more_bits` picks: the first and last eighth, and every third layer
 *   between (i < n/8 or i ≥ 7n/8 or (i − n/8) mod 3 = 2): half the layers of Llama 3.1 8B.
 * - In a model with exactly 8 experts (Mixtral), attn_v and attn_k are Q8_0 and, in Q4_K_M,
 *   attn_output is Q5_K.
 * - A tensor whose row width is not a multiple of its type's block falls back (Q4_K → Q5_0,
 *   Q5_K → Q5_1, Q6_K → Q8_0; tensor_type_fallback), and to F16 when that fails too.
 * Left out: the 70B-only bump of attn_v from Q4_K to Q5_K (LLM_TYPE_70B, 1/8 of a small tensor)
 * and importance-matrix variants. Checked against llama.cpp's tools/quantize/README.md table for
 * Llama 3.1 8B (bits/weight 4.8944 Q4_K_M, 5.7036 Q5_K_M, 6.5633 Q6_K, 8.5008 Q8_0, 16.0005 F16)
 * and llama-bench's 3.56 GiB for LLaMA 7B Q4_0 (test/core/inference-weights.test.ts).
 *
 * Non-GGUF formats (the convention chosen, as Hugging Face checkpoints quantized with
 * llm-compressor, AutoAWQ or GPTQ are laid out): fp32, fp16 and bf16 store every tensor at that
 * width; fp8, int8 and int4 quantize the blocks' matrices (attention, MLP, experts) and keep the
 * token table, the output head, the router and the 1-D tensors at 16 bits. fp8 and int8 carry
 * one scale per tensor or per output channel (counted as nothing); int4 stores 4-bit weights with
 * a 16-bit scale and a 4-bit zero point per group of 128 (AWQ's and GPTQ's default group size):
 * 4 + 20/128 = 4.15625 bits per weight.
 */
import type { Arch } from './types.ts';
import { resolveArch, type ResolvedArch } from './arch.ts';
import { LIMITS } from './limits.ts';
import { checkedResult, oneOf } from './validate.ts';

/** Weight formats the inference functions accept. */
export const WEIGHT_FORMATS = [
	'fp32',
	'fp16',
	'bf16',
	'fp8',
	'int8',
	'int4',
	'Q8_0',
	'Q6_K',
	'Q5_K_M',
	'Q4_K_M',
	'Q4_0',
] as const;
export type WeightFormat = (typeof WEIGHT_FORMATS)[number];

/** ggml tensor types as blocks: `weights` per block, `bytes` per block (see the table above). */
export const GGML_TYPES = {
	F32: { weights: 1, bytes: 4 },
	F16: { weights: 1, bytes: 2 },
	Q8_0: { weights: 32, bytes: 34 },
	Q6_K: { weights: 256, bytes: 210 },
	Q5_K: { weights: 256, bytes: 176 },
	Q5_1: { weights: 32, bytes: 24 },
	Q5_0: { weights: 32, bytes: 22 },
	Q4_K: { weights: 256, bytes: 144 },
	Q4_0: { weights: 32, bytes: 18 },
} as const;
export type GgmlType = keyof typeof GGML_TYPES;

/** Bits per weight of one ggml type: 8 × bytes / weights per block (Q4_K_M's Q4_K: 4.5). */
export function ggmlBitsPerWeight(type: GgmlType): number {
	const t = GGML_TYPES[oneOf('type', type, Object.keys(GGML_TYPES) as GgmlType[])];
	return (8 * t.bytes) / t.weights;
}

/** Bytes per element of the 16-bit, 8-bit and 4-bit non-GGUF formats (see the file comment). */
const INT4_BYTES = (4 + 20 / 128) / 8;

/** The tensor classes llama-quantize tells apart (src/llama-quant.cpp, `tensor_category`). */
type Category =
	| 'token'
	| 'output'
	| 'q'
	| 'k'
	| 'vLike'
	| 'attnOut'
	| 'gate'
	| 'up'
	| 'down'
	| 'other'
	| 'vector'
	| 'router'
	| 'positions';

/** A tensor of one block (or of the model): `elements`, its row width `cols` (ggml's ne[0]). */
type Tensor = { category: Category; elements: number; cols: number; expert?: boolean };

/** The weight tensors of one block, as llama.cpp's GGUF conversion names them. */
function blockTensors(a: ResolvedArch, moeBlock: boolean): Tensor[] {
	const d = a.dModel;
	const t: Tensor[] = [];
	const vec = (n: number) => {
		if (n > 0) t.push({ category: 'vector', elements: n, cols: n });
	};
	const mat = (category: Category, cols: number, rows: number, expert = false) =>
		t.push({ category, elements: cols * rows, cols, expert });
	const norm = a.normBias ? 2 * d : d;
	vec((a.postNorms ? 4 : 2) * norm);
	const q = a.qWidth;
	const kv = a.kvHeads * a.headDim;
	const m = a.mla;
	if (m !== null) {
		const h = a.heads;
		const qk = m.qkNopeHeadDim + m.qkRopeHeadDim;
		if (m.qLoraRank > 0) {
			mat('other', d, m.qLoraRank); // attn_q_a
			vec(m.qLoraRank);
			mat('other', m.qLoraRank, h * qk); // attn_q_b
		} else {
			mat('q', d, h * qk);
		}
		mat('other', d, m.kvLoraRank + m.qkRopeHeadDim); // attn_kv_a_mqa
		vec(m.kvLoraRank);
		mat('vLike', m.kvLoraRank, h * (m.qkNopeHeadDim + m.vHeadDim)); // attn_kv_b
		mat('attnOut', h * m.vHeadDim, d);
		const biased = a.attentionBias !== 'none';
		if (biased) vec(m.qLoraRank + m.kvLoraRank + m.qkRopeHeadDim);
		if (a.attentionBias === 'qkvo') vec(d);
	} else {
		if (a.family === 'gpt2') {
			mat('vLike', d, q + 2 * kv); // fused attn_qkv
		} else {
			mat('q', d, q);
			mat('k', d, kv);
			mat('vLike', d, kv);
		}
		mat('attnOut', q, d);
		vec({ none: 0, qkv: q + 2 * kv, qkvo: q + 2 * kv + d }[a.attentionBias]);
		vec({ none: 0, head: 2 * a.headDim, projection: q + kv }[a.qkNorm]);
		if (a.positions === 'relative') {
			mat('other', d, d);
			vec(2 * d);
		}
	}
	const mlp = (f: number, copies: number, expert: boolean) => {
		const gated = a.mlp !== 'gelu';
		if (gated) mat('gate', d, f * copies, expert);
		mat('up', d, f * copies, expert);
		mat('down', f, d * copies, expert);
		if (a.mlpBias) vec(copies * ((gated ? 2 : 1) * f + d));
	};
	const e = a.moe;
	if (moeBlock && e !== null) {
		t.push({ category: 'router', elements: d * e.experts, cols: d });
		if (e.routerBias) vec(e.experts);
		mlp(e.expertFfnDim, e.experts, true);
		if (e.sharedExperts > 0) mlp(e.sharedFfnDim, e.sharedExperts, false);
		if (e.sharedGate) vec(d);
	} else {
		mlp(a.ffnDim, 1, false);
	}
	return t;
}

/** llama.cpp's `use_more_bits(i_layer, n_layers)` (C integer division). */
function useMoreBits(i: number, n: number): boolean {
	const eighth = Math.floor(n / 8);
	return i < eighth || i >= Math.floor((7 * n) / 8) || (i - eighth) % 3 === 2;
}

/** The file type's base tensor type. */
const BASE: Record<string, GgmlType> = {
	Q8_0: 'Q8_0',
	Q6_K: 'Q6_K',
	Q5_K_M: 'Q5_K',
	Q4_K_M: 'Q4_K',
	Q4_0: 'Q4_0',
};

const FALLBACK: Partial<Record<GgmlType, GgmlType>> = { Q4_K: 'Q5_0', Q5_K: 'Q5_1', Q6_K: 'Q8_0' };

/** What `llama_tensor_get_type_impl` then `tensor_type_fallback` give one tensor. */
function ggufType(
	format: WeightFormat,
	t: Tensor,
	layer: number,
	layers: number,
	downTensors: number,
	experts: number,
): GgmlType {
	if (t.category === 'vector' || t.category === 'router') return 'F32';
	if (t.category === 'positions') return 'F16';
	const base = BASE[format];
	let type: GgmlType = base;
	const mixed = format === 'Q4_K_M' || format === 'Q5_K_M';
	switch (t.category) {
		case 'output':
			if (t.cols % GGML_TYPES[base].weights !== 0) return 'Q8_0';
			type = base === 'Q8_0' ? 'Q8_0' : 'Q6_K';
			break;
		case 'vLike':
			if (mixed && useMoreBits(layer, layers)) type = 'Q6_K';
			if (experts === 8) type = 'Q8_0';
			break;
		case 'k':
			if (experts === 8) type = 'Q8_0';
			break;
		case 'down':
			if (mixed && useMoreBits(layer, downTensors)) type = 'Q6_K';
			break;
		case 'attnOut':
			if (experts === 8 && format === 'Q4_K_M') type = 'Q5_K';
			break;
		default:
			break;
	}
	if (t.cols % GGML_TYPES[type].weights === 0) return type;
	const fallback = FALLBACK[type];
	return fallback !== undefined && t.cols % GGML_TYPES[fallback].weights === 0 ? fallback : 'F16';
}

/** Bytes per element of a tensor in a non-GGUF format. */
function plainBytes(format: WeightFormat, t: Tensor): number {
	if (format === 'fp32') return 4;
	const quantized = t.category !== 'vector' && t.category !== 'router';
	const model = quantized && !['token', 'output', 'positions'].includes(t.category);
	if (!model) return 2;
	return { fp16: 2, bf16: 2, fp8: 1, int8: 1, int4: INT4_BYTES }[format as 'fp16'] ?? 2;
}

/** Bytes of one tensor at one layer (−1 outside the blocks). */
function tensorBytes(
	format: WeightFormat,
	t: Tensor,
	layer: number,
	layers: number,
	downTensors: number,
	experts: number,
): number {
	if (!(format in BASE)) return t.elements * plainBytes(format, t);
	const type = GGML_TYPES[ggufType(format, t, layer, layers, downTensors, experts)];
	return (t.elements / type.weights) * type.bytes;
}

/** Where the weight bytes are, for memory and for the bytes one decoding step reads. */
export type WeightBytes = {
	format: WeightFormat;
	/** All weights, bytes. */
	bytes: number;
	/** Parameters counted (the model's total). */
	params: number;
	/** 8 × bytes / params: the file's effective bits per weight. */
	bitsPerWeight: number;
	/** The token table (a lookup when untied; the output head too when tied). */
	tokenEmbeddingBytes: number;
	/** The untied output head (0 when tied), and a learned position table. */
	headBytes: number;
	positionBytes: number;
	/** All blocks, routed experts included. */
	blockBytes: number;
	/** All routed experts of all blocks (0 without a mixture of experts). */
	routedExpertBytes: number;
	/** Blocks with a mixture of experts. */
	moeLayers: number;
	/** The final norm. */
	finalNormBytes: number;
};

/**
 * Bytes of `arch`'s weights in `format` (see the file comment for the rules), with the parts a
 * decoding step reads. Llama 3.1 8B in Q4_K_M: 4.575 GiB, 4.894 bits per weight (llama.cpp's
 * quantize README: 4.58 GiB, 4.8944).
 */
export function weightBytes(arch: Arch, format: WeightFormat): WeightBytes {
	return weightBytesOf(resolveArch(arch), oneOf('format', format, WEIGHT_FORMATS));
}

/** `weightBytes` for a resolved arch and a checked format (the inference functions use it). */
export function weightBytesOf(a: ResolvedArch, f: WeightFormat): WeightBytes {
	const d = a.dModel;
	const moeLayers = a.moe === null ? 0 : a.layers - a.moe.denseLayers;
	const experts = a.moe === null ? 0 : a.moe.experts;
	const denseTensors = blockTensors(a, false);
	const moeTensors = a.moe === null ? [] : blockTensors(a, true);
	// llama-quantize counts every tensor named ffn_down*: dense, routed (exps) and shared (shexp)
	const sharedDown = a.moe !== null && a.moe.sharedExperts > 0 ? 1 : 0;
	const downTensors = a.layers - moeLayers + moeLayers * (1 + sharedDown);
	let blockBytes = 0;
	let routedExpertBytes = 0;
	let params = 0;
	for (let i = 0; i < a.layers; i++) {
		const moeBlock = i >= a.layers - moeLayers;
		for (const t of moeBlock ? moeTensors : denseTensors) {
			const b = tensorBytes(f, t, i, a.layers, downTensors, experts);
			blockBytes += b;
			if (t.expert) routedExpertBytes += b;
			params += t.elements;
		}
	}
	const table: Tensor = {
		category: a.tiedEmbeddings ? 'output' : 'token',
		elements: a.vocab * d,
		cols: d,
	};
	const tokenEmbeddingBytes = tensorBytes(f, table, -1, a.layers, downTensors, experts);
	const head: Tensor = { category: 'output', elements: a.vocab * d, cols: d };
	const headBytes = a.tiedEmbeddings ? 0 : tensorBytes(f, head, -1, a.layers, downTensors, experts);
	const positions: Tensor = { category: 'positions', elements: a.context * d, cols: d };
	const positionBytes = a.positionTable ? tensorBytes(f, positions, -1, a.layers, 0, 0) : 0;
	const finalNorm: Tensor = { category: 'vector', elements: a.normBias ? 2 * d : d, cols: d };
	const finalNormBytes = tensorBytes(f, finalNorm, -1, a.layers, 0, 0);
	params +=
		a.vocab * d * (a.tiedEmbeddings ? 1 : 2) +
		(a.positionTable ? a.context * d : 0) +
		finalNorm.elements;
	checkedResult('The parameter count', params, 'layers', LIMITS.params);
	const bytes = checkedResult(
		'The weights',
		blockBytes + tokenEmbeddingBytes + headBytes + positionBytes + finalNormBytes,
		'layers',
		{ min: 0, above: true, max: LIMITS.params.max * 4 },
	);
	return {
		format: f,
		bytes,
		params,
		bitsPerWeight: (8 * bytes) / params,
		tokenEmbeddingBytes,
		headBytes,
		positionBytes,
		blockBytes,
		routedExpertBytes,
		moeLayers,
		finalNormBytes,
	};
}
