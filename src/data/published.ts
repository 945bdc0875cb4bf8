/**
 * Real training runs, with what their authors published, to check estimates against; plus two
 * published projections the notes lean on (`kind: 'projection'`: arithmetic by the authors, not
 * a measured end-to-end run). Only published figures: a field is absent when nobody published
 * it, and a figure computed here from published inputs is listed in `derived`.
 */
import { EstimateError, describeValue } from '../core/index.ts';
import type { PublishedRun } from './types.ts';

const DAY = 86400;

const LLAMA2_CARD =
	'https://github.com/meta-llama/llama/blob/689c7f261b9c5514636ecc3c5fefefcbb3e6eed7/MODEL_CARD.md';
const LLAMA3_CARD =
	'https://github.com/meta-llama/llama3/blob/a0940f9cf7065d45bb6675660f80d305c041a754/MODEL_CARD.md';
const LLAMA31_CARD =
	'https://github.com/meta-llama/llama-models/blob/a9c89c471f793423afd4cc3ca8671d6e56fe64cb/models/llama3_1/MODEL_CARD.md';
const CHINCHILLA = 'https://arxiv.org/abs/2203.15556';

function llama2(id: string, size: string, gpuHours: number, tCO2eq: number): PublishedRun {
	return {
		id: `${id}-pretraining`,
		name: `Llama 2 ${size} pre-training`,
		kind: 'run',
		modelId: id,
		params: Number.parseFloat(size) * 1e9,
		tokens: 2e12,
		gpuId: 'a100-80gb-sxm',
		hardware: 'NVIDIA A100-80GB (TDP 350-400 W), Meta Research Super Cluster and internal clusters',
		gpuHours,
		watts: 400,
		tCO2eq,
		source: {
			url: LLAMA2_CARD,
			note: `Llama 2 model card, "Hardware and Software" table (lines 43-51; mirrors the Llama 2 paper, Table 2): ${size} ${gpuHours} GPU-hours, power 400 W (peak per GPU, adjusted for power-usage efficiency), ${tCO2eq} tCO2eq; 2.0T tokens (lines 15-19). derived: gpuId — the card says "A100-80GB" without form factor; SXM4 is inferred from the 400 W.`,
		},
		derived: ['gpuId'],
	};
}

function llama3(
	id: string,
	runId: string,
	name: string,
	size: string,
	gpuHours: number,
	tCO2eq: number,
	url: string,
	lines: string,
): PublishedRun {
	return {
		id: runId,
		name,
		kind: 'run',
		modelId: id,
		params: Number.parseFloat(size) * 1e9,
		tokens: 15e12,
		gpuId: 'h100-sxm',
		hardware: 'NVIDIA H100-80GB (TDP 700 W)',
		gpuHours,
		watts: 700,
		tCO2eq,
		source: {
			url,
			note: `Model card, training-energy table (${lines}): ${size} ${gpuHours / 1e6}M GPU-hours on H100-80GB (TDP 700 W), ${tCO2eq} tCO2eq location-based; tokens "15T+" (a lower bound). derived: gpuId — "H100-80GB" at 700 W is the SXM5 part.`,
		},
		derived: ['gpuId'],
	};
}

export const publishedRuns: readonly PublishedRun[] = [
	{
		id: 'gpt3-175b-training',
		name: 'GPT-3 175B training',
		kind: 'run',
		modelId: 'gpt3-175b',
		params: 175e9,
		tokens: 300e9,
		hardware: 'V100 GPUs on part of a high-bandwidth cluster provided by Microsoft',
		totalFlops: 3.14e23,
		source: {
			url: 'https://arxiv.org/abs/2005.14165',
			note: 'Brown et al. 2020, Appendix D, Table D.1 (p. 46): 175B, 3.14E+23 total train compute (3,640 PF-days), 300B tokens, counted as 6 × params × tokens with 174,600M params (attention ignored). secondary: hardware from §2.3, not in the reference figures (device count and time never published).',
		},
		secondary: ['hardware'],
	},
	{
		id: 'gopher-280b-training',
		name: 'Gopher 280B training',
		kind: 'run',
		modelId: 'gopher-280b',
		params: 280e9,
		tokens: 300e9,
		totalFlops: 5.76e23,
		source: {
			url: CHINCHILLA,
			note: 'Hoffmann et al. 2022, Figure 2 caption and Table 3 (5.76e23 FLOP, "1 Gopher unit"), the budget reported for Gopher; Appendix F counts the same budget as 6.3e23 with its more detailed FLOP method. secondary: 300B tokens from Rae et al. 2021 §3 via transcriptions.',
		},
		secondary: ['tokens'],
	},
	{
		id: 'chinchilla-70b-training',
		name: 'Chinchilla 70B training',
		kind: 'run',
		modelId: 'chinchilla-70b',
		params: 70e9,
		tokens: 1.4e12,
		source: {
			url: CHINCHILLA,
			note: 'Hoffmann et al. 2022, Table 1 and §4.1: 70B parameters, 1.4T tokens, trained with the same compute budget as Gopher. No FLOP total is published for Chinchilla itself: 5.76e23 is Gopher’s budget; 6·N·D would give 5.88e23.',
		},
	},
	llama2('llama2-7b', '7B', 184320, 31.22),
	llama2('llama2-13b', '13B', 368640, 62.44),
	llama2('llama2-70b', '70B', 1720320, 291.42),
	llama3(
		'llama3-8b',
		'llama3-8b-pretraining',
		'Llama 3 8B pre-training',
		'8B',
		1.3e6,
		390,
		LLAMA3_CARD,
		'lines 86-127',
	),
	llama3(
		'llama3-70b',
		'llama3-70b-pretraining',
		'Llama 3 70B pre-training',
		'70B',
		6.4e6,
		1900,
		LLAMA3_CARD,
		'lines 86-127',
	),
	llama3(
		'llama3-8b',
		'llama3.1-8b-training',
		'Llama 3.1 8B training',
		'8B',
		1.46e6,
		420,
		LLAMA31_CARD,
		'lines 104-166',
	),
	llama3(
		'llama3-70b',
		'llama3.1-70b-training',
		'Llama 3.1 70B training',
		'70B',
		7.0e6,
		2040,
		LLAMA31_CARD,
		'lines 104-166',
	),
	{
		id: 'llama3.1-405b-training',
		name: 'Llama 3.1 405B training',
		kind: 'run',
		modelId: 'llama3-405b',
		params: 405e9,
		tokens: 15.6e12,
		gpuId: 'h100-sxm',
		devices: 16384,
		hardware: 'up to 16,384 NVIDIA H100 80GB HBM3 (700 W TDP)',
		gpuHours: 30.84e6,
		watts: 700,
		tCO2eq: 8930,
		totalFlops: 3.8e25,
		mfu: 0.41,
		flopsPerSecondPerDevice: 400e12,
		source: {
			url: 'https://arxiv.org/abs/2407.21783',
			note: 'Llama Team 2024, “The Llama 3 Herd of Models”: §1 (3.8 × 10^25 FLOP, 15.6T tokens), §3.3.1-3.3.2 (16,384 H100, 700 W, 80 GB HBM3) and Table 4 (BF16 MFU 43 % at 8,192 GPUs / 430 TFLOP/s per GPU; 41 % at 16,384 GPUs / 400; 38 % at 16,384 GPUs with 131,072-token sequences / 380; the 16,384-GPU, 8K-sequence row is used). GPU-hours and emissions from the Llama 3.1 model card (meta-llama/llama-models @a9c89c4, lines 104, 154).',
		},
	},
	{
		id: 'palm-540b-training',
		name: 'PaLM 540B training',
		kind: 'run',
		params: 540e9,
		tokens: 780e9,
		gpuId: 'tpu-v4',
		devices: 6144,
		hardware: '6,144 TPU v4 chips in two TPU v4 Pods (3,072 chips each), Pathways',
		mfu: 0.462,
		hfu: 0.578,
		tokensPerSecond: 238.3e3,
		source: {
			url: 'https://arxiv.org/abs/2204.02311',
			note: 'secondary: Chowdhery et al. 2022, “PaLM: Scaling Language Modeling with Pathways”, abstract, §4 and Appendix B: 540B parameters, 780B tokens, 6,144 TPU v4 chips, 238.3K tokens/s, 46.2 % model FLOP utilisation, 57.8 % hardware FLOP utilisation; read in summaries quoting the paper (the Google AI blog post as republished, L. Ericsson’s paper notes), not in the paper itself, and not in the reference figures.',
		},
		secondary: ['params', 'tokens', 'devices', 'hardware', 'mfu', 'hfu', 'tokensPerSecond'],
	},
	{
		id: 'nanogpt-gpt2-124m-reproduction',
		name: 'nanoGPT reproduction of GPT-2 124M on OpenWebText',
		kind: 'run',
		modelId: 'nanogpt-gpt2-124m',
		params: 124e6,
		tokens: 600000 * 491520,
		gpuId: 'a100-40gb-sxm',
		devices: 8,
		hardware: 'one node of 8× A100 40GB',
		wallSeconds: 4 * DAY,
		finalLoss: 2.85,
		source: {
			url: 'https://github.com/karpathy/nanoGPT/blob/3adf61e154c3fe3fca428ad6bc3818b27a3b8291/README.md',
			note: 'nanoGPT README.md lines 13, 115-121: 8X A100 40GB node, "about 4 days", validation loss "~2.85" (config/train_gpt2.py line 2 says "wait ~5 days"). derived: tokens = max_iters 600,000 × 491,520 tokens per iteration (12 × 1024 × 5 × 8, config/train_gpt2.py lines 9-17, "~300B"). derived: gpuId — the README does not say SXM or PCIe.',
		},
		derived: ['tokens', 'gpuId'],
	},
	{
		id: 'llmc-gpt2-124m-reproduction',
		name: 'llm.c reproduction of GPT-2 124M on FineWeb',
		kind: 'run',
		modelId: 'gpt2',
		params: 124e6,
		tokens: 10e9,
		gpuId: 'a100-80gb-sxm',
		devices: 8,
		hardware: 'one node of 8× A100 80GB SXM',
		wallSeconds: 90 * 60,
		costUsd: 20,
		mfu: 0.6,
		source: {
			url: 'https://github.com/karpathy/llm.c/discussions/481',
			note: 'secondary: Karpathy, “Reproducing GPT-2 (124M) in llm.c in 90 minutes for $20” (llm.c Discussion #481, 2024-05-28, linked from the llm.c README “quick start”), read in verbatim quotations of its opening: 12-layer GPT-2 (124M) from scratch on 10B tokens of FineWeb, sequence length 1024; one 8X A100 80GB SXM node, ~90 minutes, “up to ~60% model flops utilization”, ~$14/hr so ~$20.',
		},
		secondary: ['params', 'tokens', 'devices', 'hardware', 'wallSeconds', 'costUsd', 'mfu'],
		notes: 'MFU "up to ~60%" is the peak the author quotes, not an average over the run.',
	},
	{
		id: 'llmc-gpt2-1558m-reproduction',
		name: 'llm.c reproduction of GPT-2 1558M on FineWeb-Edu',
		kind: 'run',
		modelId: 'gpt2-xl',
		params: 1558e6,
		gpuId: 'h100-sxm',
		devices: 8,
		hardware: 'one node of 8× H100',
		wallSeconds: 24 * 3600,
		costUsd: 672,
		source: {
			url: 'https://github.com/karpathy/llm.c/discussions/677',
			note: 'secondary: Karpathy, “Reproducing GPT-2 (1.5B) in llm.c” (llm.c Discussion #677, 2024-07), read in a verbatim copy of its opening: the full 1558M GPT-2, one 8XH100 node, 24 hours, $672, FineWeb-Edu data. derived: gpuId — the post says “8XH100” without form factor; an 8-GPU H100 node is the SXM part.',
		},
		secondary: ['params', 'devices', 'hardware', 'wallSeconds', 'costUsd'],
		derived: ['gpuId'],
	},
	{
		id: 'gpt3-175b-megatron-projection',
		name: 'GPT-3 175B on 1,024 A100s (Megatron-LM projection)',
		kind: 'projection',
		modelId: 'gpt3-175b',
		params: 175e9,
		tokens: 300e9,
		gpuId: 'a100-80gb-sxm',
		devices: 1024,
		flopsPerSecondPerDevice: 140e12,
		wallSeconds: 34 * DAY,
		source: {
			url: 'https://arxiv.org/abs/2104.04473',
			note: 'Narayanan et al. 2021, “Efficient Large-Scale Language Model Training on GPU Clusters Using Megatron-LM”, §5.1: "On n = 1024 A100 GPUs using batch size 1536, we achieve X = 140 teraFLOP/s per GPU. As a result, the time required to train this model is 34 days", from time ≈ 8TP/(nX) (Eq. 4; 8 = 6 + 2 for activation recomputation). derived: gpuId — the paper runs on Selene, whose nodes hold 8 A100 80GB (from the paper’s setup section, not re-read here).',
		},
		derived: ['gpuId'],
		notes: 'A projection from measured per-GPU throughput, not an end-to-end run.',
	},
	{
		id: 'gpt3-175b-patterson-estimate',
		name: 'GPT-3 175B energy and emissions (Patterson et al. estimate)',
		kind: 'projection',
		modelId: 'gpt3-175b',
		params: 175e9,
		tokens: 300e9,
		gpuId: 'v100-sxm2-32gb',
		devices: 10000,
		hardware: '10,000 V100 GPUs (Microsoft datacenter, from OpenAI’s information)',
		wallSeconds: 14.8 * DAY,
		totalFlops: 3.14e23,
		watts: 330,
		pue: 1.1,
		energyKWh: 1287e3,
		tCO2eq: 552,
		source: {
			url: 'https://arxiv.org/abs/2104.10350',
			note: 'secondary: Patterson et al. 2021, “Carbon Emissions and Large Neural Network Training”, Table 4, GPT-3 column: 10,000 V100, 14.8 days, 330 W measured average per chip, PUE 1.10, 3.14E+23 FLOP, 1,287 MWh, 0.429 tCO2e/MWh, 552 tCO2e. The energy and emissions are read in summaries quoting the table (1,287 MWh, 552 t; “405 V100-years”); the table is not read here. The inputs agree with each other: 10,000 × 330 W × 14.8 days × 1.1 = 1,289 MWh, and 1,287 × 0.429 = 552 t.',
		},
		secondary: ['devices', 'hardware', 'wallSeconds', 'watts', 'pue', 'energyKWh', 'tCO2eq'],
		notes:
			'An estimate by the authors from information OpenAI gave them, not a measured end-to-end report.',
	},
	{
		id: 'gpt3-175b-lambda-estimate',
		name: 'GPT-3 175B on one V100 (Lambda estimate)',
		kind: 'projection',
		modelId: 'gpt3-175b',
		params: 175e9,
		totalFlops: 3.14e23,
		devices: 1,
		hardware: 'one V100 at a "theoretical 28 TFLOPS"',
		flopsPerSecondPerDevice: 28e12,
		wallSeconds: 355 * 365 * DAY,
		costUsd: 4.6e6,
		source: {
			url: 'https://lambdalabs.com/blog/demystifying-gpt-3',
			note: 'secondary: Lambda blog (Chuan Li, 2020-06-03), "Demystifying GPT-3", quoted verbatim in a transcription: "at theoretical 28 TFLOPS for V100 and lowest 3 year reserved cloud pricing we could find, this will take 355 GPU-years and cost $4.6M". 28 TFLOPS is the V100 PCIe non-tensor FP16 rate at 100 % utilisation; at the SXM2 tensor peak (125) it would be ~80 GPU-years. Cited by the GPT-3.5 note.',
		},
		secondary: ['flopsPerSecondPerDevice', 'wallSeconds', 'costUsd', 'totalFlops'],
		notes: 'Reserved (not on-demand) pricing; an idealised 100 %-utilisation estimate.',
	},
];

const byId = new Map(publishedRuns.map((r) => [r.id, r]));

/** The published run with this id; throws EstimateError for an unknown id. */
export function publishedRunById(id: string): PublishedRun {
	const run = byId.get(id);
	if (!run) {
		throw new EstimateError(
			`unknown published run id ${describeValue(id)}; known ids: ${publishedRuns.map((r) => r.id).join(', ')}`,
			'run',
		);
	}
	return run;
}

/**
 * A figure a publication gave, or a build-time error: figure modules call this instead of
 * falling back to a value of their own, so if the data lost a published figure the article
 * would fail to build rather than compare our result with itself.
 */
export function requirePublished<K extends keyof PublishedRun>(
	run: PublishedRun,
	key: K,
): NonNullable<PublishedRun[K]> {
	const value = run[key];
	if (value === undefined || value === null) {
		throw new EstimateError(
			`the published run ${describeValue(run.id)} has no published ${String(key)}: add it to ` +
				'src/data/published.ts with its source, or stop citing it',
			String(key),
		);
	}
	return value as NonNullable<PublishedRun[K]>;
}
