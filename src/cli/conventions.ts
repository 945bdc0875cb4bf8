/**
 * The conventions the site's calculators let a reader switch, as the command line takes them:
 * how FLOP per token are counted, the memory model's precision for a peak's precision, bytes
 * per parameter, and compute-optimal tokens for a given size. Each makes the same core calls
 * as the site's "Can I train it?" calculator (src/islands/conventions.ts and optimal.ts on
 * main), so both give the same numbers.
 */
import {
	EstimateError,
	LIMITS,
	TOKENS_PER_PARAM_RULE,
	chinchillaOptimal,
	flopsPerToken,
	type Arch,
	type ChinchillaFit,
	type GradientKeeping,
	type Precision,
	type TrainingPrecision,
} from '../core/index.ts';

export type FlopCount = '6n' | 'attn' | 'causal';
export const FLOP_COUNTS: readonly FlopCount[] = ['6n', 'attn', 'causal'];

/**
 * Training FLOP per token: 6N (no attention), with attention (6N + 12·L·d·T: PaLM, nanoGPT,
 * the default) or with attention halved for causal masking (Megatron, MaxText).
 */
export function perTokenFlops(arch: Arch, count: FlopCount): number {
	const base = flopsPerToken(arch, { attention: false });
	if (count === '6n') return base;
	const full = flopsPerToken(arch, { attention: true });
	return count === 'attn' ? full : base + (full - base) / 2;
}

/** The memory model's precision for a peak's: TF32 keeps fp32 tensors, FP8 trains in BF16. */
export function memoryPrecision(p: Precision): TrainingPrecision {
	if (p === 'fp32' || p === 'tf32') return 'fp32';
	return p === 'fp16' ? 'fp16' : 'bf16';
}

export type Bpp = '16' | '18' | '20';
export const BPPS: readonly Bpp[] = ['16', '18', '20'];
/** Bytes per parameter (mixed precision with Adam) → how the core keeps gradients. */
export const GRADIENTS_FOR: Readonly<Record<Bpp, GradientKeeping>> = {
	'16': '16bit',
	'18': 'fp32',
	'20': '16bit+fp32',
};

/** The fits the site offers for compute-optimal tokens. */
export type TokenFit = Extract<ChinchillaFit, 'epoch' | 'hoffmann' | 'tokens20'>;
export const TOKEN_FITS: readonly TokenFit[] = ['epoch', 'hoffmann', 'tokens20'];

/**
 * Compute-optimal tokens for `params` parameters: the tokens of the budget whose optimum
 * (the core's chinchillaOptimal) has `params` parameters. N grows with the budget, so this
 * bisects on log10 of the budget, as the site's calculator does.
 */
export function optimalTokensFor(params: number, fit: TokenFit): number {
	if (fit === 'tokens20') return TOKENS_PER_PARAM_RULE * params;
	let lo = 0;
	let hi = Math.log10(LIMITS.budget.max);
	if (chinchillaOptimal(10 ** hi, fit).params < params) {
		throw new EstimateError('params beyond the compute-optimal range', 'params');
	}
	for (let i = 0; i < 80; i += 1) {
		const mid = (lo + hi) / 2;
		if (chinchillaOptimal(10 ** mid, fit).params < params) lo = mid;
		else hi = mid;
	}
	return chinchillaOptimal(10 ** hi, fit).tokens;
}
