/**
 * gpt-2-one-gpu, part 2: the note's slips, the small Gopher's compute and tokens per parameter,
 * and the worked time formula.
 */
import { chinchillaOptimal, trainingFlops, type ChinchillaFit } from '../../core/index.ts';
import { gpt2Scenario } from '../../data/index.ts';
import { countedParams, trainingTokens } from '../known-runs.ts';
import {
	FITS,
	MFU,
	budgetFlops,
	budgetPeakFlopsPerSecond,
	budgetUtilization,
	optimalTokensFor,
	roundSig,
	small,
	smallRun,
	timePeaks,
	xl,
} from './sizes.ts';

// ------------------------------------------------------------------ the note's slips

/** The note's GPT-2 small inputs: 124 M parameters (rounded) on ~3.3 B tokens (Korbak 2022). */
export const noteSmallParams = smallRun.params;
export const noteSmallTokens = smallRun.tokens;
/** 6 × 124 M × 3.3 B = 2.4552 × 10¹⁸, which rounds to 2.46 × 10¹⁸. */
export const noteSmallFlops = trainingFlops({ params: noteSmallParams, tokens: noteSmallTokens });
/** What the note wrote instead: 2.37 × 10¹⁸. */
export const noteSmallFlopsClaimed = gpt2Scenario.claims.smallFlops;
/** The ratio as a reader checks it from the rounded figures: 1.14 × 10²¹ / 2.46 × 10¹⁸ ≈ 463. */
export const smallRatio = roundSig(budgetFlops, 3) / roundSig(noteSmallFlops, 3);
/** The note's "more than 480 times". */
export const smallRatioClaimed = gpt2Scenario.claims.smallRatio;
/** The ratio the note's own (wrong) 2.37 × 10¹⁸ gives: ≈ 481, which is where its 480 comes from. */
export const smallRatioFromClaim = roundSig(budgetFlops, 3) / noteSmallFlopsClaimed;

// ------------------------------------------------------------------ Gopher 1.4 B on 300 B tokens

/**
 * The small Gopher as the site counts every model: parameters counted from its configuration
 * (1.37 B; the paper's name rounds it to 1.4 B), the calculator on the same page included.
 */
export const GOPHER_ID = 'gopher-1.4b';
export const gopherParams = countedParams(GOPHER_ID);
/** The paper's nominal size, which the note multiplied (1.4 B). */
export const gopherNominalParams = gpt2Scenario.runs.find((r) => r.modelId === GOPHER_ID)!.params;
export const gopherTokens = trainingTokens(GOPHER_ID);
/** 6 × 1.37 B × 300 B = 2.47 × 10²¹ FLOP. */
export const gopherFlops = trainingFlops({ params: gopherParams, tokens: gopherTokens });
export const gopherTokensPerParam = gopherTokens / gopherParams;
/** Compute-optimal tokens for a 1.4 B model, by fit. */
export const gopherOptimalTokens = Object.fromEntries(
	FITS.map((fit) => [fit, optimalTokensFor(gopherParams, fit)]),
) as Record<ChinchillaFit, number>;
/** What Gopher's 2.52 × 10²¹ FLOP would buy at the optimum, by fit. */
export const gopherBudgetOptimum = Object.fromEntries(
	FITS.map((fit) => [fit, chinchillaOptimal(gopherFlops, fit)]),
) as Record<ChinchillaFit, { params: number; tokens: number }>;
/** How many times the rule's tokens Gopher 1.4 B saw. */
export const gopherOverTraining = gopherTokens / gopherOptimalTokens.tokens20;

/** The one-year budget's own optimum, by fit (what the card's year would be best spent on). */
export const budgetOptimum = Object.fromEntries(
	FITS.map((fit) => [fit, chinchillaOptimal(budgetFlops, fit)]),
) as Record<ChinchillaFit, { params: number; tokens: number }>;

/** Spread of the three fits' optimal tokens for GPT-2 small and XL (largest / smallest). */
const spread = (r: Record<ChinchillaFit, number>) => {
	const v = FITS.map((f) => r[f]);
	return Math.max(...v) / Math.min(...v);
};
export const smallFitSpread = spread(small.optimalTokens);
export const xlFitSpread = spread(xl.optimalTokens);

// ------------------------------------------------------------------ time

/** GPT-2 small at ~10 B tokens on an RTX 4070 Ti, as the worked formula shows it (four digits). */
const shownFlops = roundSig(small.flops, 4);
const shownPeak = roundSig(timePeaks['rtx-4070-ti'], 4);
export const smallTimeShown = {
	flops: shownFlops,
	peak: shownPeak,
	mfu: MFU,
	seconds: shownFlops / (shownPeak * MFU),
};
/** The RTX 4070 Ti's tensor-core BF16 peak at MFU against the note's 90 % of FP32. */
export const tensorAtMfu = timePeaks['rtx-4070-ti'] * MFU;
export const fp32AtNote = budgetPeakFlopsPerSecond * budgetUtilization;
