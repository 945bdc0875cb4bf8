/**
 * Electricity, its cost and its emissions. E = watts × devices × seconds × PUE.
 */
import { LIMITS } from './limits.ts';
import { JOULES_PER_KWH } from './units.ts';
import { EstimateError, checkedResult, inRange, optionalInRange, record } from './validate.ts';

export type EnergyInput = {
	/** Average draw of one device in watts (board power, at most its TDP). */
	watts: number;
	seconds: number;
	/** Devices drawing `watts` each; default 1. */
	devices?: number;
	/** Electricity price per kWh, in any currency; cost comes out in the same currency. */
	pricePerKWh?: number;
	/** Grid carbon intensity in grams of CO₂(-equivalent) per kWh. */
	gramsCO2PerKWh?: number;
	/** Facility overhead factor (cooling, power conversion), at least 1; default 1. */
	pue?: number;
};

export type Energy = {
	joules: number;
	kWh: number;
	/** kWh × price; null when no price was given. */
	cost: number | null;
	/** Grams of CO₂ (kWh × intensity); null when no intensity was given. Kilograms = / 1000. */
	co2Grams: number | null;
};

/** A product of positive inputs: positive, or an error when it underflowed to 0. */
function positive(what: string, value: number, field: string): number {
	if (value > 0) return value;
	throw new EstimateError(
		`${what} is too small to compute (below 10^-308): use a larger ${field}`,
		field,
	);
}

/**
 * Energy of a run. Accepts every duration `trainingTime` returns (`LIMITS.seconds`, and
 * `trainingTime` never returns less than 10⁻²⁶ s, whose energy at a milliwatt is 2.8 × 10⁻³⁶ kWh).
 * A duration so short that its kWh underflow to 0 (5 × 10⁻³²⁴ s at 1 W) is an `EstimateError`,
 * as are a cost or emissions that underflow for a positive price or intensity.
 */
export function energy(input: EnergyInput): Energy {
	const i = record('input', input);
	const watts = inRange('watts', i.watts, LIMITS.watts);
	const seconds = inRange('seconds', i.seconds, LIMITS.seconds);
	const devices = optionalInRange('devices', i.devices, LIMITS.devices, 1);
	const pue = optionalInRange('pue', i.pue, LIMITS.pue, 1);
	const joules = checkedResult('The energy', watts * devices * seconds * pue, 'seconds', {
		min: 0,
		above: true,
		max: Number.MAX_VALUE,
	});
	// 5e-324 J is a positive energy whose kWh (÷ 3.6 × 10⁶) underflows to 0: refuse it rather
	// than show 0 kWh for a run that drew power.
	const kWh = positive('The energy in kWh', joules / JOULES_PER_KWH, 'seconds');
	const price =
		i.pricePerKWh === undefined ? null : inRange('pricePerKWh', i.pricePerKWh, LIMITS.pricePerKWh);
	const intensity =
		i.gramsCO2PerKWh === undefined
			? null
			: inRange('gramsCO2PerKWh', i.gramsCO2PerKWh, LIMITS.gramsCO2PerKWh);
	const times = (rate: number | null, field: string, what: string) =>
		rate === null ? null : rate === 0 ? 0 : positive(what, kWh * rate, field);
	return {
		joules,
		kWh,
		cost: times(price, 'pricePerKWh', 'The cost'),
		co2Grams: times(intensity, 'gramsCO2PerKWh', 'The emissions figure'),
	};
}
