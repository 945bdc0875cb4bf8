/**
 * Compute-optimal model size (Chinchilla). With C = 6·N·D and a fitted loss
 * L(N, D) = E + A/N^α + B/D^β, minimising L at fixed C gives
 *   N_opt = G·(C/6)^a,  D_opt = (C/6)^b / G,  G = (αA/(βB))^(1/(α+β)),  a = β/(α+β), b = α/(α+β).
 */
import { LIMITS } from './limits.ts';
import { EstimateError, checkedResult, inRange, oneOf } from './validate.ts';

export type LossFit = { E: number; A: number; B: number; alpha: number; beta: number };

export type ChinchillaFit = 'epoch' | 'hoffmann' | 'hoffmann-rounded' | 'tokens20';
export const CHINCHILLA_FITS: readonly ChinchillaFit[] = [
	'epoch',
	'hoffmann',
	'hoffmann-rounded',
	'tokens20',
];

/**
 * The fitted constants.
 * - epoch: Besiroglu, Erdil, Barnett & You 2024, "Chinchilla Scaling: A replication attempt"
 *   (arXiv:2404.10102), refit on data read off Chinchilla's Figure 4. ~20 tokens per parameter,
 *   in line with Chinchilla's Table 3. The default.
 * - hoffmann: Hoffmann et al. 2022 (arXiv:2203.15556) Approach 3 with the unrounded constants of
 *   the paper's LaTeX source (as given in epoch-research/analyzing-chinchilla): these reproduce
 *   the paper's 40 B projection at Gopher's 5.76 × 10²³ FLOP.
 * - hoffmann-rounded: the same fit as printed (E 1.69, A 406.4, B 410.7, α 0.34, β 0.28); the
 *   rounding alone moves that projection to 32 B. Kept to show the pitfall.
 */
export const LOSS_FITS: Readonly<Record<Exclude<ChinchillaFit, 'tokens20'>, LossFit>> = {
	epoch: { E: 1.8172, A: 482.01, B: 2085.43, alpha: 0.3478, beta: 0.3658 },
	hoffmann: {
		E: Math.exp(0.5267228),
		A: Math.exp(6.0073404),
		B: Math.exp(6.0179186),
		alpha: 0.33917084,
		beta: 0.2849083,
	},
	'hoffmann-rounded': { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 },
};

/** G = (αA/(βB))^(1/(α+β)) of a fit (see the top of this file). */
const fitG = ({ A, B, alpha, beta }: LossFit): number =>
	Math.pow((alpha * A) / (beta * B), 1 / (alpha + beta));

/** The rule of thumb: about 20 training tokens per parameter. */
export const TOKENS_PER_PARAM_RULE = 20;

/**
 * Compute-optimal parameters and tokens for a budget of `flops` (C = 6·N·D), up to
 * `LIMITS.budget.max` (10³⁶ FLOP), where every fit's answer is inside `LIMITS.params` and
 * `LIMITS.tokens`. 'tokens20' takes D = 20·N, so C = 120·N² and N = √(C/120). A budget too small
 * for one parameter or one token throws.
 */
export function chinchillaOptimal(
	flops: number,
	fit: ChinchillaFit = 'epoch',
): { params: number; tokens: number } {
	const c = inRange('flops', flops, LIMITS.budget);
	const f = oneOf('fit', fit, CHINCHILLA_FITS);
	let params: number;
	let tokens: number;
	if (f === 'tokens20') {
		params = Math.sqrt(c / (6 * TOKENS_PER_PARAM_RULE));
		tokens = TOKENS_PER_PARAM_RULE * params;
	} else {
		const { alpha, beta } = LOSS_FITS[f];
		const g = fitG(LOSS_FITS[f]);
		params = g * Math.pow(c / 6, beta / (alpha + beta));
		tokens = Math.pow(c / 6, alpha / (alpha + beta)) / g;
	}
	return {
		params: checkedResult('The optimal parameter count', params, 'flops', LIMITS.params),
		tokens: checkedResult('The optimal token count', tokens, 'flops', LIMITS.tokens),
	};
}

/**
 * Compute-optimal training tokens for a model of `params` parameters under `fit`: the tokens of
 * the budget whose optimum (chinchillaOptimal) has exactly `params` parameters. From
 * N = G·(C/6)^a and D = (C/6)^b / G (a = β/(α+β), b = α/(α+β)), C/6 = (N/G)^(1/a), so
 *   D = (N/G)^(α/β) / G,
 * and D = 20·N for 'tokens20'. The implied budget 6·N·D must be inside `LIMITS.budget`, the
 * range chinchillaOptimal answers for.
 */
export function chinchillaOptimalTokens(params: number, fit: ChinchillaFit = 'epoch'): number {
	const n = inRange('params', params, LIMITS.params);
	const f = oneOf('fit', fit, CHINCHILLA_FITS);
	let tokens: number;
	if (f === 'tokens20') tokens = TOKENS_PER_PARAM_RULE * n;
	else {
		const { alpha, beta } = LOSS_FITS[f];
		const g = fitG(LOSS_FITS[f]);
		tokens = Math.pow(n / g, alpha / beta) / g;
	}
	checkedResult('The compute-optimal budget', 6 * n * tokens, 'params', LIMITS.budget);
	return checkedResult('The optimal token count', tokens, 'params', LIMITS.tokens);
}

/**
 * Predicted final loss (nats per token) of a model with `params` trained on `tokens`, from a
 * fitted L(N, D) = E + A/N^α + B/D^β. This is loss on Chinchilla's own training data
 * (MassiveText, its tokenizer): it is not comparable with losses on other datasets or
 * tokenizers (e.g. nanoGPT's ~2.85 on OpenWebText).
 */
export function chinchillaLoss(
	params: number,
	tokens: number,
	fit: Exclude<ChinchillaFit, 'tokens20'> = 'epoch',
): number {
	const n = inRange('params', params, LIMITS.params);
	const d = inRange('tokens', tokens, LIMITS.tokens);
	if ((fit as unknown) === 'tokens20') {
		throw new EstimateError(
			"The 'tokens20' rule of thumb predicts no loss; choose the 'epoch' or 'hoffmann' fit",
			'fit',
		);
	}
	const f = oneOf('fit', fit, ['epoch', 'hoffmann', 'hoffmann-rounded'] as const);
	const { E, A, B, alpha, beta } = LOSS_FITS[f];
	return E + A / Math.pow(n, alpha) + B / Math.pow(d, beta); // n, d ≥ 1: finite
}
