/**
 * Electricity, its cost and its emissions. E = watts × devices × seconds × PUE.
 */
import { JOULES_PER_KWH } from './units.ts';
import {
	EstimateError,
	finiteResult,
	nonNegative,
	options,
	positive,
	positiveInteger,
} from './validate.ts';

export const ENERGY_LIMITS = {
	/** Per device. The largest accelerator boards draw ~1-2 kW. */
	watts: 100_000,
	devices: 100_000_000,
	seconds: 1e12,
	/** Currency units per kWh. */
	pricePerKWh: 1_000,
	/** Coal-fired power is ~1,000 g/kWh. */
	gramsCO2PerKWh: 5_000,
	/** Power usage effectiveness: 1 = all power reaches the devices; real data centres 1.1-1.6. */
	pue: 3,
} as const;

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

export function energy(input: EnergyInput): Energy {
	const i = options('input', input);
	const watts = positive('watts', i.watts, ENERGY_LIMITS.watts);
	const seconds = positive('seconds', i.seconds, ENERGY_LIMITS.seconds);
	const devices =
		i.devices === undefined ? 1 : positiveInteger('devices', i.devices, ENERGY_LIMITS.devices);
	const pue = i.pue === undefined ? 1 : positive('pue', i.pue, ENERGY_LIMITS.pue);
	if (pue < 1) {
		throw new EstimateError(
			`pue must be at least 1 (1 means no facility overhead), got ${pue}`,
			'pue',
		);
	}
	const joules = finiteResult('energy', watts * devices * seconds * pue);
	const kWh = joules / JOULES_PER_KWH;
	const price =
		i.pricePerKWh === undefined
			? null
			: nonNegative('pricePerKWh', i.pricePerKWh, ENERGY_LIMITS.pricePerKWh);
	const intensity =
		i.gramsCO2PerKWh === undefined
			? null
			: nonNegative('gramsCO2PerKWh', i.gramsCO2PerKWh, ENERGY_LIMITS.gramsCO2PerKWh);
	return {
		joules,
		kWh,
		cost: price === null ? null : kWh * price,
		co2Grams: intensity === null ? null : kWh * intensity,
	};
}
