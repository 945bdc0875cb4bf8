/** UI strings of the nanoGPT-style run planner. */
import { defineStrings } from '../../i18n/index.ts';

const en = {
	title: 'Run planner (nanoGPT-style)',
	intro:
		'nanoGPT’s settings → tokens per iteration, total tokens, epochs, compute, time, implied MFU, memory and electricity. Gradient accumulation is the global count, split across GPUs, as in nanoGPT’s train.py.',
	model: 'Model',
	microBatch: 'Micro-batch (batch_size)',
	context: 'Context (block_size)',
	gradAccum: 'Gradient accumulation (gradient_accumulation_steps)',
	iters: 'Iterations (max_iters)',
	dataset: 'Dataset size (tokens)',
	timeMode: 'Time from',
	timeModes: { measured: 'Measured seconds per iteration', mfu: 'An assumed MFU' },
	secondsPerIter: 'Seconds per iteration',
	rTokensPerIter: 'Tokens per iteration',
	rTotalTokens: 'Total tokens',
	rEpochs: 'Epochs',
	rParams: 'Parameters',
	paramsNote: 'Without the position table, as nanoGPT prints it.',
	rFlops: 'Training compute',
	rTime: 'Training time',
	rMfu: 'Implied MFU',
	rMfuA100: 'Implied MFU, nanoGPT’s convention',
	a100Note:
		'nanoGPT’s estimate_mfu divides by an A100’s 312 TFLOP/s (BF16 dense) whatever the GPU.',
	rMemory: 'Memory per GPU (estimate)',
	memoryNote: 'BF16 mixed precision with AdamW, FlashAttention, no recomputation.',
	rEnergy: 'Electricity',
	rCost: 'Electricity cost',
	priceNeeded: 'Enter a price per kWh.',
};

export type PlanStrings = typeof en;

export const planStrings = defineStrings<PlanStrings>(en, { fr: en, hi: en, ar: en });
