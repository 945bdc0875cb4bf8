/**
 * Published model configurations that several core tests compute from, written once here
 * (independently of src/data, so the core is checked against the sources, not against our data).
 */
import type { Arch } from '../../src/core/index.ts';

/** The nanoGPT note's model (seed 004): 12 layers, 6 heads, n_embd 384, padded vocab, no bias. */
export const nanoNote: Arch = {
	family: 'gpt2',
	layers: 12,
	heads: 6,
	dModel: 384,
	vocab: 50304,
	context: 1024,
	bias: false,
};

/** GPT-2 small as released (nanoGPT model.py from_pretrained: 12 × 768, vocab 50,257). */
export const gpt2small: Arch = {
	family: 'gpt2',
	layers: 12,
	heads: 12,
	dModel: 768,
	vocab: 50257,
	context: 1024,
};

/** GPT-3 175B (Brown et al. 2020, Table 2.1: 96 layers, d_model 12,288, 96 heads, n_ctx 2,048). */
export const gpt3: Arch = {
	family: 'gpt2',
	layers: 96,
	heads: 96,
	dModel: 12288,
	vocab: 50257,
	context: 2048,
};

/** Llama 3 8B (Hugging Face config.json: vocab 128,256, 8 KV heads, ffn 14,336). */
export const llama3_8b: Arch = {
	family: 'llama',
	layers: 32,
	heads: 32,
	kvHeads: 8,
	dModel: 4096,
	ffnDim: 14336,
	vocab: 128256,
	context: 8192,
};

/**
 * Llama 2 7B (Meta's params.json / Hugging Face config.json: dim 4096, 32 layers, 32 heads,
 * intermediate_size 11008, vocab 32,000, context 4,096; untied output head).
 */
export const llama2_7b: Arch = {
	family: 'llama',
	layers: 32,
	heads: 32,
	dModel: 4096,
	ffnDim: 11008,
	vocab: 32000,
	context: 4096,
};
