/**
 * Shapes shared across the core. Quantities are plain numbers in SI base units
 * (FLOP, FLOP/s, bytes, seconds, watts); `devices` is the count of accelerators.
 */

/** A decoder-only transformer, as its configuration file describes it. */
export type Arch = {
	/**
	 * The defaults the other fields start from. gpt2: LayerNorm, GELU MLP, learned positions,
	 * biases, tied head; llama: RMSNorm, SwiGLU, rotary (no position table), no biases, untied
	 * head. `norm`, `mlp`, `positions` and the bias fields override them one by one (GPT-NeoX is
	 * gpt2 with rotary positions and an untied head; Gemma is llama with a GeGLU MLP).
	 */
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
	/**
	 * Width of one attention head. Hugging Face `head_dim`; defaults to dModel / heads. Qwen3,
	 * Gemma and Llama 3.2 set it, and in Qwen3 and Gemma heads × headDim ≠ dModel (Qwen3-4B:
	 * 32 × 128 = 4096 on a 2560-wide model): q, k, v and o then map dModel ↔ heads × headDim
	 * (transformers' LlamaAttention, `q_proj = Linear(hidden_size, heads · head_dim)`).
	 */
	headDim?: number;
	/**
	 * Normalisation: 'layernorm' (scale and, with `normBias`, shift: GPT-2, GPT-NeoX) or 'rmsnorm'
	 * (scale only: Zhang & Sennrich 2019, arXiv:1910.07467; Llama, Qwen, Gemma, OLMo 2, DeepSeek).
	 * Defaults to the family's: gpt2 LayerNorm, llama RMSNorm.
	 */
	norm?: 'layernorm' | 'rmsnorm';
	/**
	 * A LayerNorm has a learned shift (bias). Defaults to `bias`. GPT-NeoX's LayerNorms are
	 * biased (transformers' GPTNeoXLayer, nn.LayerNorm); an RMSNorm never has one.
	 */
	normBias?: boolean;
	/**
	 * MLP: 'gelu' (two matrices d → f → d: GPT-2, GPT-NeoX), 'swiglu' (three, a SiLU-gated unit:
	 * Shazeer 2020, arXiv:2002.05202; Llama, Mistral, Qwen, OLMo 2, Phi-3, DeepSeek) or 'geglu'
	 * (the same three matrices with a GELU gate: Gemma's `hidden_activation` gelu_pytorch_tanh).
	 * Defaults to the family's: gpt2 'gelu', llama 'swiglu'.
	 */
	mlp?: 'gelu' | 'swiglu' | 'geglu';
	/**
	 * Which attention projections have biases: 'none', 'qkv' (q, k and v only: Qwen2 and Qwen2.5,
	 * transformers' Qwen2Attention `bias=True` on q/k/v, none on o) or 'qkvo' (all four, as GPT-2
	 * and GPT-NeoX; Llama's `attention_bias: true`). Defaults to 'qkvo' with `bias`, else 'none'.
	 */
	attentionBias?: 'none' | 'qkv' | 'qkvo';
	/** The MLP's linear layers have biases. Defaults to `bias` (GPT-NeoX: always true). */
	mlpBias?: boolean;
	/**
	 * RMSNorm on queries and keys before the scores (Dehghani et al. 2023, arXiv:2302.05442):
	 * 'head' normalises each head with a headDim-wide scale shared by the heads (Qwen3, Gemma 3:
	 * `q_norm`, `k_norm` of head_dim); 'projection' normalises the whole q (heads × headDim) and
	 * k (kvHeads × headDim) projections (OLMo 2, transformers' Olmo2Attention). Absent: none.
	 */
	qkNorm?: 'head' | 'projection';
	/**
	 * Gemma 2 and 3 add an RMSNorm after attention and after the MLP to the two before them: four
	 * norms per block (Gemma Team 2024, arXiv:2408.00118 §2.2; transformers' Gemma2DecoderLayer
	 * `post_attention_layernorm`, `post_feedforward_layernorm`). Default false.
	 */
	postNorms?: boolean;
	/**
	 * Sliding-window attention (Beltagy et al. 2020, arXiv:2004.05150; Mistral 7B, arXiv:2310.06825
	 * §2): in `layers` of the blocks each token attends to the last `window` tokens only (Hugging
	 * Face `sliding_window`; which layers: `layer_types`, Gemma's `sliding_window_pattern`, Qwen's
	 * `max_window_layers`). Changes attention FLOP and materialised attention scores, not
	 * parameters. Absent: every layer attends to the whole context.
	 */
	slidingWindow?: { window: number; layers: number };
	/** Mixture of experts in the MLPs (see `Moe`). Absent: every MLP is dense. */
	moe?: Moe;
	/** Multi-head latent attention (DeepSeek-V2/V3, see `Mla`). Absent: ordinary attention. */
	mla?: Mla;
};

/**
 * A mixture-of-experts MLP (Shazeer et al. 2017, arXiv:1701.06538; Switch, Fedus et al. 2021,
 * arXiv:2101.03961): a router (a dModel × experts matrix) sends each token to `perToken` of
 * `experts` routed experts, each an MLP of width `expertFfnDim` of the arch's `mlp` kind; shared
 * experts (DeepSeekMoE, Dai et al. 2024, arXiv:2401.06066) see every token. The first
 * `denseLayers` blocks keep a dense MLP of width `ffnDim`.
 */
export type Moe = {
	/** Routed experts per MoE layer: `num_local_experts` (Mixtral), `num_experts` (Qwen), `n_routed_experts` (DeepSeek). */
	experts: number;
	/** Routed experts each token uses: `num_experts_per_tok`. */
	perToken: number;
	/** Hidden width of one routed expert: `moe_intermediate_size` (Qwen, DeepSeek); Mixtral's `intermediate_size`. */
	expertFfnDim: number;
	/** Shared experts every token uses: DeepSeek `n_shared_experts`; 1 for Qwen2-MoE's shared expert. Default 0. */
	sharedExperts?: number;
	/** Width of each shared expert: Qwen2-MoE `shared_expert_intermediate_size`; defaults to `expertFfnDim` (DeepSeek). */
	sharedFfnDim?: number;
	/** Qwen2-MoE's `shared_expert_gate`, a dModel → 1 sigmoid gate on the shared expert. Default false. */
	sharedGate?: boolean;
	/** Blocks with a dense MLP of `ffnDim` instead: DeepSeek `first_k_dense_replace` (the first k); Qwen's `mlp_only_layers`. Default 0. */
	denseLayers?: number;
	/** DeepSeek-V3's per-expert routing bias (`e_score_correction_bias`, `topk_method: noaux_tc`): `experts` values per MoE layer. Default false. */
	routerBias?: boolean;
};

/**
 * Multi-head latent attention (DeepSeek-AI 2024, DeepSeek-V2, arXiv:2405.04434 §2.1): queries
 * and keys/values are projected down to a low rank, normalised, and projected up per head; a
 * separate rotary part of the key is shared by all heads. Per block (transformers'
 * DeepseekV3Attention at huggingface/transformers@00b676f, modeling_deepseek_v3.py):
 * q_a_proj d·r_q, q_a_layernorm r_q, q_b_proj r_q·H·(nope + rope) (or q_proj d·H·(nope + rope)
 * without `q_lora_rank`); kv_a_proj_with_mqa d·(r_kv + rope), kv_a_layernorm r_kv,
 * kv_b_proj r_kv·H·(nope + v); o_proj H·v·d. `kvHeads` and `headDim` do not apply.
 */
export type Mla = {
	/** `q_lora_rank`; 0 or absent (null in config.json): queries are projected directly. */
	qLoraRank?: number;
	/** `kv_lora_rank`: width of the compressed key/value latent. */
	kvLoraRank: number;
	/** `qk_rope_head_dim`: the rotary part of each query and key head. */
	qkRopeHeadDim: number;
	/** `qk_nope_head_dim`: the part without rotary positions. */
	qkNopeHeadDim: number;
	/** `v_head_dim`: width of each value head. */
	vHeadDim: number;
};

/**
 * A number format, as accelerators' peak FLOP/s are published per format: fp32 (non-tensor),
 * tf32, bf16, fp16 (tensor, FP32 accumulate) and fp8. Training memory models a subset
 * (`TrainingPrecision`).
 */
export type Precision = 'fp32' | 'tf32' | 'bf16' | 'fp16' | 'fp8';
