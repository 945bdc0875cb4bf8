/**
 * Compute delivered by hardware, and the time a given amount of compute takes.
 * `peakFlopsPerSecond` is one device's dense peak (FLOP/s) for the precision used; `utilization` is
 * the fraction of it the run sustains (MFU), above 0 and at most 1.
 */
import { FLOP_LIMITS } from './flops.ts';
import { SECONDS_PER_YEAR } from './units.ts';
import {
	EstimateError,
	finiteResult,
	fraction,
	options,
	positive,
	positiveInteger,
} from './validate.ts';

type Throughput = { peakFlopsPerSecond: number; devices: number; utilization: number };

function sustained(i: Partial<Throughput>): number {
	const peak = positive('peakFlopsPerSecond', i.peakFlopsPerSecond, FLOP_LIMITS.peakFlopsPerSecond);
	const devices = positiveInteger('devices', i.devices, FLOP_LIMITS.devices);
	const u = fraction('utilization', i.utilization);
	return peak * devices * u;
}

/** FLOP/s the devices sustain together: peak × devices × utilisation. */
export function throughput(input: Throughput): number {
	return finiteResult('FLOP/s', sustained(options('input', input)));
}

/** FLOP delivered by `devices` running `seconds` at `utilization` of their peak. */
export function computeBudget(input: Throughput & { seconds: number }): number {
	const i = options('input', input);
	const rate = sustained(i);
	const seconds = positive('seconds', i.seconds, FLOP_LIMITS.seconds);
	return finiteResult('FLOP', rate * seconds);
}

/** Wall-clock seconds to run `flops` on `devices` at `utilization` of their peak. */
export function trainingTime(input: Throughput & { flops: number }): number {
	const i = options('input', input);
	const flops = positive('flops', i.flops, FLOP_LIMITS.flop);
	const rate = sustained(i);
	const seconds = flops / rate;
	if (seconds > FLOP_LIMITS.seconds) {
		throw new EstimateError(
			`That would take ${(seconds / SECONDS_PER_YEAR).toPrecision(3)} years: more than any estimate ` +
				'here is meant for. Check the FLOP count, the peak and the number of devices.',
			'flops',
		);
	}
	return finiteResult('seconds', seconds);
}
