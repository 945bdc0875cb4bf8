/**
 * Compute-optimal tokens for a given parameter count: the core gives N and D for a compute
 * budget (chinchillaOptimal); this finds the budget whose optimal N is the one asked for
 * (N grows with C, so bisection on log10 C), and returns that budget's D.
 */
import {
	EstimateError,
	LIMITS,
	TOKENS_PER_PARAM_RULE,
	chinchillaOptimal,
	type ChinchillaFit,
} from '../core/index.ts';

export function optimalTokensFor(params: number, fit: ChinchillaFit): number {
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
