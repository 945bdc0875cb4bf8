/**
 * Plain and scientific numbers, percentages and money.
 *
 * Scientific notation uses real superscripts: "1.14 × 10²¹" (en), "1,14 × 10²¹" (fr), "10⁻³".
 * Below `scientificFrom` (default 10⁶) and from `scientificBelow` (default 10⁻³) up, numbers are
 * written plainly with the locale's grouping: "524,288" (en), "524 288" (fr, U+202F),
 * "5,24,288" (hi), and no integer digit is rounded away.
 */
import { EstimateError, describeValue, flag, inRange } from '../core/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { checkLocale, formatOptions, recordArgument, thresholdOption } from './check.ts';
import {
	NBSP,
	checkDigits,
	finite,
	grouped,
	keepIntegerDigits,
	numberFormat,
	roundSig,
} from './intl.ts';
import { superscript } from './superscript.ts';

export type NumberOptions = {
	/** Significant digits (default 3). Plain numbers keep all their integer digits. */
	digits?: number;
	/** |x| at or above this (after rounding) is written in scientific notation (default 1e6). */
	scientificFrom?: number;
	/** 0 < |x| below this (after rounding) is written in scientific notation (default 1e-3). */
	scientificBelow?: number;
	/** Keep trailing zeros to show the precision: "1.00 × 10²¹" (default false: "1 × 10²¹"). */
	trailingZeros?: boolean;
};

/**
 * A number split for rendering: `mantissa` is localized text (sign, digits, separators and, in
 * Arabic, the bidi marks Intl adds); `exponent` is the power of ten, or null for a plain number.
 * HTML can render `{mantissa} × 10<sup>{exponent}</sup>` (write a negative exponent with U+2212).
 */
export type NumberParts = { mantissa: string; exponent: number | null };

type Decision = { value: number; exponent: number | null; options: Intl.NumberFormatOptions };

/** Checked options of `formatNumber`, `numberParts` and `formatTex`, with their defaults. */
function numberOptions(value: unknown): Required<NumberOptions> {
	const o = formatOptions(value);
	return {
		digits: checkDigits(o.digits),
		scientificFrom: thresholdOption('scientificFrom', o.scientificFrom, 1e6),
		scientificBelow: thresholdOption('scientificBelow', o.scientificBelow, 1e-3),
		trailingZeros: flag('trailingZeros', o.trailingZeros, false),
	};
}

function decide(x: number, opts: Required<NumberOptions>): Decision {
	const digits = opts.digits;
	const from = opts.scientificFrom;
	const below = opts.scientificBelow;
	const plainSig = keepIntegerDigits(x, digits);
	const rounded = Math.abs(roundSig(x, plainSig));
	if (rounded === 0 || (rounded < from && rounded >= below)) {
		const options: Intl.NumberFormatOptions = { maximumSignificantDigits: plainSig };
		if (opts.trailingZeros === true) options.minimumSignificantDigits = Math.min(digits, plainSig);
		return { value: x, exponent: null, options };
	}
	// toExponential rounds exactly and carries (9.996e5 -> "1.00e+6"), so the mantissa is in [1, 10).
	const [mantissa, exponent] = x.toExponential(digits - 1).split('e');
	const options: Intl.NumberFormatOptions = { maximumSignificantDigits: digits };
	if (opts.trailingZeros === true) options.minimumSignificantDigits = digits;
	return { value: Number(mantissa), exponent: Number(exponent), options };
}

/** Mantissa (localized) and exponent (null when plain) of `x` as `formatNumber` would show it. */
export function numberParts(x: number, locale: Locale, opts?: NumberOptions): NumberParts {
	const value = finite('number', x);
	const l = checkLocale(locale);
	const d = decide(value, numberOptions(opts));
	return { mantissa: numberFormat(l, d.options).format(d.value), exponent: d.exponent };
}

/** What a mantissa may hold: digits, signs, separators, spaces and bidi marks, nothing else. */
const MANTISSA = /^[-+\u2212\u200e\u200f\u061c0-9.,\u066b\u066c\u00a0\u202f ]{1,64}$/;

/**
 * Joins parts into text: "1.14 × 10²¹" (no-break spaces around ×). The parts must be what
 * `numberParts` gives: a mantissa of digits and separators, and a whole exponent or null.
 */
export function joinParts(parts: NumberParts): string {
	const p = recordArgument('parts', parts);
	if (typeof p.mantissa !== 'string' || !MANTISSA.test(p.mantissa) || !/[0-9]/.test(p.mantissa)) {
		throw new EstimateError(
			`parts.mantissa must be a formatted number such as "1.14", got ${describeValue(p.mantissa)}`,
			'parts',
		);
	}
	if (p.exponent === null) return p.mantissa;
	const exponent = inRange('parts.exponent', p.exponent, { min: -400, max: 400, integer: true });
	return `${p.mantissa}${NBSP}×${NBSP}10${superscript(exponent)}`;
}

/**
 * A number for prose and tables: plain and grouped when moderate, scientific otherwise.
 * 1.14e21 → "1.14 × 10²¹" (en, hi, ar), "1,14 × 10²¹" (fr); 491520 → "491,520" (en),
 * "491 520" (fr), "4,91,520" (hi).
 */
export function formatNumber(x: number, locale: Locale, opts?: NumberOptions): string {
	return joinParts(numberParts(x, locale, opts));
}

const BIDI_MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

/**
 * The same number as TeX for KaTeX: "1.14 \times 10^{21}" (en), "1{,}14 \times 10^{21}" (fr:
 * a bare comma in TeX math is punctuation and would be followed by a space), "524{,}288" (en),
 * "524\,288" (fr: thin space), "5{,}24{,}288" (hi). No bidi marks: KaTeX output is LTR anyway.
 */
export function formatTex(x: number, locale: Locale, opts?: NumberOptions): string {
	const value = finite('number', x);
	const l = checkLocale(locale);
	const d = decide(value, numberOptions(opts));
	let mantissa = '';
	for (const part of numberFormat(l, d.options).formatToParts(d.value)) {
		if (part.type === 'group') mantissa += part.value === ',' ? '{,}' : '\\,';
		else if (part.type === 'decimal') mantissa += part.value === ',' ? '{,}' : '.';
		else if (part.type === 'minusSign') mantissa += '-';
		else mantissa += part.value.replace(BIDI_MARKS, '');
	}
	return d.exponent === null ? mantissa : `${mantissa} \\times 10^{${d.exponent}}`;
}

/**
 * Always plain, grouped: "491,520" (en), "491 520" (fr), "4,91,520" (hi). At least `digits`
 * significant digits (default 3) and every integer digit: 12.3456 → "12.3", 1234567 → "1,234,567".
 */
export function formatPlain(x: number, locale: Locale, opts?: { digits?: number }): string {
	const value = finite('number', x);
	const l = checkLocale(locale);
	return grouped(value, l, checkDigits(formatOptions(opts).digits));
}

/**
 * A fraction as a percentage, `digits` significant digits (default 3) keeping integer digits:
 * 0.256 → "25.6%" (en, hi), "25,6 %" (fr, U+00A0 before %), "25.6‎%‎" (ar, with U+200E marks).
 */
export function formatPercent(
	fraction: number,
	locale: Locale,
	opts?: { digits?: number },
): string {
	const x = finite('fraction', fraction);
	const l = checkLocale(locale);
	const sig = keepIntegerDigits(x, checkDigits(formatOptions(opts).digits), 2); // x * 100 may overflow
	return numberFormat(l, { style: 'percent', maximumSignificantDigits: sig }).format(x);
}

export type CurrencyOptions = {
	/** ISO 4217 code (default 'USD'); 'EUR', 'INR'… */
	currency?: string;
	/** Significant digits (default 3): costs here are estimates, so 4,612,345 → "$4,610,000". */
	digits?: number;
	/** Intl compact notation: "$4.61M" (en), "4,61 M $US" (fr), "$46.1 लाख" (hi). */
	compact?: boolean;
};

/**
 * Money, through Intl's currency style: 4.6e6 → "$4,600,000" (en), "4 600 000 $US" (fr),
 * "$46,00,000" (hi), "‏4,600,000 US$" (ar, starts with U+200F).
 */
export function formatCurrency(amount: number, locale: Locale, opts?: CurrencyOptions): string {
	const x = finite('amount', amount);
	const l = checkLocale(locale);
	const o = formatOptions(opts);
	const currency = o.currency === undefined ? 'USD' : o.currency;
	if (typeof currency !== 'string' || !/^[A-Za-z]{3}$/.test(currency)) {
		throw new EstimateError(
			`currency must be a three-letter ISO 4217 code such as USD, EUR or INR, got ${describeValue(currency)}`,
			'currency',
		);
	}
	const options: Intl.NumberFormatOptions = {
		style: 'currency',
		currency,
		maximumSignificantDigits: checkDigits(o.digits),
	};
	if (flag('compact', o.compact, false)) options.notation = 'compact';
	return numberFormat(l, options).format(x);
}
