/**
 * The training compute of a known model, one definition for the whole site: 6 · N · D with N
 * counted from the model's configuration in src/data (as the calculators count it, see
 * src/calculators/shared/catalog.ts `knownRuns`) and D its published training tokens. Articles that show a
 * run's compute call this, so an article and the calculator beside it state the same figure
 * (Chinchilla: 6 × 70.07 B × 1.4 T = 5.89 × 10²³ FLOP, not the 5.88 of the rounded 70 B).
 */
import { countParams, trainingFlops } from '../core/index.ts';
import { modelById } from '../data/index.ts';

/** Parameters of a model as the site counts them: from its configuration. */
export function countedParams(modelId: string): number {
	return countParams(modelById(modelId).arch);
}

/** Training tokens of a model as published; throws when src/data has none. */
export function trainingTokens(modelId: string): number {
	const tokens = modelById(modelId).trainingTokens;
	if (tokens === undefined) throw new Error(`${modelId} has no published training tokens`);
	return tokens;
}

/** 6 · N · D for a known model (N counted, D published). */
export function knownRunFlops(modelId: string): number {
	return trainingFlops({ params: countedParams(modelId), tokens: trainingTokens(modelId) });
}
