/**
 * The methods page's longer text: section titles (their ids are the page's anchors, shared with
 * the glossary), each formula's explanation, the reality check's table. `{name}` in a text is
 * filled with a figure from src/figures/methods.ts (see methods.astro), never typed here.
 */
import { defineStrings } from './index.ts';
import type { MethodsSection } from './glossary.ts';

export type FormulaId =
	| 'sixN'
	| 'attention'
	| 'recompute'
	| 'bytes'
	| 'activations'
	| 'zero'
	| 'chinchilla'
	| 'peaks'
	| 'mfu'
	| 'units'
	| 'energy';

type FormulaText = {
	title: string;
	/** What the formula gives and how the core uses it. */
	what: string;
	assumptions: string;
	error: string;
};

type MethodsText = {
	sections: Record<MethodsSection, string>;
	formulasIntro: string;
	labels: { what: string; source: string; assumptions: string; error: string };
	formulas: Record<FormulaId, FormulaText>;
	reality: {
		intro: string;
		caption: string;
		run: string;
		hardware: string;
		sixND: string;
		published: string;
		difference: string;
		impliedMfu: string;
		publishedMfu: string;
		projection: string;
		gpuHours: string;
		devicesFor: string;
		none: string;
		notes: string;
		scrollHint: string;
	};
	tables: { notes: string };
};

const en: MethodsText = {
	sections: {
		formulas: 'Formulas',
		compute: 'Training compute',
		memory: 'Training memory',
		scaling: 'Compute-optimal size',
		peaks: 'Peak FLOP/s',
		utilisation: 'Utilisation and time',
		units: 'Units',
		energy: 'Energy',
		'reality-check': 'Reality check',
		accelerators: 'Accelerators',
		models: 'Models',
	},
	formulasIntro:
		'Every estimate on this site comes from the formulas below, run by one estimation core. Each gives its source, what it assumes and how far it can be off.',
	labels: {
		what: 'What it gives',
		source: 'Source',
		assumptions: 'Assumptions',
		error: 'Known error',
	},
	formulas: {
		sixN: {
			title: 'Training compute: 6 · N · D',
			what: 'The FLOP to train a model of N parameters on D tokens: each parameter takes part in one multiply-add (2 FLOP) per token in the forward pass and two in the backward pass.',
			assumptions:
				'Every weight is used once per token; the table of learned positions is a lookup and is left out of N; the optimizer step and normalisations are negligible.',
			error:
				'It leaves out attention. For GPT-3 175B that is {attentionGpt3} of the total; for a small model with a long context ({smallModel}) it is {attentionSmall}.',
		},
		attention: {
			title: 'Per token, with attention: 6N + 12 · L · H · Q · T',
			what: 'The FLOP per token the core uses by default, for MFU and the calculators: the scores QKᵀ and their use A·V add 12 · L · H · Q · T, with L layers, H heads of width Q (H · Q = d) and a context of T tokens.',
			assumptions:
				'Every score of the T × T matrix is computed, as in PaLM’s and nanoGPT’s accounting: no causal halving.',
			error:
				'With a causal mask half the scores are never needed; kernels that skip them do about half the attention FLOP. The core’s figure is then high by up to half the attention share above.',
		},
		recompute: {
			title: 'Hardware FLOP with recomputation',
			what: 'Full recomputation reruns every block’s forward pass during the backward pass: + 2 · N_blocks + 4 · L · H · Q · T per token (close to the 8N of Megatron-LM). Selective recomputation reruns only the attention core: + 4 · L · H · Q · T. These count toward HFU, never MFU.',
			assumptions: 'The output head and the embeddings are not recomputed.',
			error:
				'Korthikanti et al. count 12 · L · H · Q · T for selective recomputation; the core counts only the operations rerun, so its HFU is lower than theirs for the same run.',
		},
		bytes: {
			title: 'Model state: 16, 18 or 20 bytes per parameter',
			what: 'Mixed-precision Adam keeps 16-bit weights (2 bytes) and gradients (2), an FP32 master copy (4) and two FP32 moments (8): {bytes16} bytes per parameter. Keeping FP32 gradients, as Megatron does, makes {bytes18}; keeping both, as in Megatron-Turing NLG’s accounting, {bytes20}.',
			assumptions:
				'Adam or AdamW; 8-bit Adam stores one byte per moment. PyTorch’s autocast keeps FP32 weights and gradients and makes 16-bit copies on the fly: the same 16 in total.',
			error:
				'Temporary buffers, the CUDA context and allocator fragmentation come on top; the core adds a fixed 0.75 GiB per device, which real runs exceed or undercut by about a gigabyte.',
		},
		activations: {
			title: 'Activations, logits and FlashAttention',
			what: 'What the forward pass keeps for the backward pass, per layer, for a micro-batch of b sequences of s tokens, width h and a heads, in 16 bits with dropout (Korthikanti et al.). FlashAttention replaces the s² scores by a 4-byte log-sum-exp per head and row; full recomputation keeps only each block’s input. The logits and their gradient add 8 · s · b · V bytes in FP32.',
			assumptions:
				'A GPT-2 block (LayerNorm, GELU MLP); Llama blocks keep the wider SwiGLU tensors. Tensors are stored as eager PyTorch saves them.',
			error:
				'Fused kernels and compilers save less; measured peaks can be lower by a fifth. The logits term assumes the loss is not computed in chunks.',
		},
		zero: {
			title: 'Sharding: ZeRO and FSDP',
			what: 'ZeRO divides the optimizer state (stage 1), then the gradients (stage 2), then the weights (stage 3) by the number of data-parallel devices. Tensor and pipeline parallelism divide the weights by their own degrees.',
			assumptions:
				'Stage 3 also holds the largest block gathered whole while it is used. Activations are never sharded by ZeRO.',
			error: 'Communication buffers and prefetching can hold a second block; the core counts one.',
		},
		chinchilla: {
			title: 'Compute-optimal size: Hoffmann and Epoch fits',
			what: 'Fitted loss L(N, D) = E + A / N^α + B / D^β, minimised under C = 6 · N · D. At Gopher’s budget of {budget}, the Epoch AI refit (the default here) gives {epochN} parameters on {epochD} tokens, Hoffmann et al.’s own fit {hoffmannN} on {hoffmannD}, and the 20-tokens-per-parameter rule {rule20N}; Chinchilla itself has {chinchilla}.',
			assumptions:
				'Loss on Chinchilla’s MassiveText data and tokenizer; the Hoffmann constants are the unrounded ones that reproduce the paper’s own projection.',
			error:
				'The fits disagree by nearly a factor of two in N at the same budget: any compute-optimal figure on this site names its fit.',
		},
		peaks: {
			title: 'Dense peaks and FP32 from the clock',
			what: 'Peak FLOP/s are dense: vendors’ “with sparsity” figures are halved. FP32 (non-tensor) is CUDA cores × 2 × boost clock; 16-bit figures are tensor-core rates with FP32 accumulation, which GeForce cards run at half their FP16-accumulation rate.',
			assumptions:
				'The boost clock holds under load; a figure missing from a datasheet is scaled from a sibling chip by tensor cores × clock, as llm.c does, and marked as computed.',
			error:
				'Cards throttle under sustained load, and the advertised boost clock is not a ceiling either: real peaks differ by a few percent.',
		},
		mfu: {
			title: 'MFU, HFU and training time',
			what: 'MFU is the model’s FLOP per second over the dense peak of the devices; HFU counts recomputed FLOP too. Time is compute over devices × peak × MFU.',
			assumptions:
				'The peak is the dense figure for the precision used. nanoGPT prints MFU against an A100’s 312 TFLOP/s whatever the GPU: divide by your own card’s peak instead.',
			error:
				'An MFU above 100 % means the inputs are impossible: the core refuses it. Published GPU-hours include restarts, evaluation and idle time, so the MFU they imply is lower than the one measured during steady training.',
		},
		units: {
			title: 'GB and GiB, GPU-years',
			what: 'Memory is built from power-of-two chips: an “80 GB” card holds 80 GiB. Disks and networks use decimal gigabytes. A GPU-year is one device for a Julian year of 365.25 days.',
			assumptions:
				'Usable memory is a little below the printed figure (ECC, the driver’s reservation).',
			error:
				'Mixing the two gigabytes is an error of about 7 %; a 365-day year changes GPU-years by 0.07 %.',
		},
		energy: {
			title: 'Energy, cost and emissions',
			what: 'Energy is power × devices × time × PUE; cost is energy × price per kWh; emissions are energy × the grid’s grams of CO₂ per kWh.',
			assumptions:
				'Board power at its rated figure (TDP or TGP); the rest of the computer and the data centre enter only through PUE.',
			error:
				'Training rarely draws the full rated power: the estimate is an upper bound, often by a fifth or more.',
		},
	},
	reality: {
		intro:
			'Real training runs beside what the core estimates for them. The compute column applies 6 · N · D to the published parameters and tokens; the MFU column divides the model FLOP (6N + 12 · L · H · Q · T when the architecture is listed) by the published GPU-hours, or devices × time, at the dense 16-bit peak.',
		caption: 'Published figures against the core’s estimates',
		run: 'Run',
		hardware: 'Hardware time',
		sixND: '6 · N · D',
		published: 'Published compute',
		difference: 'Difference',
		impliedMfu: 'Implied MFU',
		publishedMfu: 'Published MFU',
		projection: 'projection',
		gpuHours: 'GPU-hours',
		devicesFor: '× {devices} for {time}',
		none: '—',
		notes:
			'How to read it: 6 · N · D lands within a fraction of a percent of GPT-3’s and Llama 3.1’s published totals, which were counted the same way; Gopher’s budget comes from a more detailed count. Implied MFUs from model cards are lower than measured ones because GPU-hours include restarts, evaluations and idle time. The Megatron-LM projection publishes 140 TFLOP/s per GPU, which counts recomputation: {megatronShare} of the peak is its HFU, and the MFU it implies is {megatronMfu}.',
		scrollHint: 'Scroll sideways to see every column.',
	},
	tables: {
		notes:
			'Source notes below each table say where every figure was read; a value marked * was computed from other published figures, and one marked † was read in a reproduction of the document rather than the document itself.',
	},
};

export const methodsText = defineStrings(en, {
	fr: en,
	hi: en,
	ar: en,
});
