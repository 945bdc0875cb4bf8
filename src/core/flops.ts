/**
 * Training FLOP: per token, per run, and how much of the hardware a run used (MFU, HFU).
 * A multiply-add counts as 2 FLOP. Training = forward (2 FLOP per parameter per token)
 * + backward (4), hence 6N.
 */
import type { Arch } from './types.ts';
import { resolveArch, type ResolvedArch } from './arch.ts';
import { LIMITS } from './limits.ts';
import { paramBreakdown } from './params.ts';
import {
	EstimateError,
	checkedResult,
	choice,
	flag,
	inRange,
	options,
	record,
	showNumber,
} from './validate.ts';

export type Recompute = 'none' | 'selective' | 'full';
export const RECOMPUTE_MODES: readonly Recompute[] = ['none', 'selective', 'full'];

export type FlopsPerTokenOptions = {
	/**
	 * Count the attention scores and their use (QKᵀ and A·V): 6·L·H·(Q_k + Q_v)·T per token, with
	 * H heads, Q_k and Q_v the query/key and value head widths (both dModel / heads in GPT-2 and
	 * Llama: the 12·L·H·Q·T of PaLM App. B and nanoGPT's estimate_mfu) and T the context, or the
	 * window in a sliding-window layer. No causal halving. Default true; false gives plain 6N.
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
 * Forward FLOP of the attention scores and their use per token, all layers: per layer
 * 2·T·H·Q_k (QKᵀ) + 2·T·H·Q_v (A·V), with T the context or a sliding layer's window.
 */
function attentionForward(a: ResolvedArch): number {
	const perKey = 2 * a.heads * (a.scoreHeadDim + a.valueHeadDim);
	const sliding = a.slidingWindow.layers;
	return perKey * ((a.layers - sliding) * a.context + sliding * a.slidingWindow.window);
}

/**
 * Training FLOP per token for `arch`: 6 × the parameters that multiply, plus the attention
 * scores with `attention`. The parameters that multiply are the ACTIVE ones (a mixture of
 * experts counts its router, its shared experts and the `perToken` routed experts a token is
 * sent to: Fedus et al. 2021 §2) less the lookups: the learned position table and an untied
 * token table are lookups, not matmuls (nanoGPT's estimate_mfu leaves out the position table;
 * its token table is the tied head). Tied: N − T·d. Untied: N − T·d − V·d, the head alone
 * multiplying by 2·V·d forward. See README.md ("FLOP per token").
 */
export function flopsPerToken(arch: Arch, opts?: FlopsPerTokenOptions): number {
	const o = options('opts', opts);
	const a = resolveArch(arch);
	const attention = flag('attention', o.attention, true);
	const recompute = choice('recompute', o.recompute, RECOMPUTE_MODES, 'none');
	const p = paramBreakdown(arch);
	const lookups = p.positionEmbedding + (a.tiedEmbeddings ? 0 : p.tokenEmbedding);
	const n = p.active - lookups;
	const attnForward = attention ? attentionForward(a) : 0;
	let flops = 6 * n + 3 * attnForward;
	if (recompute === 'full') {
		// The blocks' forward runs again (not the embedding lookup, final norm or output head).
		const blocks = p.active - p.tokenEmbedding - p.positionEmbedding - p.head - p.finalNorm;
		flops += 2 * blocks + attnForward;
	} else if (recompute === 'selective') {
		flops += attnForward;
	}
	return checkedResult('The FLOP per token', flops, 'context', LIMITS.flopsPerToken);
}

/**
 * How attention is counted in training FLOP per token, as calculators let a reader switch:
 * '6n' leaves it out (Kaplan et al. 2020's C ≈ 6N), 'attn' counts every score (PaLM,
 * nanoGPT: 6N + 12·L·H·Q·T, the site's default), 'causal' halves it for the causal mask
 * (Megatron-LM, MaxText: 6N + 6·L·H·Q·T).
 */
export type FlopCount = '6n' | 'attn' | 'causal';
export const FLOP_COUNTS: readonly FlopCount[] = ['6n', 'attn', 'causal'];

/** Training FLOP per token of `arch` under the attention convention `count` (see FlopCount). */
export function flopsPerTokenCounted(arch: Arch, count: FlopCount): number {
	const c = choice('count', count, FLOP_COUNTS, 'attn');
	const base = flopsPerToken(arch, { attention: false });
	if (c === '6n') return base;
	const full = flopsPerToken(arch, { attention: true });
	return c === 'attn' ? full : base + (full - base) / 2;
}

/** Training compute by the 6ND rule: 6 × parameters × tokens. */
export function trainingFlops(input: { params: number; tokens: number }): number {
	const i = record('input', input);
	const params = inRange('params', i.params, LIMITS.params);
	const tokens = inRange('tokens', i.tokens, LIMITS.tokens);
	return 6 * params * tokens; // at most 6 × 10³⁸, inside LIMITS.flops
}

/** Compute for `tokens` at a given FLOP per token (e.g. from `flopsPerToken`). */
export function flopsForTokens(input: { flopsPerToken: number; tokens: number }): number {
	const i = record('input', input);
	const perToken = inRange('flopsPerToken', i.flopsPerToken, LIMITS.flopsPerToken);
	const tokens = inRange('tokens', i.tokens, LIMITS.tokens);
	return perToken * tokens; // at most LIMITS.flops.max by construction
}

function utilization(
	kind: 'MFU' | 'HFU' | 'The share of peak',
	flopField: string,
	flop: unknown,
	secondsPerStep: unknown,
	peakFlopsPerSecond: unknown,
	devices: unknown,
): number {
	const capped = kind !== 'The share of peak';
	const f = inRange(flopField, flop, LIMITS.flops);
	const s = inRange('secondsPerStep', secondsPerStep, LIMITS.seconds);
	const peak = inRange('peakFlopsPerSecond', peakFlopsPerSecond, LIMITS.peakFlopsPerSecond);
	const n = inRange('devices', devices, LIMITS.devices);
	const achievedPerDevice = f / s / n;
	const u = achievedPerDevice / peak;
	if (capped && !(u <= 1)) {
		throw new EstimateError(
			`These inputs are impossible: ${kind} would be ${showNumber(u * 100)} %. ` +
				`${showNumber(f)} FLOP in ${showNumber(s)} s on ${n} device(s) needs ` +
				`${showNumber(achievedPerDevice)} FLOP/s per device, above the ` +
				`${showNumber(peak)} FLOP/s peak. Check the step time, the FLOP count, and that ` +
				`the peak is the dense figure for the precision used.`,
			'secondsPerStep',
			'impossible',
		);
	}
	const range = capped ? LIMITS.utilization : { min: 0, above: true, max: Number.MAX_VALUE };
	return checkedResult(kind, u, 'secondsPerStep', range);
}

/** A step's model FLOP and time on `devices` devices of a dense peak. */
type StepRate = {
	flopsPerStep: number;
	secondsPerStep: number;
	peakFlopsPerSecond: number;
	devices: number;
};

const stepShare = (kind: 'MFU' | 'The share of peak', input: StepRate): number => {
	const i = record('input', input);
	return utilization(
		kind,
		'flopsPerStep',
		i.flopsPerStep,
		i.secondsPerStep,
		i.peakFlopsPerSecond,
		i.devices,
	);
};

/**
 * The FLOP rate per device as a share of a reference peak, which may exceed 1: nanoGPT's
 * estimate_mfu divides by an A100's BF16 dense peak (312 TFLOP/s) whatever the GPU, so a faster
 * GPU reads above 100 %. A convention to compare with nanoGPT's printout, not a utilisation
 * (use `mfu` for that).
 */
export const peakShare = (input: StepRate): number => stepShare('The share of peak', input);

/**
 * Model FLOP utilisation: model FLOP per step (no recomputation) over the time × the devices'
 * dense peak. Above 1 (100 %) the inputs are impossible and this throws.
 */
export const mfu = (input: StepRate): number => stepShare('MFU', input);

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
	const i = record('input', input);
	return utilization(
		'HFU',
		'hardwareFlopsPerStep',
		i.hardwareFlopsPerStep,
		i.secondsPerStep,
		i.peakFlopsPerSecond,
		i.devices,
	);
}
