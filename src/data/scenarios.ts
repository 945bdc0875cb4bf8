/**
 * The inputs of the three original notes, so articles and calculators start from the same place.
 *
 * INPUTS ONLY: ids into gpus.ts / models.ts / published.ts and the numbers the notes assume.
 * Results (FLOP, time, energy) are computed by the core from these. `claims` records what each
 * note concluded, verbatim in SI units, so an article can set its own result beside the note's
 * (several claims are wrong; see the comments) — never use a claim as an input.
 */
import { SECONDS_PER_YEAR, type Precision, BYTES_PER_GIB } from '../core/index.ts';
import type { Source } from './types.ts';

/** The notes' "one year", as the core counts a GPU-year (365.25 days). The notes' 1.14e21 holds
 * for 365 or 365.25 days alike: 40.09e12 FLOP/s × 0.9 × 31,557,600 s = 1.139e21. */
const YEAR = SECONDS_PER_YEAR;

/** Published MFU of large runs, the range real training reaches: Megatron-LM 140/312 = 45 %,
 * PaLM 46.2 %, Llama 3.1 405B 38-43 % (see published.ts). */
const REALISTIC_MFU: readonly [number, number] = [0.3, 0.5];

type Range = readonly [number, number];

export type ComputeBudgetInputs = {
	readonly gpuId: string;
	readonly precision: Precision;
	readonly devices: number;
	readonly utilization: number;
	readonly seconds: number;
};

export type GptThreeFiveScenario = ComputeBudgetInputs & {
	readonly id: 'gpt-3-5-compute';
	readonly source: Source;
	/** GPT-3 175B stands in for GPT-3.5, whose compute OpenAI never published. */
	readonly target: {
		readonly modelId: string;
		readonly runId: string;
		readonly tokens: number;
		readonly publishedFlops: number;
	};
	/** "About 35 years on one A100": the comparison the note makes. */
	readonly comparison: {
		readonly gpuId: string;
		readonly precision: Precision;
		readonly utilization: number;
	};
	readonly realisticMfu: Range;
	readonly claims: {
		readonly flops: number;
		readonly fractionOfTarget: number;
		readonly gpuYears: number;
		readonly a100Years: number;
		/** "hundreds of GB of VRAM" — in fact ~2.8 TB for weights, gradients and Adam state. */
		readonly memoryBytesAtLeast: number;
	};
};

export type GptTwoRun = {
	readonly modelId: string;
	/** The parameter count the note multiplies by (rounded). */
	readonly params: number;
	readonly tokens: number;
	/** True when the token count is an estimate (GPT-2's was never published). */
	readonly tokensEstimate?: boolean;
	readonly note: string;
};

export type GptTwoScenario = ComputeBudgetInputs & {
	readonly id: 'gpt-2-one-gpu';
	readonly source: Source;
	readonly runs: readonly GptTwoRun[];
	/**
	 * Where the ~10 B-token estimate comes from: WebText's published size, and the token count of
	 * OpenWebText, its open re-creation, in GPT-2's tokenizer. About one pass over it.
	 */
	readonly webText: {
		readonly bytes: number;
		readonly documents: number;
		readonly openWebTextTokens: number;
		readonly source: Source;
	};
	readonly claims: {
		readonly xlFlops: number;
		readonly smallFlops: number;
		readonly gopherFlops: number;
		/** "more than 480 times" (6 × 124M × 3.3B is 2.46e18, so ~463×). */
		readonly smallRatio: number;
		readonly xlRatio: number;
		/** "~50GB+" to train 1.5B, against the card's 12 GB. */
		readonly xlTrainingMemoryBytes: number;
	};
};

export type NanogptScenario = {
	readonly id: 'nanogpt-run';
	readonly source: Source;
	readonly gpuId: string;
	/** nanoGPT trains in bfloat16 autocast where the GPU supports it (Ada does). */
	readonly precision: Precision;
	readonly modelId: string;
	readonly devices: number;
	readonly microBatch: number;
	readonly context: number;
	/** nanoGPT's gradient_accumulation_steps (global, split across devices). */
	readonly gradAccum: number;
	readonly iters: number;
	readonly datasetTokens: number;
	/** The note's claimed steady-state time per iteration (range, and its "typical" range). */
	readonly secondsPerIterClaimed: Range;
	readonly secondsPerIterTypicalClaimed: Range;
	/** First iteration, dominated by torch.compile. */
	readonly firstIterSeconds: number;
	/** Average board power under load the note assumes, and its range. */
	readonly watts: number;
	readonly wattsRange: Range;
	/** nanoGPT's estimate_mfu divides by an A100's 312 TFLOP/s whatever the GPU (model.py line 301). */
	readonly nanogptMfuPeakFlopsPerSecond: number;
	readonly realisticMfu: Range;
	/**
	 * NVIDIA's marketed "AI TOPS" for the card: FP8 tensor throughput with 2:4 structured
	 * sparsity (and FP16 accumulation), not a rate dense BF16 training can reach.
	 */
	readonly marketedAiTops: number;
	/** nanoGPT's train.py defaults: evaluate every `evalInterval` iterations on `evalIters`
	 * micro-batches of each split (train and val), forward only. The note does not change them. */
	readonly evalInterval: number;
	readonly evalIters: number;
	readonly claims: {
		readonly params: number;
		readonly tokensPerIter: number;
		readonly totalTokens: number;
		/** Written 2.55e15 ("~2,550 PFLOPs"): off by 1,000; 6 · N · D is 2.55e18. */
		readonly flops: number;
		readonly hours: Range;
		readonly peakVramBytes: Range;
		readonly mfu: Range;
		readonly epochs: number;
		readonly energyKWh: number;
		/** The note gives a total (USD 0.50-1.00 for ~4 kWh), not a price per kWh. */
		readonly costUsd: Range;
	};
};

export const gpt35Scenario: GptThreeFiveScenario = {
	id: 'gpt-3-5-compute',
	source: {
		url: 'https://lambdalabs.com/blog/demystifying-gpt-3',
		note: 'Inputs of the GPT-3.5 note (seed 000 in French; 002 Hindi and 003 Arabic are the same note), which cites this Lambda post: one RTX 4070 Ti for a year at 90 % of its ~40 TFLOP/s FP32 (non-tensor) peak; GPT-3 175B (300B tokens, 3.14e23 FLOP, Brown et al. Table D.1) as GPT-3.5’s stand-in; the A100 comparison.',
	},
	gpuId: 'rtx-4070-ti',
	precision: 'fp32',
	devices: 1,
	utilization: 0.9,
	seconds: YEAR,
	target: {
		modelId: 'gpt3-175b',
		runId: 'gpt3-175b-training',
		tokens: 300e9,
		publishedFlops: 3.14e23,
	},
	comparison: { gpuId: 'a100-80gb-sxm', precision: 'bf16', utilization: 0.9 },
	realisticMfu: REALISTIC_MFU,
	claims: {
		flops: 1.14e21,
		fractionOfTarget: 0.0036,
		gpuYears: 275,
		a100Years: 35,
		memoryBytesAtLeast: 100e9,
	},
};

export const gpt2Scenario: GptTwoScenario = {
	id: 'gpt-2-one-gpu',
	source: {
		url: 'https://tomekkorbak.com/2022/10/10/compute-optimal-gpt2/',
		note: 'Inputs of the GPT-2 note (seed 001, French), which cites this post for the compute-optimal GPT-2 small: the same one-year RTX 4070 Ti budget; GPT-2 1.5B on ~10B tokens (an estimate: OpenAI never published GPT-2’s token count); GPT-2 small (124M) on ~3.3B tokens; Gopher 1.4B on 300B tokens as the note’s “compute-optimal” comparison; the 12 GB card.',
	},
	gpuId: 'rtx-4070-ti',
	precision: 'fp32',
	devices: 1,
	utilization: 0.9,
	seconds: YEAR,
	webText: {
		bytes: 40e9,
		documents: 8e6,
		openWebTextTokens: 9_035_582_198,
		source: {
			url: 'https://github.com/karpathy/nanoGPT/blob/3adf61e154c3fe3fca428ad6bc3818b27a3b8291/data/openwebtext/prepare.py',
			note: 'Radford et al. 2019, §2.1: WebText is "40GB of text" from "slightly over 8 million documents" (documents: a lower bound). OpenWebText in the GPT-2 tokenizer: "train has ~9B tokens (9,035,582,198)", nanoGPT data/openwebtext/prepare.py (closing comment) at commit 3adf61e; from 8,013,769 documents (data/openwebtext/readme.md).',
		},
	},
	runs: [
		{
			modelId: 'gpt2-xl',
			params: 1.5e9,
			tokens: 10e9,
			tokensEstimate: true,
			note: 'GPT-2 1.5B on ~10B tokens: the note’s estimate; the real count was never published.',
		},
		{
			modelId: 'gpt2',
			params: 124e6,
			tokens: 3.3e9,
			note: 'GPT-2 small at a compute-optimal ~3.3B tokens (Korbak 2022).',
		},
		{
			modelId: 'gopher-1.4b',
			params: 1.4e9,
			tokens: 300e9,
			note: 'Gopher 1.4B on 300B tokens, which the note calls compute-optimal; it is not (Chinchilla’s ~20 tokens per parameter gives ~28B).',
		},
	],
	claims: {
		xlFlops: 9e19,
		smallFlops: 2.37e18,
		gopherFlops: 2.5e21,
		smallRatio: 480,
		xlRatio: 12,
		xlTrainingMemoryBytes: 50e9,
	},
};

export const nanogptScenario: NanogptScenario = {
	id: 'nanogpt-run',
	source: {
		url: 'https://github.com/karpathy/nanoGPT',
		note: 'Inputs of the nanoGPT note (seed 004, French) about a run of nanoGPT on an RTX 4070 12GB: batch_size 16, block_size 1024, gradient_accumulation_steps 32, max_iters 20,000, the 40.56M model (n_embd 384, 12 layers, 6 heads, no bias), a FineWeb subset of ~3.68B tokens, 2.5-4.5 s per iteration claimed (~3-3.5 s typical), ~32 s first iteration, 180-220 W (200 W average). secondary: the RTX 4070’s "466 AI TOPS" from NVIDIA’s GeForce RTX 4070 family specification table (https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/rtx-4070-family/), FP8 with sparsity per its footnote, as reproduced in reviews. eval_interval 2000 and eval_iters 200 are nanoGPT’s train.py defaults (karpathy/nanoGPT@3adf61e, train.py, "default config values").',
	},
	gpuId: 'rtx-4070',
	precision: 'bf16',
	modelId: 'nanogpt-note-40m',
	devices: 1,
	microBatch: 16,
	context: 1024,
	gradAccum: 32,
	iters: 20000,
	datasetTokens: 3.68e9,
	secondsPerIterClaimed: [2.5, 4.5],
	secondsPerIterTypicalClaimed: [3, 3.5],
	firstIterSeconds: 32,
	watts: 200,
	wattsRange: [180, 220],
	nanogptMfuPeakFlopsPerSecond: 312e12,
	realisticMfu: REALISTIC_MFU,
	marketedAiTops: 466e12,
	evalInterval: 2000,
	evalIters: 200,
	claims: {
		params: 40.56e6,
		tokensPerIter: 524288,
		totalTokens: 10.486e9,
		flops: 2.55e15,
		hours: [15, 20],
		// "pic ≈ 9–11 Go" on a "12 GB" card; read as GiB like the card's memory.
		peakVramBytes: [9 * BYTES_PER_GIB, 11 * BYTES_PER_GIB],
		mfu: [0.2, 0.35],
		epochs: 2.85,
		energyKWh: 4,
		costUsd: [0.5, 1.0],
	},
};

export const scenarios = {
	'gpt-3-5-compute': gpt35Scenario,
	'gpt-2-one-gpu': gpt2Scenario,
	'nanogpt-run': nanogptScenario,
} as const;

export type ScenarioId = keyof typeof scenarios;
