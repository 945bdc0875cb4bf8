/**
 * Electricity, its cost and its emissions. E = watts × devices × seconds × PUE.
 */
import { LIMITS } from './limits.ts';
import { JOULES_PER_KWH } from './units.ts';
import { checkedResult, inRange, optionalInRange, record } from './validate.ts';

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

/**
 * Energy of a run. Accepts every duration `trainingTime` returns (`LIMITS.seconds`); with at
 * least a milliwatt per device the energy never underflows to 0.
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
	const kWh = joules / JOULES_PER_KWH;
	const price =
		i.pricePerKWh === undefined ? null : inRange('pricePerKWh', i.pricePerKWh, LIMITS.pricePerKWh);
	const intensity =
		i.gramsCO2PerKWh === undefined
			? null
			: inRange('gramsCO2PerKWh', i.gramsCO2PerKWh, LIMITS.gramsCO2PerKWh);
	return {
		joules,
		kWh,
		cost: price === null ? null : kWh * price,
		co2Grams: intensity === null ? null : kWh * intensity,
	};
}
