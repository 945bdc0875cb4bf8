/**
 * Quantities with units: FLOP, FLOP/s, parameters, bytes, bandwidth, energy, power, CO₂.
 *
 * Unit symbols are the international technical ones ("TFLOP/s", "kWh", "GB", "GiB"), as papers,
 * datasheets and technical sites write them, rather than Intl's localized ones (Arabic "م.ب").
 * One exception: bytes in French are octets, as French technical writing and French datasheets
 * have them ("Go", "Gio", "To/s"; see `byteUnit`); Hindi and Arabic keep "GB"/"GiB". FLOP,
 * FLOP/s, W, Wh and CO₂ are the same in every language. Only the number is localized (decimal
 * separator, grouping), and magnitude words follow the language (`MAGNITUDE_WORDS`).
 * The number and its unit are joined by a no-break space (U+00A0) so they never wrap apart.
 */
import type { Locale } from '../i18n/locales.ts';
import { EstimateError, LEAKED, describeValue, flag, oneOf } from '../core/index.ts';
import { checkLocale, formatOptions } from './check.ts';
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

/** A unit symbol: letters, digits, "/", "·", "°", "%", "₂", at most 16 characters. */
const UNIT = /^[\p{L}\p{N}/·°%₂µ-]{1,16}$/u;

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
export function formatSI(value: number, unit: string, locale: Locale, opts?: SIOptions): string {
	if (typeof unit !== 'string' || !UNIT.test(unit) || LEAKED.test(unit)) {
		throw new EstimateError(
			`unit must be a unit symbol such as "FLOP" or "W", got ${describeValue(unit)}`,
			'unit',
		);
	}
	const x = finite('value', value);
	const l = checkLocale(locale);
	const o = formatOptions(opts);
	const digits = checkDigits(o.digits);
	if (o.prefix !== undefined) {
		const prefix = oneOf('prefix', o.prefix, SI_PREFIXES);
		const index = SI_PREFIXES.indexOf(prefix);
		return joinUnit(grouped(x / 1000 ** (index + 1), l, digits), prefix + unit);
	}
	const { value: scaled, step } = scale(x, 1000, SI_PREFIXES.length, digits);
	if (step === 0) return joinUnit(formatNumber(x, l, { digits }), unit);
	if (Math.abs(roundSig(scaled, digits)) >= 1000) {
		return joinUnit(formatNumber(x, l, { digits, scientificFrom: 0 }), unit);
	}
	return joinUnit(grouped(scaled, l, digits), SI_PREFIXES[step - 1] + unit);
}

/** An amount of computation: 3.14e23 → "314 ZFLOP", 1.2e15 → "1.2 PFLOP" (en). */
export function formatFlop(flop: number, locale: Locale, opts?: SIOptions): string {
	return formatSI(flop, 'FLOP', locale, opts);
}

/** A rate of computation: 4.01e13 → "40.1 TFLOP/s" (en), "40,1 TFLOP/s" (fr). */
export function formatFlopPerSecond(
	flopPerSecond: number,
	locale: Locale,
	opts?: SIOptions,
): string {
	return formatSI(flopPerSecond, 'FLOP/s', locale, opts);
}

/** Electric power: 700 → "700 W", 1.2e6 → "1.2 MW". */
export function formatPower(watts: number, locale: Locale, opts?: SIOptions): string {
	return formatSI(watts, 'W', locale, opts);
}

/**
 * Energy, given in kilowatt-hours (what the core's `energy()` returns): 1287000 → "1.29 GWh",
 * 452 → "452 kWh", 0.5 → "500 Wh". Pass `prefix: 'M'` for "1,287 MWh".
 */
export function formatEnergy(kWh: number, locale: Locale, opts?: SIOptions): string {
	const wh = finite('kWh', kWh) * 1000;
	if (!Number.isFinite(wh)) {
		// beyond 1.8e305 kWh the Wh value overflows: write kWh in scientific notation
		const l = checkLocale(locale);
		const digits = checkDigits(formatOptions(opts).digits);
		return joinUnit(formatNumber(kWh, l, { digits, scientificFrom: 0 }), 'kWh');
	}
	return formatSI(wh, 'Wh', locale, opts);
}

/** Carbon dioxide, given in kilograms: 12.5 → "12.5 kg CO₂", 552000 → "552 t CO₂". */
export function formatCO2(kg: number, locale: Locale, opts?: UnitOptions): string {
	const x = finite('kg', kg);
	const l = checkLocale(locale);
	const digits = checkDigits(formatOptions(opts).digits);
	const tonnes = Math.abs(roundSig(x, keepIntegerDigits(x, digits))) >= 1000;
	const number = formatNumber(tonnes ? x / 1000 : x, l, { digits });
	return `${number}${NBSP}${tonnes ? 't' : 'kg'}${NBSP}CO₂`;
}

/**
 * Magnitude words for counts (parameters, tokens), 10³ to 10¹², per locale, as each language's
 * technical writing has them (README.md, "Magnitude words"): English k / M / B / T; French k / M /
 * Md (milliard, 10⁹) / Bn (billion, 10¹²: a French billion is a million million, so never "B");
 * Hindi हज़ार / मिलियन / बिलियन / ट्रिलियन (the short-scale loanwords Hindi technology
 * writing uses for model sizes, rather than लाख/करोड़/अरब, which step by 100 and do not map onto
 * k/M/B); Arabic ألف / مليون / مليار / تريليون. `parseQuantity` reads all of them back.
 */
export const MAGNITUDE_WORDS: Readonly<Record<Locale, readonly [string, string, string, string]>> =
	{
		en: ['k', 'M', 'B', 'T'],
		fr: ['k', 'M', 'Md', 'Bn'],
		hi: ['हज़ार', 'मिलियन', 'बिलियन', 'ट्रिलियन'],
		ar: ['ألف', 'مليون', 'مليار', 'تريليون'],
	};

/**
 * Arabic plurals of `MAGNITUDE_WORDS.ar`, for a whole count of 3 to 10: "3 ملايين", "10
 * مليارات" (Arabic counts 3-10 take the plural; 1.5, 2, 11 and above keep the singular:
 * "1.5 مليار", "12 مليار"). `parseQuantity` reads them back too.
 */
export const ARABIC_PLURAL_WORDS: readonly [string, string, string, string] = [
	'آلاف',
	'ملايين',
	'مليارات',
	'تريليونات',
];

/**
 * Plural forms of `MAGNITUDE_WORDS`, by the plural category (Intl.PluralRules) of the number
 * shown, where a language has them: in Arabic a count whose category is "few" (3 to 10, 103 to
 * 110…) takes the plural ("3 ملايين", "10 مليارات"); 1.5, 2, 11 and above keep the singular.
 * `parseQuantity` reads them back too.
 */
export const MAGNITUDE_PLURALS: Readonly<
	Partial<Record<Locale, Partial<Record<Intl.LDMLPluralRule, readonly string[]>>>>
> = { ar: { few: ARABIC_PLURAL_WORDS } };

/** The locale's magnitude word at `index` (0: 10³ … 3: 10¹²) after the number `shown`. */
function magnitudeWord(shown: string, index: number, locale: Locale): string {
	const plurals = MAGNITUDE_PLURALS[locale];
	if (plurals) {
		// The number as shown (marks and group separators dropped): "10" is few, "10.5" is not.
		const n = Number(shown.replace(/[\u200e\u200f\u061c,\s]/g, ''));
		const words = plurals[new Intl.PluralRules(locale).select(n)];
		if (words) return words[index];
	}
	return MAGNITUDE_WORDS[locale][index];
}

export type ParamsOptions = UnitOptions & {
	/**
	 * Use Intl's localized compact notation instead of the magnitude words above:
	 * 1.5e9 → "1.5B" (en), "1,5 Md" (fr), "1.5 अ॰" (hi), "1.5 مليار" (ar).
	 */
	compact?: boolean;
};

/**
 * A parameter (or token) count with the locale's magnitude word: 124439808 → "124 M" (en, fr),
 * 1.5e9 → "1.5 B" (en), "1,5 Md" (fr), "1.5 बिलियन" (hi), "1.5 مليار" (ar); in Arabic a whole
 * 3 to 10 takes the plural, 1e10 → "10 مليارات" (`ARABIC_PLURAL_WORDS`). Below 1000 the count
 * is written in full; from 10¹⁵ up the word for 10¹² stays ("1,200 T").
 * Model names are data and keep their published form ("Llama 2 7B").
 */
export function formatParams(count: number, locale: Locale, opts?: ParamsOptions): string {
	const x = finite('count', count);
	const l = checkLocale(locale);
	const o = formatOptions(opts);
	const digits = checkDigits(o.digits);
	if (flag('compact', o.compact, false)) {
		return numberFormat(l, { notation: 'compact', maximumSignificantDigits: digits }).format(x);
	}
	const words = MAGNITUDE_WORDS[l];
	const { value, step } = scale(x, 1000, words.length, digits);
	if (step === 0) return grouped(x, l, digits);
	// 10¹⁵ and more stay in the largest word: "1,200 T", then "1.2 × 10⁶ T"
	const shown = formatNumber(value, l, { digits });
	return joinUnit(shown, magnitudeWord(shown, step - 1, l));
}

const DECIMAL_BYTES = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'] as const;
const BINARY_BYTES = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'] as const;
/** French octets, in the same order: o, ko, Mo, Go, To… and Kio, Mio, Gio, Tio… */
const FRENCH_DECIMAL_BYTES = ['o', 'ko', 'Mo', 'Go', 'To', 'Po', 'Eo', 'Zo', 'Yo'] as const;
const FRENCH_BINARY_BYTES = ['o', 'Kio', 'Mio', 'Gio', 'Tio', 'Pio', 'Eio', 'Zio', 'Yio'] as const;

/** A byte unit symbol as written in English: "B", "GB", "GiB", "TB/s", "GiB/s". */
export type ByteUnit =
	| (typeof DECIMAL_BYTES)[number]
	| (typeof BINARY_BYTES)[number]
	| `${(typeof DECIMAL_BYTES)[number] | (typeof BINARY_BYTES)[number]}/s`;

function byteSymbols(system: 'decimal' | 'binary', locale: Locale): readonly string[] {
	if (locale === 'fr') return system === 'binary' ? FRENCH_BINARY_BYTES : FRENCH_DECIMAL_BYTES;
	return system === 'binary' ? BINARY_BYTES : DECIMAL_BYTES;
}

/**
 * A byte unit symbol in the locale, for text and formulas written around a number (a chart
 * axis, `\text{…}` in TeX): byteUnit('GiB', 'fr') → "Gio", ('B', 'fr') → "o", ('TB/s', 'fr')
 * → "To/s"; in en, hi and ar the symbol is returned as given.
 */
export function byteUnit(unit: ByteUnit, locale: Locale): string {
	const l = checkLocale(locale);
	const text = typeof unit === 'string' ? unit : '';
	const perSecond = text.endsWith('/s');
	const symbol = perSecond ? text.slice(0, -2) : text;
	for (const system of ['decimal', 'binary'] as const) {
		const index = (byteSymbols(system, 'en') as readonly string[]).indexOf(symbol);
		if (index >= 0) return byteSymbols(system, l)[index] + (perSecond ? '/s' : '');
	}
	throw new EstimateError(
		`unit must be a byte unit such as "GB", "GiB" or "TB/s", got ${describeValue(unit)}`,
		'unit',
	);
}

export type BytesOptions = UnitOptions & {
	/**
	 * 'decimal' (powers of 1000: kB, MB, GB, SI) or 'binary' (powers of 1024: KiB, MiB, GiB, IEC).
	 * Always stated by the caller: GPU memory is binary (80 GiB), disks and links decimal.
	 */
	system: 'decimal' | 'binary';
};

function bytes(
	x: number,
	locale: Locale,
	opts: Record<string, unknown>,
	suffix: string,
	system: 'decimal' | 'binary' | undefined,
): string {
	const l = checkLocale(locale);
	const digits = checkDigits(opts.digits);
	const sys =
		opts.system === undefined && system !== undefined
			? system
			: oneOf('system', opts.system, ['decimal', 'binary'] as const);
	const symbols = byteSymbols(sys, l);
	const { value, step } = scale(x, sys === 'binary' ? 1024 : 1000, symbols.length - 1, digits);
	const number = step === 0 ? formatNumber(x, l, { digits }) : grouped(value, l, digits);
	return joinUnit(number, symbols[step] + suffix);
}

/**
 * A size in bytes: 12 * 2 ** 30 with system 'binary' → "12 GiB"; 8e10 with 'decimal' →
 * "80 GB"; in French octets: "1,5 Gio", "80 Go". A value that would show 1000 or more moves to the next unit
 * ("0.977 MiB" rather than "1,000 KiB").
 */
export function formatBytes(bytesCount: number, locale: Locale, opts: BytesOptions): string {
	const x = finite('bytes', bytesCount);
	const o = formatOptions(opts);
	if (o.system === undefined) {
		throw new EstimateError(
			"system is required: 'binary' for device memory (GiB), 'decimal' for disks (GB)",
			'system',
		);
	}
	return bytes(x, locale, o, '', undefined);
}

/** Bandwidth in bytes per second, decimal unless told: 3.35e12 → "3.35 TB/s", fr "3,35 To/s". */
export function formatBandwidth(
	bytesPerSecond: number,
	locale: Locale,
	opts?: Partial<BytesOptions>,
): string {
	const x = finite('bytesPerSecond', bytesPerSecond);
	return bytes(x, locale, formatOptions(opts), '/s', 'decimal');
}
