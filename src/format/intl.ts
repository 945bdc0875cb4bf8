/**
 * The one place that creates `Intl.NumberFormat` objects.
 *
 * Every formatter in src/format goes through `numberFormat`, which
 * - pins `numberingSystem: 'latn'`, so Arabic and Hindi pages show Latin digits (0-9), as the
 *   original notes do, and the build (Node's ICU) and the browser (its own ICU, which may default
 *   `ar` to Arabic-Indic digits) print the same characters: no hydration mismatch;
 * - caches instances in a Map keyed by locale + options (constructing one is expensive).
 */
import { EstimateError } from '../core/index.ts';
import { locales, type Locale } from '../i18n/locales.ts';

/** No-break space: what this module puts between a number and its unit, and around "×". */
export const NBSP = '\u00a0';
/** Narrow no-break space: French digit grouping and some French unit spacing (from Intl). */
export const NNBSP = '\u202f';

const cache = new Map<string, Intl.NumberFormat>();

/** A cached `Intl.NumberFormat` for a site locale, with Latin digits whatever the options say. */
export function numberFormat(
	locale: Locale,
	options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let nf = cache.get(key);
	if (nf === undefined) {
		const meta = (locales as Record<string, { intl: string } | undefined>)[locale];
		if (meta === undefined) {
			throw new EstimateError(
				`locale must be one of ${Object.keys(locales).join(', ')}, got ${JSON.stringify(locale)}`,
				'locale',
			);
		}
		try {
			nf = new Intl.NumberFormat(meta.intl, { ...options, numberingSystem: 'latn' });
		} catch (error) {
			// e.g. an unknown currency code: report it in the project's error type
			throw new EstimateError(
				`cannot format numbers with ${JSON.stringify(options)}: ${String(error)}`,
			);
		}
		cache.set(key, nf);
	}
	return nf;
}

/** Throws `EstimateError` unless `value` is a finite number: no output ever says NaN or Infinity. */
export function finite(name: string, value: number): number {
	if (typeof value !== 'number' || !Number.isFinite(value)) {
		throw new EstimateError(`${name} must be a finite number, got ${String(value)}`, name);
	}
	return value + 0; // -0 becomes 0 (Intl would print "-0")
}

/** Checks a count of significant digits (1 to 21, Intl's range). */
export function checkDigits(digits: number): number {
	if (!Number.isInteger(digits) || digits < 1 || digits > 21) {
		throw new EstimateError(
			`digits must be a whole number from 1 to 21, got ${String(digits)}`,
			'digits',
		);
	}
	return digits;
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
