/**
 * Constants and conversions. Everything else in the core works in SI base units
 * (FLOP, FLOP/s, bytes, seconds, watts); this file is the only place that turns them into
 * hours, days, years, GPU-years, PF-days, GiB or GB.
 */
import { LIMITS } from './limits.ts';
import { EstimateError, checkedResult, inRange } from './validate.ts';

export const SECONDS_PER_MINUTE = 60;
export const SECONDS_PER_HOUR = 3600;
export const SECONDS_PER_DAY = 86_400;
/**
 * Days in a year: the Julian year (365.25 days, the astronomical standard and the 8,766-hour
 * year Epoch AI uses for GPU-years). A 365-day year changes results by 0.07 %: the original
 * note's "1.14 × 10²¹ FLOP for one RTX 4070 Ti GPU-year at 90 % of 40.09 TFLOP/s" comes out
 * at 1.1379 × 10²¹ with 365 days and 1.1386 × 10²¹ with 365.25, the same to three digits.
 */
export const DAYS_PER_YEAR = 365.25;
export const SECONDS_PER_YEAR = DAYS_PER_YEAR * SECONDS_PER_DAY;
/** One petaFLOP/s sustained for a day: 10¹⁵ × 86,400 = 8.64 × 10¹⁹ FLOP (GPT-3 paper, App. D). */
export const FLOP_PER_PF_DAY = 1e15 * SECONDS_PER_DAY;
/** Gibibyte, 2³⁰ bytes: what a GPU's advertised "GB" means (README.md, "Memory"). */
export const BYTES_PER_GIB = 2 ** 30;
/** Mebibyte, 2²⁰ bytes. */
export const BYTES_PER_MIB = 2 ** 20;
/** Gigabyte, 10⁹ bytes (SI; disks and network). */
export const BYTES_PER_GB = 1e9;
/** Joules in one kilowatt-hour. */
export const JOULES_PER_KWH = 3.6e6;
/** 10¹² FLOP/s in a TFLOP/s: vendors print peaks in tera; data holds FLOP/s. */
export const FLOPS_PER_TFLOPS = 1e12;

/** Any amount at all, for conversions: zero or more, finite. */
const AMOUNT = { min: 0, max: Number.MAX_VALUE } as const;

/** `value` (checked as `name`) × `times` / `over`, as `result`: finite, and not 0 unless `value` is. */
function convert(name: string, value: unknown, result: string, times: number, over = 1): number {
	const x = inRange(name, value, AMOUNT);
	const y = checkedResult(result, (x * times) / over, name);
	if (x > 0 && y === 0) {
		throw new EstimateError(`${name} is too small to express in ${result}`, name);
	}
	return y;
}

export const secondsToMinutes = (seconds: number): number =>
	convert('seconds', seconds, 'minutes', 1, SECONDS_PER_MINUTE);
export const secondsToHours = (seconds: number): number =>
	convert('seconds', seconds, 'hours', 1, SECONDS_PER_HOUR);
export const secondsToDays = (seconds: number): number =>
	convert('seconds', seconds, 'days', 1, SECONDS_PER_DAY);
export const secondsToYears = (seconds: number): number =>
	convert('seconds', seconds, 'years', 1, SECONDS_PER_YEAR);
export const minutesToSeconds = (minutes: number): number =>
	convert('minutes', minutes, 'seconds', SECONDS_PER_MINUTE);
export const hoursToSeconds = (hours: number): number =>
	convert('hours', hours, 'seconds', SECONDS_PER_HOUR);
export const daysToSeconds = (days: number): number =>
	convert('days', days, 'seconds', SECONDS_PER_DAY);
export const yearsToSeconds = (years: number): number =>
	convert('years', years, 'seconds', SECONDS_PER_YEAR);

/** Device-hours (GPU-hours) spent by `devices` accelerators running for `seconds`. */
export function gpuHours(seconds: number, devices = 1): number {
	const n = inRange('devices', devices, LIMITS.devices);
	return convert('seconds', seconds, 'GPU-hours', n, SECONDS_PER_HOUR);
}

/** Device-years (GPU-years, Julian years) spent by `devices` accelerators running for `seconds`. */
export function gpuYears(seconds: number, devices = 1): number {
	const n = inRange('devices', devices, LIMITS.devices);
	return convert('seconds', seconds, 'GPU-years', n, SECONDS_PER_YEAR);
}

/** Seconds of wall time for `devices` accelerators to spend `years` device-years. */
export function gpuYearsToSeconds(years: number, devices = 1): number {
	const n = inRange('devices', devices, LIMITS.devices);
	return convert('GPU-years', years, 'seconds', SECONDS_PER_YEAR, n);
}

export const flopToPfDays = (flop: number): number =>
	convert('FLOP', flop, 'PF-days', 1, FLOP_PER_PF_DAY);
export const pfDaysToFlop = (pfDays: number): number =>
	convert('PF-days', pfDays, 'FLOP', FLOP_PER_PF_DAY);

export const bytesToGiB = (bytes: number): number =>
	convert('bytes', bytes, 'GiB', 1, BYTES_PER_GIB);
export const gibToBytes = (gib: number): number => convert('GiB', gib, 'bytes', BYTES_PER_GIB);
export const bytesToMiB = (bytes: number): number =>
	convert('bytes', bytes, 'MiB', 1, BYTES_PER_MIB);
export const mibToBytes = (mib: number): number => convert('MiB', mib, 'bytes', BYTES_PER_MIB);
export const bytesToGB = (bytes: number): number => convert('bytes', bytes, 'GB', 1, BYTES_PER_GB);
export const gbToBytes = (gb: number): number => convert('GB', gb, 'bytes', BYTES_PER_GB);

export const joulesToKWh = (joules: number): number =>
	convert('joules', joules, 'kWh', 1, JOULES_PER_KWH);
export const kWhToJoules = (kWh: number): number => convert('kWh', kWh, 'joules', JOULES_PER_KWH);

/** A card's advertised memory ("12 GB", "80 GB") in bytes: GB read as GiB (README.md, "Memory"). */
export const cardMemoryBytes = (advertisedGB: number): number =>
	inRange('card memory', advertisedGB, LIMITS.cardMemoryGB) * BYTES_PER_GIB;
