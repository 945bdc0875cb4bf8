/**
 * Compute delivered by hardware, and the time a given amount of compute takes.
 * `peakFlopsPerSecond` is one device's dense peak (FLOP/s) for the precision used; `utilization` is
 * the fraction of it the run sustains (MFU), above 0 and at most 1.
 */
import { LIMITS } from './limits.ts';
import { SECONDS_PER_YEAR } from './units.ts';
import { EstimateError, checkedResult, inRange, record, showNumber } from './validate.ts';

type Throughput = { peakFlopsPerSecond: number; devices: number; utilization: number };

function sustained(i: Record<string, unknown>): number {
	const peak = inRange('peakFlopsPerSecond', i.peakFlopsPerSecond, LIMITS.peakFlopsPerSecond);
	const devices = inRange('devices', i.devices, LIMITS.devices);
	const u = inRange('utilization', i.utilization, LIMITS.utilization);
	return peak * devices * u;
}

/** FLOP/s the devices sustain together: peak × devices × utilisation. */
export function throughput(input: Throughput): number {
	return checkedResult('throughput', sustained(record('input', input)), 'utilization', {
		min: 0,
		above: true,
		max: Number.MAX_VALUE,
	});
}

/**
 * FLOP delivered by `devices` running `seconds` at `utilization` of their peak: at least one
 * FLOP and at most `LIMITS.budget.max`, so `chinchillaOptimal` and `trainingTime` accept it.
 */
export function computeBudget(input: Throughput & { seconds: number }): number {
	const i = record('input', input);
	const rate = sustained(i);
	const seconds = inRange('seconds', i.seconds, LIMITS.seconds);
	return checkedResult('The compute budget', rate * seconds, 'seconds', LIMITS.budget);
}

/**
 * Wall-clock seconds to run `flops` on `devices` at `utilization` of their peak. At most
 * `LIMITS.seconds.max` (about 32 million years), so `energy` accepts it.
 */
export function trainingTime(input: Throughput & { flops: number }): number {
	const i = record('input', input);
	const flops = inRange('flops', i.flops, LIMITS.flops);
	const rate = sustained(i);
	const seconds = flops / rate;
	if (!(seconds <= LIMITS.seconds.max)) {
		throw new EstimateError(
			`That would take ${showNumber(seconds / SECONDS_PER_YEAR)} years: more than any estimate ` +
				'here is meant for. Check the FLOP count, the peak and the number of devices.',
			'flops',
			'too-long',
		);
	}
	// flops ≥ 1 and rate ≤ 10²⁶ FLOP/s: never below 10⁻²⁶ s, never 0.
	return seconds;
}
