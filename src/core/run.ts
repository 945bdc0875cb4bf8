/**
 * Iteration planning with nanoGPT's semantics (train.py): `gradAccum` is the global
 * gradient_accumulation_steps. Under DDP each of `devices` processes runs gradAccum / devices
 * micro-steps (nanoGPT asserts the division is exact), so one optimizer step sees
 * microBatch × context × gradAccum tokens, whatever the number of devices.
 */
import { LIMITS } from './limits.ts';
import { EstimateError, inRange, optionalInRange, record, showNumber } from './validate.ts';

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
	const i = record('input', input);
	const microBatch = inRange('microBatch', i.microBatch, LIMITS.microBatch);
	const context = inRange('context', i.context, LIMITS.context);
	const gradAccum = inRange('gradAccum', i.gradAccum, LIMITS.gradAccum);
	const iters = inRange('iters', i.iters, LIMITS.iters);
	const devices = optionalInRange('devices', i.devices, LIMITS.devices, 1);
	if (gradAccum % devices !== 0) {
		throw new EstimateError(
			`gradAccum (${gradAccum}) must be a multiple of devices (${devices}): it is the global ` +
				'number of micro-steps, shared equally between devices (nanoGPT asserts this)',
			'gradAccum',
			'not-a-multiple',
		);
	}
	const datasetTokens =
		i.datasetTokens === undefined
			? undefined
			: inRange('datasetTokens', i.datasetTokens, LIMITS.tokens);
	const tokensPerMicroStep = microBatch * context;
	const tokensPerStep = tokensPerMicroStep * gradAccum;
	const totalTokens = tokensPerStep * iters;
	if (totalTokens > LIMITS.tokens.max) {
		throw new EstimateError(
			`That plan sees ${showNumber(totalTokens)} tokens, more than ${showNumber(LIMITS.tokens.max)}: ` +
				'check iters and the batch settings',
			'iters',
		);
	}
	return {
		tokensPerStep,
		sequencesPerStep: microBatch * gradAccum,
		microStepsPerDevice: gradAccum / devices,
		tokensPerMicroStep,
		totalTokens,
		// totalTokens ≥ 1 and datasetTokens ≤ 10²⁰: finite and above 0.
		epochs: datasetTokens === undefined ? null : totalTokens / datasetTokens,
	};
}

/** Optimizer steps needed to see at least `tokens` tokens at `tokensPerStep` per step. */
export function stepsForTokens(input: { tokens: number; tokensPerStep: number }): number {
	const i = record('input', input);
	const tokens = inRange('tokens', i.tokens, LIMITS.tokens);
	const perStep = inRange('tokensPerStep', i.tokensPerStep, LIMITS.tokensPerStep);
	const steps = Math.ceil(tokens / perStep); // tokens ≥ 1: at least one step
	if (steps > LIMITS.iters.max) {
		throw new EstimateError(
			`That needs ${showNumber(steps)} steps, more than the ${showNumber(LIMITS.iters.max)} ` +
				'a run plan takes: raise tokensPerStep',
			'tokensPerStep',
		);
	}
	return steps;
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
	const i = record('input', input);
	const target = inRange('tokensPerStep', i.tokensPerStep, LIMITS.tokensPerStep);
	const microBatch = inRange('microBatch', i.microBatch, LIMITS.microBatch);
	const context = inRange('context', i.context, LIMITS.context);
	const devices = optionalInRange('devices', i.devices, LIMITS.devices, 1);
	const perRound = microBatch * context * devices;
	if (target % perRound !== 0) {
		throw new EstimateError(
			`tokensPerStep (${target}) must be a multiple of microBatch × context × devices ` +
				`(${perRound})`,
			'tokensPerStep',
			'not-a-multiple',
		);
	}
	const gradAccum = (target / perRound) * devices;
	if (gradAccum > LIMITS.gradAccum.max) {
		throw new EstimateError(
			`That needs gradAccum ${showNumber(gradAccum)}, more than ${showNumber(LIMITS.gradAccum.max)}: ` +
				'raise microBatch or context',
			'tokensPerStep',
		);
	}
	return gradAccum;
}
