/**
 * The conventions the site's calculators let a reader switch, as the command line takes them.
 * Each is the core's, so the command line and the site's "Can I train it?" calculator give the
 * same numbers: how FLOP per token are counted (flopsPerTokenCounted), the memory model's
 * precision for a peak's (trainingPrecisionFor), bytes per parameter (GRADIENTS_FOR) and
 * compute-optimal tokens for a given size (chinchillaOptimalTokens).
 */
import type { ChinchillaFit } from '../core/index.ts';

export {
	BYTES_PER_PARAM_CHOICES,
	FLOP_COUNTS,
	GRADIENTS_FOR,
	chinchillaOptimalTokens,
	flopsPerTokenCounted,
	trainingPrecisionFor,
} from '../core/index.ts';
export type { BytesPerParam, FlopCount } from '../core/index.ts';

/** The fits the site offers for compute-optimal tokens. */
export type TokenFit = Extract<ChinchillaFit, 'epoch' | 'hoffmann' | 'tokens20'>;
export const TOKEN_FITS: readonly TokenFit[] = ['epoch', 'hoffmann', 'tokens20'];
