/**
 * Quantities with units: FLOP, FLOP/s, parameters, bytes, bandwidth, energy, power, CO₂.
 *
 * Unit symbols are the international technical ones in every language ("GB", "GiB", "TFLOP/s",
 * "kWh"), as papers, datasheets and technical sites write them, rather than Intl's localized
 * ones (French "Go", Arabic "م.ب"). Only the number is localized (decimal separator, grouping).
 * The number and its unit are joined by a no-break space (U+00A0) so they never wrap apart.
 */
import type { Locale } from '../i18n/locales.ts';
import { EstimateError } from '../core/index.ts';
import {
	NBSP,
	checkDigits,
	finite,
	grouped,
	keepIntegerDigits,
	numberFormat,
	roundSig,
} from './intl.ts';
import { formatNumber } from './number.ts';

/** SI prefixes from 10³ to 10²⁴. */
export type SIPrefix = 'k' | 'M' | 'G' | 'T' | 'P' | 'E' | 'Z' | 'Y';
const SI_PREFIXES: readonly SIPrefix[] = ['k', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y'];

export type UnitOptions = {
	/** Significant digits (default 3); integer digits are never rounded away. */
	digits?: number;
};

export type SIOptions = UnitOptions & {
	/** Force a prefix instead of choosing one: 1.287e9 Wh with 'M' → "1,287 MWh". */
	prefix?: SIPrefix;
};

/**
 * Picks the power of `base` that leaves at most three integer digits after rounding, up to
 * `symbols.length - 1`: with base 1000, 999.7e12 becomes "1 P…", not "1,000 T…".
 */
function scale(
	x: number,
	base: number,
	steps: number,
	digits: number,
): { value: number; step: number } {
	let step = 0;
	let value = x;
	while (step < steps) {
		const rounded = Math.abs(roundSig(value, keepIntegerDigits(value, digits)));
		if (rounded < 1000) break;
		step += 1;
		value = x / base ** step;
	}
	return { value, step };
}

function joinUnit(number: string, unit: string): string {
	return `${number}${NBSP}${unit}`;
}

/**
 * A value with an SI-prefixed unit: formatSI(2.55e18, 'FLOP', 'en') → "2.55 EFLOP",
 * (4.01e13, 'FLOP/s', 'fr') → "40,1 TFLOP/s". Below 1000 there is no prefix ("312 W"); beyond
 * the yotta range it falls back to scientific notation ("1.2 × 10²⁷ FLOP").
 */
export function formatSI(
	value: number,
	unit: string,
	locale: Locale,
	opts: SIOptions = {},
): string {
	const x = finite(unit, value);
	const digits = checkDigits(opts.digits ?? 3);
	if (opts.prefix !== undefined) {
		const index = SI_PREFIXES.indexOf(opts.prefix);
		if (index < 0) {
			throw new EstimateError(
				`prefix must be one of ${SI_PREFIXES.join(', ')}, got ${String(opts.prefix)}`,
				'prefix',
			);
		}
		return joinUnit(grouped(x / 1000 ** (index + 1), locale, digits), opts.prefix + unit);
	}
	const { value: scaled, step } = scale(x, 1000, SI_PREFIXES.length, digits);
	if (step === 0) return joinUnit(formatNumber(x, locale, { digits }), unit);
	if (Math.abs(roundSig(scaled, digits)) >= 1000) {
		return joinUnit(formatNumber(x, locale, { digits, scientificFrom: 0 }), unit);
	}
	return joinUnit(grouped(scaled, locale, digits), SI_PREFIXES[step - 1] + unit);
}

/** An amount of computation: 3.14e23 → "314 ZFLOP", 1.2e15 → "1.2 PFLOP" (en). */
export function formatFlop(flop: number, locale: Locale, opts: SIOptions = {}): string {
	return formatSI(flop, 'FLOP', locale, opts);
}

/** A rate of computation: 4.01e13 → "40.1 TFLOP/s" (en), "40,1 TFLOP/s" (fr). */
export function formatFlopPerSecond(
	flopPerSecond: number,
	locale: Locale,
	opts: SIOptions = {},
): string {
	return formatSI(flopPerSecond, 'FLOP/s', locale, opts);
}

/** Electric power: 700 → "700 W", 1.2e6 → "1.2 MW". */
export function formatPower(watts: number, locale: Locale, opts: SIOptions = {}): string {
	return formatSI(watts, 'W', locale, opts);
}

/**
 * Energy, given in kilowatt-hours (what the core's `energy()` returns): 1287000 → "1.29 GWh",
 * 452 → "452 kWh", 0.5 → "500 Wh". Pass `prefix: 'M'` for "1,287 MWh".
 */
export function formatEnergy(kWh: number, locale: Locale, opts: SIOptions = {}): string {
	const wh = finite('kWh', kWh) * 1000;
	if (!Number.isFinite(wh)) {
		// beyond 1.8e305 kWh the Wh value overflows: write kWh in scientific notation
		const digits = checkDigits(opts.digits ?? 3);
		return joinUnit(formatNumber(kWh, locale, { digits, scientificFrom: 0 }), 'kWh');
	}
	return formatSI(wh, 'Wh', locale, opts);
}

/** Carbon dioxide, given in kilograms: 12.5 → "12.5 kg CO₂", 552000 → "552 t CO₂". */
export function formatCO2(kg: number, locale: Locale, opts: UnitOptions = {}): string {
	const x = finite('kg', kg);
	const digits = checkDigits(opts.digits ?? 3);
	const tonnes = Math.abs(roundSig(x, keepIntegerDigits(x, digits))) >= 1000;
	const number = formatNumber(tonnes ? x / 1000 : x, locale, { digits });
	return `${number}${NBSP}${tonnes ? 't' : 'kg'}${NBSP}CO₂`;
}

/** Short-scale suffixes for parameter counts, as papers write them ("124M", "175B"). */
const COUNT_SUFFIXES = ['k', 'M', 'B', 'T'] as const;

export type ParamsOptions = UnitOptions & {
	/**
	 * Use Intl's localized compact notation instead of the universal k/M/B/T suffixes:
	 * 1.5e9 → "1.5B" (en), "1,5 Md" (fr), "1.5 अ॰" (hi), "1.5 مليار" (ar).
	 */
	compact?: boolean;
};

/**
 * A parameter (or token) count in the short scale, with the suffixes papers use in every
 * language: 124439808 → "124 M", 1.5e9 → "1.5 B" (en), "1,5 B" (fr), 175e9 → "175 B".
 * Below 1000 the count is written in full.
 */
export function formatParams(count: number, locale: Locale, opts: ParamsOptions = {}): string {
	const x = finite('count', count);
	const digits = checkDigits(opts.digits ?? 3);
	if (opts.compact === true) {
		return numberFormat(locale, { notation: 'compact', maximumSignificantDigits: digits }).format(
			x,
		);
	}
	const { value, step } = scale(x, 1000, COUNT_SUFFIXES.length, digits);
	if (step === 0) return grouped(x, locale, digits);
	return joinUnit(grouped(value, locale, digits), COUNT_SUFFIXES[step - 1]);
}

const DECIMAL_BYTES = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
const BINARY_BYTES = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];

export type BytesOptions = UnitOptions & {
	/**
	 * 'decimal' (powers of 1000: kB, MB, GB, SI) or 'binary' (powers of 1024: KiB, MiB, GiB, IEC).
	 * Always stated by the caller: GPU memory is binary (80 GiB), disks and links decimal.
	 */
	system: 'decimal' | 'binary';
};

function bytes(x: number, locale: Locale, opts: BytesOptions, suffix: string): string {
	const digits = checkDigits(opts.digits ?? 3);
	if (opts.system !== 'decimal' && opts.system !== 'binary') {
		throw new EstimateError(
			`system must be 'decimal' or 'binary', got ${String(opts.system)}`,
			'system',
		);
	}
	const symbols = opts.system === 'binary' ? BINARY_BYTES : DECIMAL_BYTES;
	const { value, step } = scale(
		x,
		opts.system === 'binary' ? 1024 : 1000,
		symbols.length - 1,
		digits,
	);
	const number = step === 0 ? formatNumber(x, locale, { digits }) : grouped(value, locale, digits);
	return joinUnit(number, symbols[step] + suffix);
}

/**
 * A size in bytes: 12 * 2 ** 30 with system 'binary' → "12 GiB"; 8e10 with 'decimal' →
 * "80 GB"; fr "1,5 GiB". A value that would show 1000 or more moves to the next unit
 * ("0.977 MiB" rather than "1,000 KiB").
 */
export function formatBytes(bytesCount: number, locale: Locale, opts: BytesOptions): string {
	return bytes(finite('bytes', bytesCount), locale, opts, '');
}

/** Bandwidth in bytes per second, decimal unless told: 3.35e12 → "3.35 TB/s". */
export function formatBandwidth(
	bytesPerSecond: number,
	locale: Locale,
	opts: Partial<BytesOptions> = {},
): string {
	return bytes(
		finite('bytes per second', bytesPerSecond),
		locale,
		{ system: 'decimal', ...opts },
		'/s',
	);
}
