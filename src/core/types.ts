/**
 * Shapes shared across the core. Quantities are plain numbers in SI base units
 * (FLOP, FLOP/s, bytes, seconds, watts); `devices` is the count of accelerators.
 */

/** A decoder-only transformer, as its configuration file describes it. */
export type Arch = {
	/** gpt2: LayerNorm, GELU MLP, learned positions; llama: RMSNorm, SwiGLU, rotary (no position table). */
	family: 'gpt2' | 'llama';
	layers: number;
	heads: number;
	/** Key/value heads for grouped-query attention; defaults to `heads` (no GQA). */
	kvHeads?: number;
	dModel: number;
	/** MLP hidden width; defaults to 4·dModel for gpt2, required for llama. */
	ffnDim?: number;
	vocab: number;
	/** Context length in tokens (nanoGPT's block_size). */
	context: number;
	/** Biases in linear layers and norms; gpt2 default true, llama has none. */
	bias?: boolean;
	/** Output head shares the token-embedding matrix; gpt2 default true, llama default false. */
	tiedEmbeddings?: boolean;
	/**
	 * How positions are encoded: 'learned' (a context × dModel table; gpt2's default), 'rotary'
	 * (no parameters; llama's default) or 'relative' (Transformer-XL's, as in Gopher and
	 * Chinchilla: no table, but each block projects the relative position encodings with its own
	 * dModel × dModel matrix and adds two learned dModel-wide biases).
	 */
	positions?: 'learned' | 'rotary' | 'relative';
};

/**
 * A number format, as accelerators' peak FLOP/s are published per format: fp32 (non-tensor),
 * tf32, bf16, fp16 (tensor, FP32 accumulate) and fp8. Training memory models a subset
 * (`TrainingPrecision`).
 */
export type Precision = 'fp32' | 'tf32' | 'bf16' | 'fp16' | 'fp8';
