/**
 * Iteration planning with nanoGPT's semantics (train.py): `gradAccum` is the global
 * gradient_accumulation_steps. Under DDP each of `devices` processes runs gradAccum / devices
 * micro-steps (nanoGPT asserts the division is exact), so one optimizer step sees
 * microBatch × context × gradAccum tokens, whatever the number of devices.
 */
import { EstimateError, finiteResult, options, positive, positiveInteger } from './validate.ts';

export const RUN_LIMITS = {
	microBatch: 1_000_000,
	context: 100_000_000,
	gradAccum: 1_000_000,
	iters: 1_000_000_000,
	devices: 100_000_000,
	tokens: 1e17,
} as const;

export type RunPlanInput = {
	/** Sequences per device per forward/backward (nanoGPT's batch_size). */
	microBatch: number;
	/** Tokens per sequence (block_size). */
	context: number;
	/** Global gradient_accumulation_steps, split across devices. */
	gradAccum: number;
	/** Optimizer steps (max_iters). */
	iters: number;
	/** Data-parallel processes; default 1. */
	devices?: number;
	/** Size of the training set in tokens, to count epochs. */
	datasetTokens?: number;
};

export type RunPlan = {
	tokensPerStep: number;
	sequencesPerStep: number;
	/** Micro-steps each device runs per optimizer step: gradAccum / devices. */
	microStepsPerDevice: number;
	/** Tokens one device processes in one forward/backward: microBatch × context. */
	tokensPerMicroStep: number;
	totalTokens: number;
	/** Passes over the dataset; null when no dataset size was given. */
	epochs: number | null;
};

export function runPlan(input: RunPlanInput): RunPlan {
	const i = options('input', input);
	const microBatch = positiveInteger('microBatch', i.microBatch, RUN_LIMITS.microBatch);
	const context = positiveInteger('context', i.context, RUN_LIMITS.context);
	const gradAccum = positiveInteger('gradAccum', i.gradAccum, RUN_LIMITS.gradAccum);
	const iters = positiveInteger('iters', i.iters, RUN_LIMITS.iters);
	const devices =
		i.devices === undefined ? 1 : positiveInteger('devices', i.devices, RUN_LIMITS.devices);
	if (gradAccum % devices !== 0) {
		throw new EstimateError(
			`gradAccum (${gradAccum}) must be a multiple of devices (${devices}): it is the global ` +
				'number of micro-steps, shared equally between devices (nanoGPT asserts this)',
			'gradAccum',
		);
	}
	const datasetTokens =
		i.datasetTokens === undefined
			? undefined
			: positive('datasetTokens', i.datasetTokens, RUN_LIMITS.tokens);
	const tokensPerMicroStep = microBatch * context;
	const tokensPerStep = tokensPerMicroStep * gradAccum;
	const totalTokens = tokensPerStep * iters;
	if (totalTokens > RUN_LIMITS.tokens) {
		throw new EstimateError(
			`That plan sees ${totalTokens.toPrecision(3)} tokens, more than ${RUN_LIMITS.tokens}: ` +
				'check iters and the batch settings',
			'iters',
		);
	}
	return {
		tokensPerStep,
		sequencesPerStep: microBatch * gradAccum,
		microStepsPerDevice: gradAccum / devices,
		tokensPerMicroStep,
		totalTokens: finiteResult('tokens', totalTokens),
		epochs:
			datasetTokens === undefined ? null : finiteResult('epochs', totalTokens / datasetTokens),
	};
}

/** Optimizer steps needed to see at least `tokens` tokens at `tokensPerStep` per step. */
export function stepsForTokens(input: { tokens: number; tokensPerStep: number }): number {
	const i = options('input', input);
	const tokens = positive('tokens', i.tokens, RUN_LIMITS.tokens);
	const perStep = positiveInteger('tokensPerStep', i.tokensPerStep, RUN_LIMITS.tokens);
	return Math.ceil(tokens / perStep);
}

/**
 * The global gradAccum that gives `tokensPerStep` tokens per optimizer step (nanochat's way of
 * setting a batch): tokensPerStep / (microBatch × context), which must be a whole multiple
 * of `devices`.
 */
export function gradAccumFor(input: {
	tokensPerStep: number;
	microBatch: number;
	context: number;
	devices?: number;
}): number {
	const i = options('input', input);
	const target = positiveInteger('tokensPerStep', i.tokensPerStep, RUN_LIMITS.tokens);
	const microBatch = positiveInteger('microBatch', i.microBatch, RUN_LIMITS.microBatch);
	const context = positiveInteger('context', i.context, RUN_LIMITS.context);
	const devices =
		i.devices === undefined ? 1 : positiveInteger('devices', i.devices, RUN_LIMITS.devices);
	const perRound = microBatch * context * devices;
	if (target % perRound !== 0) {
		throw new EstimateError(
			`tokensPerStep (${target}) must be a multiple of microBatch × context × devices ` +
				`(${perRound})`,
			'tokensPerStep',
		);
	}
	return (target / perRound) * devices;
}
