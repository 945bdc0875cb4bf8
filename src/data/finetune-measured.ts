/**
 * Published peak-memory measurements of fine-tuning runs, and published claims, to check
 * `finetuneMemory` against. Only figures read in the sources: each entry gives the model,
 * method, rank, targets, sequence, micro-batch, the measured GiB and where it is printed. The
 * settings a source does not print are listed in `derived` with the reason.
 *
 * `band` is how far the core's estimate may sit from the measurement, as fractions
 * (−0.1 = 10 % below) plus an absolute slack; test/data/finetune-measured.test.ts fails
 * outside it.
 */
import { EstimateError, type Arch, type FinetuneInput } from '../core/index.ts';
import { models2026 } from './models-2026.ts';
import type { Sourced } from './types.ts';

/** A measured or claimed fine-tuning peak. */
export type FinetuneMeasurement = Sourced & {
	readonly id: string;
	readonly model: string;
	/** `finetuneMemory`'s input for the run as published. */
	readonly input: FinetuneInput;
	/** Accelerator the run used. */
	readonly hardware: string;
	/**
	 * 'peak': the process's peak device memory (PyTorch's peak reserved pool + the CUDA context,
	 * what nvidia-smi shows). 'capacity': the longest sequence that still fit a card of this
	 * size, so the peak is at most the card. 'claim': the authors say it fits this card.
	 */
	readonly kind: 'peak' | 'capacity' | 'claim';
	/** Measured peak, the card size for 'capacity' and 'claim', GiB. */
	readonly gib: number;
	/**
	 * How far the estimate may sit from `gib`: between gib·(1 + below) − slackGiB and
	 * gib·(1 + above) + slackGiB.
	 */
	readonly band: { readonly below: number; readonly above: number; readonly slackGiB: number };
	/**
	 * Where the core is known to miss, and why: the band then brackets the miss, so the test
	 * fails when the core changes there, for better or worse.
	 */
	readonly limitation?: string;
};

const arch = (id: string): Arch => {
	const m = models2026.find((x) => x.id === id);
	if (m === undefined) throw new EstimateError(`no model ${id} in the catalogue`, 'modelId');
	return m.arch;
};

const FITCHECK_FINAL =
	'https://github.com/Anassbzdd/fitcheck/blob/83aea542a90aec3c5bcb435320409bf5dc49b41e/data/measurements/final-t4-20260921.json';
const FITCHECK_NOTE =
	'fitcheck-llm’s out-of-sample Tesla T4 runs of 2026-09-21 (torch + transformers + peft + bitsandbytes): QLoRA NF4 without double quantisation, fp16 compute, AdamW, gradient checkpointing, r = 16 on q_proj, k_proj, v_proj, o_proj, batch 1, sequence 1,024; the row’s `measured.process_mib` (peak reserved + CUDA context). The file records the unquantised tensors (embeddings, head, norms) in fp32 (`weight_breakdown.unquantized_fp32`, PEFT’s prepare_model_for_kbit_training) and fp32 adapters, as the input sets.';

const FITCHECK_SEPT01 =
	'https://github.com/Anassbzdd/fitcheck/blob/02ebe015adf8cef1f2c33dee6dae41ab813e9773/data/measurements/t4-qlora-2026-09-01.json';
const FITCHECK_SEPT01_NOTE =
	'fitcheck-llm’s Tesla T4 session of 2026-09-01 (torch 2.10, transformers 5.0, peft 0.19.1; the measured half transcribed by the author from the notebook’s saved outputs, see the file’s _provenance): QLoRA NF4 without double quantisation, fp16 compute, AdamW, gradient checkpointing, r = 32 on q_proj, k_proj, v_proj, o_proj; the row’s `measured.process_mib` (peak reserved + CUDA context). The predicted weights (1,020 MiB for TinyLlama) are those of fp32 unquantised tensors, as the input sets.';

type Run = {
	id: string;
	model: string;
	arch: Arch;
	rank: number;
	microBatch: number;
	sequence: number;
	flashAttention: boolean;
	processMib: number;
	/** Row id, or the row's `config` string where the file has none. */
	row: string;
	/** A documented miss instead of the usual band (see `limitation`). */
	miss?: { below: number; above: number; why: string };
};

/** A fitcheck T4 row: QLoRA on the attention projections. */
function fitcheck(r: Run, url: string, note: string): FinetuneMeasurement {
	return {
		id: r.id,
		model: r.model,
		input: {
			arch: r.arch,
			microBatch: r.microBatch,
			sequence: r.sequence,
			method: 'qlora',
			lora: { rank: r.rank, targets: 'attention' },
			precision: 'fp16',
			doubleQuant: false,
			upcastFrozen: true,
			adapterPrecision: 'fp32',
			recompute: 'full',
			flashAttention: r.flashAttention,
		},
		hardware: 'NVIDIA Tesla T4 (16 GB)',
		kind: 'peak',
		gib: r.processMib / 1024,
		// 10 % for the tensors, plus 0.5 GiB for what no config.json fixes: the pool PyTorch
		// reserves runs 0.2-1.0 GiB above what is allocated in these very rows (peak_reserved_mib
		// vs peak_allocated_mib) and the T4's CUDA context is 0.14 GiB, where the core charges a
		// fixed 0.75 GiB for both.
		band: r.miss
			? { below: r.miss.below, above: r.miss.above, slackGiB: 0 }
			: { below: -0.1, above: 0.1, slackGiB: 0.5 },
		...(r.miss ? { limitation: r.miss.why } : {}),
		source: {
			url,
			note: `${note} Row ${r.row} (${r.flashAttention ? 'attn_impl sdpa' : 'attn_impl eager'}, batch ${r.microBatch}, sequence ${r.sequence}): process_mib ${r.processMib}. secondary: input.arch, the row's model_config or the model's config.json as fitcheck read it (the same values as the catalogue's config.json where the model is in it).`,
		},
		secondary: ['input.arch'],
	};
}

/** The out-of-sample rows of 2026-09-21: r = 16, batch 1, sequence 1,024. */
const final = (
	id: string,
	model: string,
	a: Arch,
	flashAttention: boolean,
	processMib: number,
	row: string,
) =>
	fitcheck(
		{
			id,
			model,
			arch: a,
			rank: 16,
			microBatch: 1,
			sequence: 1024,
			flashAttention,
			processMib,
			row,
		},
		FITCHECK_FINAL,
		FITCHECK_NOTE,
	);

/** The rows of 2026-09-01: r = 32. */
const sept01 = (r: Omit<Run, 'rank'>) =>
	fitcheck({ ...r, rank: 32 }, FITCHECK_SEPT01, FITCHECK_SEPT01_NOTE);

const TINYLLAMA: Arch = {
	family: 'llama',
	layers: 22,
	heads: 32,
	kvHeads: 4,
	dModel: 2048,
	ffnDim: 5632,
	vocab: 32000,
	context: 2048,
};
const SMOLLM2_17B: Arch = {
	family: 'llama',
	layers: 24,
	heads: 32,
	dModel: 2048,
	ffnDim: 8192,
	vocab: 49152,
	context: 8192,
	tiedEmbeddings: true,
};
const QWEN25_15B: Arch = {
	family: 'llama',
	layers: 28,
	heads: 12,
	kvHeads: 2,
	dModel: 1536,
	ffnDim: 8960,
	vocab: 151936,
	context: 32768,
	tiedEmbeddings: true,
	attentionBias: 'qkv',
};

const MISTRAL_V03: Arch = {
	family: 'llama',
	layers: 32,
	heads: 32,
	kvHeads: 8,
	dModel: 4096,
	ffnDim: 14336,
	vocab: 32768,
	context: 32768,
	tiedEmbeddings: false,
};
const DEEPSEEK_CODER_13B: Arch = {
	family: 'llama',
	layers: 24,
	heads: 16,
	dModel: 2048,
	ffnDim: 5504,
	vocab: 32256,
	context: 16384,
	tiedEmbeddings: false,
};
/** Qwen2.5 Coder 1.5B has Qwen2.5 1.5B's shape (fitcheck's model_config: 1536 wide, 28 layers, 12 heads, 2 KV heads, 8960, vocabulary 151,936, tied). */
const QWEN25_CODER_15B = QWEN25_15B;

/** LLaMA 33B and 65B (Touvron et al. 2023, arXiv:2302.13971, Table 2; intermediate sizes and vocabulary from the Hugging Face conversions' config.json). */
const LLAMA1_33B: Arch = {
	family: 'llama',
	layers: 60,
	heads: 52,
	dModel: 6656,
	ffnDim: 17920,
	vocab: 32000,
	context: 2048,
};
const LLAMA1_65B: Arch = {
	family: 'llama',
	layers: 80,
	heads: 64,
	dModel: 8192,
	ffnDim: 22016,
	vocab: 32000,
	context: 2048,
};

const QLORA_PAPER = 'https://arxiv.org/abs/2305.14314';
const QLORA_SCRIPT = (size: string) =>
	`https://github.com/artidoro/qlora/blob/0b46ca80a0bb57b255e59bd0e19b190e51751d82/scripts/finetune_guanaco_${size}.sh`;

/** The Guanaco recipe (qlora.py with the repository's script): r 64 on all linear layers, NF4 with double quantisation, bf16, gradient checkpointing, LoRA dropout 0.05, source 16 + target 512 tokens. */
function guanaco(
	size: '33b' | '65b',
	a: Arch,
	microBatch: number,
	card: number,
): FinetuneMeasurement {
	return {
		id: `qlora-guanaco-${size}`,
		model: `LLaMA ${size.toUpperCase()} (Guanaco)`,
		input: {
			arch: a,
			microBatch,
			sequence: 528,
			method: 'qlora',
			lora: { rank: 64, targets: 'all-linear' },
			precision: 'bf16',
			doubleQuant: true,
			adapterPrecision: 'bf16',
			loraDropout: true,
			recompute: 'full',
		},
		hardware: `one ${card} GB GPU`,
		kind: 'claim',
		gib: card,
		// A claim that it fits: the estimate must be at most the card, and not far below it.
		band: { below: -0.25, above: 0, slackGiB: 0 },
		source: {
			url: QLORA_PAPER,
			note:
				size === '65b'
					? `Dettmers et al. 2023, abstract and §1: “finetune a 65B parameter model on a single 48GB GPU”. Settings from ${QLORA_SCRIPT(size)} (lora_r 64, lora_modules all, double_quant, nf4, bf16, gradient_checkpointing, source_max_len 16 + target_max_len 512, per_device_train_batch_size 4, lora_dropout 0.05); qlora.py casts the LoRA modules to bf16 under --bf16. derived: sequence (the longest sequence the script allows; group_by_length makes most shorter).`
					: `Dettmers et al. 2023, §1: Guanaco 33B “can be trained on 24 GB consumer GPUs in less than 12 hours”. Settings from ${QLORA_SCRIPT(size)} (as for 65B); the micro-batch is 1 here, not the script's 4 (the paper does not say which it used on 24 GB; the paged optimizer moves state to CPU memory when the GPU runs short, §3). derived: sequence, microBatch.`,
		},
		derived: size === '65b' ? ['input.sequence'] : ['input.sequence', 'input.microBatch'],
	};
}

const UNSLOTH_BENCHMARKS = 'https://docs.unsloth.ai/basics/unsloth-benchmarks';

/** Unsloth's Hugging Face + FlashAttention-2 column: the longest sequence Llama 3.1 8B QLoRA fits. */
function unslothHf(card: number, sequence: number): FinetuneMeasurement {
	return {
		id: `unsloth-hf-fa2-llama3.1-8b-${card}gb`,
		model: 'Llama 3.1 8B Instruct',
		input: {
			arch: arch('llama3.1-8b'),
			microBatch: 1,
			sequence,
			method: 'qlora',
			lora: { rank: 32, targets: 'all-linear' },
			precision: 'bf16',
			doubleQuant: true,
			adapterPrecision: 'fp32',
			recompute: 'full',
		},
		hardware: `${card} GB of GPU memory`,
		kind: 'capacity',
		gib: card,
		// The longest sequence that fit: the peak is at most the card, and the card's usable
		// memory is less than its size (driver reservation, fragmentation at the edge).
		band: { below: -0.25, above: 0.05, slackGiB: 0 },
		source: {
			url: UNSLOTH_BENCHMARKS,
			note: `Unsloth Benchmarks, “Llama 3.1 (8B) max. context length” table, Hugging Face + FA2 column: ${card} GB → ${sequence.toLocaleString('en')} tokens (4-bit QLoRA on q, k, v, o, gate, up, down, rank 32, batch size 1, sequences padded to the length; also in unsloth.ai/blog/llama3-3). derived: recompute (gradient checkpointing is not stated for the Hugging Face runs; without it 8B does not fit 12 GB at any length near these), doubleQuant and the fp32 adapters (PEFT's defaults).`,
		},
		derived: ['input.recompute', 'input.doubleQuant', 'input.adapterPrecision'],
	};
}

export const finetuneMeasurements: readonly FinetuneMeasurement[] = [
	final(
		'fitcheck-qwen2.5-7b-eager',
		'Qwen2.5 7B Instruct',
		arch('qwen2.5-7b'),
		false,
		11886.875,
		'2169f0e16ea4',
	),
	final(
		'fitcheck-qwen2.5-7b-sdpa',
		'Qwen2.5 7B Instruct',
		arch('qwen2.5-7b'),
		true,
		12020.875,
		'9542dd6f064c',
	),
	final(
		'fitcheck-mistral-7b-v0.3-eager',
		'Mistral 7B Instruct v0.3',
		MISTRAL_V03,
		false,
		6880.875,
		'35abf657c6f7',
	),
	final(
		'fitcheck-mistral-7b-v0.3-sdpa',
		'Mistral 7B Instruct v0.3',
		MISTRAL_V03,
		true,
		6540.875,
		'5b933ab49870',
	),
	final(
		'fitcheck-llama3.2-3b-eager',
		'Llama 3.2 3B Instruct',
		arch('llama3.2-3b'),
		false,
		6352.875,
		'a17e63a61ecf',
	),
	final(
		'fitcheck-llama3.2-3b-sdpa',
		'Llama 3.2 3B Instruct',
		arch('llama3.2-3b'),
		true,
		6408.875,
		'a396128b4c55',
	),
	final(
		'fitcheck-llama3.2-1b-eager',
		'Llama 3.2 1B Instruct',
		arch('llama3.2-1b'),
		false,
		4198.875,
		'feca394ad10d',
	),
	final(
		'fitcheck-llama3.2-1b-sdpa',
		'Llama 3.2 1B Instruct',
		arch('llama3.2-1b'),
		true,
		4166.875,
		'cb26baa4af47',
	),
	final(
		'fitcheck-deepseek-coder-1.3b-eager',
		'DeepSeek Coder 1.3B Instruct',
		DEEPSEEK_CODER_13B,
		false,
		2414.875,
		'368230c435f7',
	),
	final(
		'fitcheck-deepseek-coder-1.3b-sdpa',
		'DeepSeek Coder 1.3B Instruct',
		DEEPSEEK_CODER_13B,
		true,
		2312.875,
		'4a617ca7c36c',
	),
	final(
		'fitcheck-qwen2.5-coder-1.5b-eager',
		'Qwen2.5 Coder 1.5B Instruct',
		QWEN25_CODER_15B,
		false,
		5200.875,
		'91cff4bd59e6',
	),
	final(
		'fitcheck-qwen2.5-coder-1.5b-sdpa',
		'Qwen2.5 Coder 1.5B Instruct',
		QWEN25_CODER_15B,
		true,
		5352.875,
		'74c48249f5ad',
	),
	sept01({
		id: 'fitcheck-tinyllama-512-eager',
		model: 'TinyLlama 1.1B Chat',
		arch: TINYLLAMA,
		microBatch: 2,
		sequence: 512,
		flashAttention: false,
		processMib: 2211,
		row: 'seq=512, no FA',
	}),
	sept01({
		id: 'fitcheck-tinyllama-1024-eager',
		model: 'TinyLlama 1.1B Chat',
		arch: TINYLLAMA,
		microBatch: 2,
		sequence: 1024,
		flashAttention: false,
		processMib: 3673,
		row: 'seq=1024, no FA',
	}),
	sept01({
		id: 'fitcheck-tinyllama-2048-eager',
		model: 'TinyLlama 1.1B Chat',
		arch: TINYLLAMA,
		microBatch: 2,
		sequence: 2048,
		flashAttention: false,
		processMib: 7781,
		row: 'seq=2048, no FA',
		miss: {
			below: -0.4,
			above: -0.25,
			why: 'Eager attention at 2,048 tokens: the core counts the s² scores a block saves (one 16-bit copy while it is rebuilt), not the fp32 softmax and the gradients of the scores that eager attention holds at once in the backward pass, about five s²-sized tensors here (2.6 GiB). Use FlashAttention or SDPA figures for long sequences.',
		},
	}),
	sept01({
		id: 'fitcheck-tinyllama-512-sdpa',
		model: 'TinyLlama 1.1B Chat',
		arch: TINYLLAMA,
		microBatch: 2,
		sequence: 512,
		flashAttention: true,
		processMib: 2267,
		row: 'seq=512, attn=sdpa',
	}),
	sept01({
		id: 'fitcheck-tinyllama-1024-sdpa',
		model: 'TinyLlama 1.1B Chat',
		arch: TINYLLAMA,
		microBatch: 2,
		sequence: 1024,
		flashAttention: true,
		processMib: 3033,
		row: 'seq=1024, attn=sdpa',
	}),
	sept01({
		id: 'fitcheck-tinyllama-2048-sdpa',
		model: 'TinyLlama 1.1B Chat',
		arch: TINYLLAMA,
		microBatch: 2,
		sequence: 2048,
		flashAttention: true,
		processMib: 4781,
		row: 'seq=2048, attn=sdpa',
	}),
	sept01({
		id: 'fitcheck-smollm2-1.7b-eager',
		model: 'SmolLM2 1.7B',
		arch: SMOLLM2_17B,
		microBatch: 4,
		sequence: 1024,
		flashAttention: false,
		processMib: 7073,
		row: 'SmolLM2 bs=4, seq=1024, no FA',
	}),
	sept01({
		id: 'fitcheck-smollm2-1.7b-sdpa',
		model: 'SmolLM2 1.7B',
		arch: SMOLLM2_17B,
		microBatch: 4,
		sequence: 1024,
		flashAttention: true,
		processMib: 6049,
		row: 'SmolLM2 bs=4, seq=1024, attn=sdpa',
	}),
	sept01({
		id: 'fitcheck-qwen2.5-1.5b-eager',
		model: 'Qwen2.5 1.5B Instruct',
		arch: QWEN25_15B,
		microBatch: 2,
		sequence: 1024,
		flashAttention: false,
		processMib: 7513,
		row: 'Qwen2.5-1.5B bs=2, seq=1024, no FA',
	}),
	sept01({
		id: 'fitcheck-qwen2.5-1.5b-sdpa',
		model: 'Qwen2.5 1.5B Instruct',
		arch: QWEN25_15B,
		microBatch: 2,
		sequence: 1024,
		flashAttention: true,
		processMib: 7373,
		row: 'Qwen2.5-1.5B bs=2, seq=1024, attn=sdpa',
	}),
	unslothHf(12, 932),
	unslothHf(16, 2551),
	unslothHf(24, 5789),
	unslothHf(40, 12264),
	unslothHf(48, 15502),
	unslothHf(80, 28454),
	guanaco('65b', LLAMA1_65B, 4, 48),
	guanaco('33b', LLAMA1_33B, 1, 24),
];
