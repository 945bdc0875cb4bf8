/**
 * The one place that creates `Intl.NumberFormat` objects.
 *
 * Every formatter in src/format goes through `numberFormat`, which
 * - pins `numberingSystem: 'latn'`, so Arabic and Hindi pages show Latin digits (0-9), as the
 *   original notes do, and the build (Node's ICU) and the browser (its own ICU, which may default
 *   `ar` to Arabic-Indic digits) print the same characters: no hydration mismatch;
 * - caches instances in a Map keyed by locale + options (constructing one is expensive).
 */
import { EstimateError, describeValue } from '../core/index.ts';
import { locales, type Locale } from '../i18n/locales.ts';
import { checkLocale, digitsOption, formatOptions } from './check.ts';

/** No-break space: what this module puts between a number and its unit, and around "×". */
export const NBSP = '\u00a0';
/** Narrow no-break space: French digit grouping and some French unit spacing (from Intl). */
export const NNBSP = '\u202f';

const cache = new Map<string, Intl.NumberFormat>();

/**
 * A cached `Intl.NumberFormat` for a site locale, with Latin digits whatever the options say.
 * Options are Intl's, with plain string, number or boolean values; anything Intl refuses throws
 * `EstimateError` (field 'options').
 */
export function numberFormat(
	locale: Locale,
	options?: Intl.NumberFormatOptions,
): Intl.NumberFormat {
	const l = checkLocale(locale);
	const o = formatOptions(options);
	for (const [key, value] of Object.entries(o)) {
		if (!['string', 'number', 'boolean'].includes(typeof value)) {
			throw new EstimateError(
				`options.${key} must be text, a number or true/false, got ${describeValue(value)}`,
				'options',
			);
		}
	}
	const key = `${l}|${JSON.stringify(o)}`;
	let nf = cache.get(key);
	if (nf === undefined) {
		try {
			nf = new Intl.NumberFormat(locales[l].intl, { ...o, numberingSystem: 'latn' });
		} catch {
			// e.g. an unknown currency code or a digit count out of range
			throw new EstimateError(
				`these number options are not supported: ${Object.keys(o).join(', ')}`,
				'options',
			);
		}
		cache.set(key, nf);
	}
	return nf;
}

/** Throws `EstimateError` unless `value` is a finite number: no output ever says NaN or Infinity. */
export function finite(name: string, value: unknown): number {
	if (typeof value !== 'number' || !Number.isFinite(value)) {
		throw new EstimateError(`${name} must be a finite number, got ${describeValue(value)}`, name);
	}
	return value + 0; // -0 becomes 0 (Intl would print "-0")
}

/** Checks a count of significant digits (1 to 21, Intl's range). */
export function checkDigits(digits: unknown): number {
	return digitsOption(digits);
}

/** Decimal exponent of |x| as written in scientific notation (x ≠ 0), exact (no log10 drift). */
export function exponentOf(x: number): number {
	return Number(Math.abs(x).toExponential().split('e')[1]);
}

/**
 * Significant digits to show for `x` so that at least `digits` are shown and no digit of the
 * integer part is rounded away: 524288 with 3 digits stays 524288, 12.3456 becomes 12.3.
 * `shift` counts for a scale applied later (2 for a percentage) without overflowing.
 */
export function keepIntegerDigits(x: number, digits: number, shift = 0): number {
	if (x === 0) return digits;
	return Math.min(21, Math.max(digits, exponentOf(x) + shift + 1));
}

/** `x` rounded to `sig` significant digits, as a Number. */
export function roundSig(x: number, sig: number): number {
	return x === 0 ? 0 : Number(x.toPrecision(sig));
}

/**
 * A plain grouped number in the locale: `digits` significant digits at least, never rounding
 * away integer digits. "491,520" (en), "491 520" (fr, U+202F), "4,91,520" (hi).
 */
export function grouped(x: number, locale: Locale, digits: number, trailingZeros = false): string {
	const sig = keepIntegerDigits(x, digits);
	const options: Intl.NumberFormatOptions = { maximumSignificantDigits: sig };
	if (trailingZeros) options.minimumSignificantDigits = Math.min(digits, sig);
	return numberFormat(locale, options).format(x);
}
