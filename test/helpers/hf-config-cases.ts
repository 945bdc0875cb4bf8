/**
 * Helpers of the test/core/hf-config-*.test.ts files: the error a call throws, and a released
 * model's config.json with some keys changed.
 */
import { expect } from 'vitest';
import { EstimateError } from '../../src/core/index.ts';
import { HF_CONFIGS, type HfRepo } from './hf-configs.ts';

/** The error a call throws (fails the test when it returns). */
export function errorOf(call: () => unknown): EstimateError {
	try {
		call();
	} catch (e) {
		expect(e).toBeInstanceOf(EstimateError);
		return e as EstimateError;
	}
	throw new Error('expected an EstimateError');
}

/** A config.json with some keys changed (undefined removes one). */
export function changed(repo: HfRepo, change: Record<string, unknown>): Record<string, unknown> {
	const c: Record<string, unknown> = { ...HF_CONFIGS[repo] };
	for (const [k, v] of Object.entries(change)) {
		if (v === undefined) delete c[k];
		else c[k] = v;
	}
	return c;
}
