/**
 * The conventions a reader can switch, and the formatting that depends on them: how FLOP per
 * token is counted, bytes per parameter, memory, time and currency units. Shared by every
 * calculator island; all arithmetic is the core's.
 */
import { FLOP_COUNTS, SECONDS_PER_YEAR } from '../../core/index.ts';
import {
	formatBytes,
	formatCurrency,
	formatDuration,
	formatFlop,
	formatNumber,
} from '../../format/index.ts';
import type { Locale } from '../../i18n/locales.ts';

// The FLOP-counting and memory conventions are the core's; calculators import them from here
// with the units and formatting below.
export {
	BYTES_PER_PARAM_CHOICES,
	FLOP_COUNTS,
	GRADIENTS_FOR,
	flopsPerTokenCounted,
	trainingPrecisionFor,
} from '../../core/index.ts';
export type { BytesPerParam, FlopCount } from '../../core/index.ts';

/** Compute both ways: "3.14 × 10²³ FLOP (314 ZFLOP)". */
export const flopsText = (flops: number, locale: Locale): string =>
	`${formatNumber(flops, locale)} FLOP (${formatFlop(flops, locale)})`;

export type MemUnit = 'gib' | 'gb';
export const MEM_UNITS: readonly MemUnit[] = ['gib', 'gb'];
export function formatMemory(bytes: number, unit: MemUnit, locale: Locale): string {
	return formatBytes(bytes, locale, { system: unit === 'gb' ? 'decimal' : 'binary' });
}
/** Bytes in one display unit (for charts that plot in GiB or GB). */
export const bytesPerUnit = (unit: MemUnit): number => (unit === 'gb' ? 1e9 : 2 ** 30);

export type TimeUnit = 'auto' | 'hour' | 'day' | 'year';
export const TIME_UNITS: readonly TimeUnit[] = ['auto', 'hour', 'day', 'year'];

/**
 * A duration in the chosen unit: hours or days as the largest unit ("37.2 hours"), years always
 * ("0.0042 years", through `yearsTemplate`, e.g. "{n} years"), or the most readable one.
 */
export function formatTime(
	seconds: number,
	unit: TimeUnit,
	locale: Locale,
	yearsTemplate = '{n} years',
): string {
	if (unit === 'year') {
		return yearsTemplate.replace('{n}', formatNumber(seconds / SECONDS_PER_YEAR, locale));
	}
	return formatDuration(seconds, locale, unit === 'auto' ? {} : { largestUnit: unit });
}

export type Currency = 'usd' | 'eur' | 'inr';
export const CURRENCIES: readonly Currency[] = ['usd', 'eur', 'inr'];
export function formatMoney(amount: number, currency: Currency, locale: Locale): string {
	return formatCurrency(amount, locale, { currency: currency.toUpperCase() });
}

/** Fraction digits for utilisation as typed: "40" means 40 %. */
export const percentToFraction = (percent: number): number => percent / 100;

/** The conventions' fields (ConventionFields shows them); `flops` was count's key in older links. */
export const CONVENTION_SCHEMA = {
	cur: { kind: 'choice', values: CURRENCIES },
	count: { kind: 'choice', values: FLOP_COUNTS, formerly: ['flops'] },
	mem: { kind: 'choice', values: MEM_UNITS },
	time: { kind: 'choice', values: TIME_UNITS },
} as const;
/** Their defaults: dollars, FLOP with attention, GiB, the most readable time unit. */
export const CONVENTION_DEFAULTS = { cur: 'usd', count: 'attn', mem: 'gib', time: 'auto' };
