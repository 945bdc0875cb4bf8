/** The error a call throws, for the tests that check which input an error names. */
import { expect } from 'vitest';
import { EstimateError } from '../../src/core/index.ts';

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

/** The `field` of the error a call throws (fails the test when it returns). */
export function field(call: () => unknown): string {
	return errorOf(call).field;
}
