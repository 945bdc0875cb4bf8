/**
 * Training FLOP: per token, per run, and how much of the hardware a run used (MFU, HFU).
 * A multiply-add counts as 2 FLOP. Training = forward (2 FLOP per parameter per token)
 * + backward (4), hence 6N.
 */
import type { Arch } from './types.ts';
import { resolveArch } from './arch.ts';
import { paramBreakdown } from './params.ts';
import {
	EstimateError,
	finiteResult,
	flag,
	choice,
	options,
	positive,
	positiveInteger,
} from './validate.ts';

/** Upper bounds on inputs, far beyond any real run, to catch slips. */
export const FLOP_LIMITS = {
	params: 1e15,
	tokens: 1e17,
	/** Per device, FLOP/s. An H100 is ~1e15 dense BF16. */
	peakFlopsPerSecond: 1e18,
	devices: 1e8,
	/** About 32 million years: room for "GPT-4 on one card" comparisons, not for typos. */
	seconds: 1e15,
	flop: 1e32,
} as const;

export type Recompute = 'none' | 'selective' | 'full';
export const RECOMPUTE_MODES: readonly Recompute[] = ['none', 'selective', 'full'];

export type FlopsPerTokenOptions = {
	/**
	 * Count the attention scores and their use (QKᵀ and A·V): 12·L·H·Q·T per token, with
	 * H·Q = dModel and T the context (PaLM App. B, nanoGPT's estimate_mfu). No causal halving.
	 * Default true; false gives plain 6N.
	 */
	attention?: boolean;
	/**
	 * 'none' (default): model FLOP, the numerator of MFU. Otherwise hardware FLOP for HFU:
	 * 'full' reruns every block's forward in backward (+2·N_blocks + 4·L·H·Q·T: the 8N of
	 * Narayanan et al. 2021, less the output head, which is not recomputed — their eq. 3);
	 * 'selective' reruns only the attention core's forward (+4·L·H·Q·T: QKᵀ and A·V).
	 * Korthikanti et al. 2022's eq. 8 counts 12·L·H·Q·T for selective recomputation; this
	 * counts the operations rerun.
	 */
	recompute?: Recompute;
};

/**
 * Training FLOP per token for `arch`. N leaves out the learned position table (a lookup, not
 * a matmul), as nanoGPT's estimate_mfu does; the token table counts because it is (or, when
 * untied, stands in for) the output head. With attention: 6N + 12·L·H·Q·T.
 */
export function flopsPerToken(arch: Arch, opts?: FlopsPerTokenOptions): number {
	const o = options('opts', opts);
	const a = resolveArch(arch);
	const attention = flag('attention', o.attention, true);
	const recompute = choice('recompute', o.recompute, RECOMPUTE_MODES, 'none');
	const p = paramBreakdown(arch);
	const n = p.total - p.positionEmbedding;
	// Forward of QKᵀ and A·V: 2 matmuls × 2 FLOP × T × dModel per token per layer.
	const attnForward = attention ? 4 * a.layers * a.dModel * a.context : 0;
	const model = 6 * n + 3 * attnForward;
	if (recompute === 'full') {
		// The blocks' forward runs again (not the embedding lookup or the output head).
		const blocks = p.attention + p.mlp + a.layers * p.perLayer.norms;
		return model + 2 * blocks + attnForward;
	}
	if (recompute === 'selective') return model + attnForward;
	return model;
}

/** Training compute by the 6ND rule: 6 × parameters × tokens. */
export function trainingFlops(input: { params: number; tokens: number }): number {
	const i = options('input', input);
	const params = positive('params', i.params, FLOP_LIMITS.params);
	const tokens = positive('tokens', i.tokens, FLOP_LIMITS.tokens);
	return finiteResult('FLOP', 6 * params * tokens);
}

/** Compute for `tokens` at a given FLOP per token (e.g. from `flopsPerToken`). */
export function flopsForTokens(input: { flopsPerToken: number; tokens: number }): number {
	const i = options('input', input);
	const perToken = positive('flopsPerToken', i.flopsPerToken, FLOP_LIMITS.flop);
	const tokens = positive('tokens', i.tokens, FLOP_LIMITS.tokens);
	return finiteResult('FLOP', perToken * tokens);
}

function utilization(
	kind: 'MFU' | 'HFU',
	flopField: string,
	flop: unknown,
	secondsPerStep: unknown,
	peakFlopsPerSecond: unknown,
	devices: unknown,
): number {
	const f = positive(flopField, flop, FLOP_LIMITS.flop);
	const s = positive('secondsPerStep', secondsPerStep, FLOP_LIMITS.seconds);
	const peak = positive('peakFlopsPerSecond', peakFlopsPerSecond, FLOP_LIMITS.peakFlopsPerSecond);
	const n = positiveInteger('devices', devices, FLOP_LIMITS.devices);
	const achievedPerDevice = f / s / n;
	const u = achievedPerDevice / peak;
	if (!(u <= 1)) {
		throw new EstimateError(
			`These inputs are impossible: ${kind} would be ${(u * 100).toPrecision(3)} %. ` +
				`${f.toPrecision(3)} FLOP in ${s} s on ${n} device(s) needs ` +
				`${achievedPerDevice.toPrecision(3)} FLOP/s per device, above the ` +
				`${peak.toPrecision(3)} FLOP/s peak. Check the step time, the FLOP count, and that ` +
				`the peak is the dense figure for the precision used.`,
			'secondsPerStep',
		);
	}
	return finiteResult(kind, u);
}

/**
 * Model FLOP utilisation: model FLOP per step (no recomputation) over the time × the devices'
 * dense peak. Above 1 (100 %) the inputs are impossible and this throws.
 */
export function mfu(input: {
	flopsPerStep: number;
	secondsPerStep: number;
	peakFlopsPerSecond: number;
	devices: number;
}): number {
	const i = options('input', input);
	return utilization(
		'MFU',
		'flopsPerStep',
		i.flopsPerStep,
		i.secondsPerStep,
		i.peakFlopsPerSecond,
		i.devices,
	);
}

/**
 * Hardware FLOP utilisation: like `mfu` but counting the FLOP the hardware really ran,
 * recomputation included (`flopsPerToken(arch, { recompute })` × tokens per step).
 */
export function hfu(input: {
	hardwareFlopsPerStep: number;
	secondsPerStep: number;
	peakFlopsPerSecond: number;
	devices: number;
}): number {
	const i = options('input', input);
	return utilization(
		'HFU',
		'hardwareFlopsPerStep',
		i.hardwareFlopsPerStep,
		i.secondsPerStep,
		i.peakFlopsPerSecond,
		i.devices,
	);
}
