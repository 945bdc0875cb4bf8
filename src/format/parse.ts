/**
 * The inverse of the formatters for what people type into a calculator field.
 *
 * Accepted (after trimming, in any site locale):
 * - plain numbers with the locale's decimal separator: "1.5" (en, hi, ar), "1,5" (fr). In French
 *   a "." is also read as the decimal point when the text has no comma ("1.5" → 1.5), since
 *   French never groups digits with "."; "1.234,5" is rejected.
 * - group separators: spaces of any kind (U+0020, U+00A0, U+202F, U+2009) everywhere, and "," in
 *   en, hi and ar. Groups must look like groups (the last of three digits, the others of two or
 *   three, so Indian 12,34,567 passes): in English "1,5" is rejected rather than read as 15.
 * - scientific notation: "1.14e21", "1.14E+21", "1.14 × 10^21", "1.14x10^21", "1.14*10^{21}",
 *   "1.14 × 10²¹" (superscripts, "⁻" too), and "10^21" / "10²¹" alone.
 * - a magnitude suffix, case-insensitive, with or without a space: k (10³), M (10⁶, never
 *   milli: "124m" is 124 million as in model names), G or B (10⁹), T (10¹²), P (10¹⁵).
 * - Arabic-Indic (٠-٩, ۰-۹) and Devanagari (०-९) digits, the Arabic decimal (٫) and thousands (٬)
 *   separators, the minus sign U+2212, and invisible bidi marks (which Intl's Arabic output has).
 *
 * Anything else throws `EstimateError`. Negative numbers are returned: callers validate ranges.
 */
import type { Locale } from '../i18n/locales.ts';
import { EstimateError } from '../core/index.ts';
import { SUPERSCRIPT_CLASS, unsuperscript } from './superscript.ts';

const SUFFIX_EXPONENT: Record<string, number> = { k: 3, m: 6, g: 9, b: 9, t: 12, p: 15 };

const SUP = `[${SUPERSCRIPT_CLASS}]+`;
/** "× 10^21", "x10^{-3}", "* 10²¹" at the end of the text. */
const TIMES_TEN = new RegExp(
	`\\s*[×xX*·]\\s*10\\s*(?:\\^\\s*\\{?\\s*([+-]?\\d+)\\s*\\}?|(${SUP}))$`,
);
/** "10^21" or "10²¹" as the whole text. */
const POWER_OF_TEN = new RegExp(`^10\\s*(?:\\^\\s*\\{?\\s*([+-]?\\d+)\\s*\\}?|(${SUP}))$`);
const E_NOTATION = /[eE]([+-]?\d+)$/;
const SUFFIX = /\s*([kmgbtp])$/i;

function normalize(text: string): string {
	let out = '';
	for (const c of text) {
		const code = c.codePointAt(0) ?? 0;
		if (code >= 0x0660 && code <= 0x0669) out += String(code - 0x0660);
		else if (code >= 0x06f0 && code <= 0x06f9) out += String(code - 0x06f0);
		else if (code >= 0x0966 && code <= 0x096f) out += String(code - 0x0966);
		else if (c === '\u066b')
			out += '\u066b'; // Arabic decimal separator: resolved below
		else if (c === '\u066c')
			out += ' '; // Arabic thousands separator: a group separator
		else if (c === '\u2212' || c === '\ufe63' || c === '\uff0d') out += '-';
		else if (/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/.test(c)) continue;
		else out += c;
	}
	return out.trim();
}

/** Digits with optional group separators (whitespace, or "," when allowed): "12,34,567". */
function integerDigits(text: string, commaGroups: boolean): string | null {
	if (/^\d*$/.test(text)) return text;
	const groups = text.split(commaGroups ? /[,\s]/ : /\s/);
	if (groups.length < 2) return null;
	const [first, ...rest] = groups;
	if (!/^\d{1,3}$/.test(first)) return null;
	for (let i = 0; i < rest.length; i += 1) {
		const pattern = i === rest.length - 1 ? /^\d{3}$/ : /^\d{2,3}$/;
		if (!pattern.test(rest[i])) return null;
	}
	return groups.join('');
}

/** "1,5" (fr) or "1.5" → "1.5"; null if it is not a decimal number in this locale. */
function decimal(text: string, locale: Locale): string | null {
	let decimalMark = '.';
	let commaGroups = true;
	if (locale === 'fr') {
		commaGroups = false;
		if (text.includes(',')) {
			if (text.includes('.')) return null;
			decimalMark = ',';
		}
	}
	const normalized = text.replace('\u066b', decimalMark);
	if (normalized.includes('\u066b')) return null;
	const pieces = normalized.split(decimalMark);
	if (pieces.length > 2) return null;
	const [whole, fraction = ''] = pieces;
	const intPart = integerDigits(whole, commaGroups);
	if (intPart === null || !/^\d*$/.test(fraction) || intPart.length + fraction.length === 0) {
		return null;
	}
	return `${intPart || '0'}.${fraction || '0'}`;
}

export type ParseOptions = {
	/** The field being parsed, passed to `EstimateError` so a form can show the message there. */
	field?: string;
};

/**
 * A number from what someone typed: parseQuantity('1,5', 'fr') → 1.5,
 * parseQuantity('1.14 × 10²¹', 'en') → 1.14e21, parseQuantity('124M', 'hi') → 124000000,
 * parseQuantity('12,34,567', 'hi') → 1234567. Throws `EstimateError` for anything else:
 * 'Expected a number such as 1.5, 1.14e21 or 124M, got "abc"'.
 */
export function parseQuantity(text: string, locale: Locale, opts: ParseOptions = {}): number {
	const fail = (why = ''): never => {
		const example = locale === 'fr' ? '1,5' : '1.5';
		throw new EstimateError(
			`Expected a number such as ${example}, 1.14e21 or 124M, got ${JSON.stringify(text)}${why}`,
			opts.field,
		);
	};
	if (typeof text !== 'string') return fail();
	let rest = normalize(text);
	let sign = '';
	if (rest.startsWith('-') || rest.startsWith('+')) {
		sign = rest[0] === '-' ? '-' : '';
		rest = rest.slice(1);
	}
	let exponent = 0;
	let mantissa: string;
	let match: RegExpMatchArray | null;
	if ((match = rest.match(POWER_OF_TEN)) !== null) {
		mantissa = '1';
		exponent = Number(match[1] ?? unsuperscript(match[2]));
	} else if ((match = rest.match(TIMES_TEN)) !== null) {
		mantissa = rest.slice(0, match.index);
		exponent = Number(match[1] ?? unsuperscript(match[2]));
	} else if ((match = rest.match(E_NOTATION)) !== null) {
		mantissa = rest.slice(0, match.index);
		exponent = Number(match[1]);
	} else if ((match = rest.match(SUFFIX)) !== null) {
		mantissa = rest.slice(0, match.index);
		exponent = SUFFIX_EXPONENT[match[1].toLowerCase()];
	} else {
		mantissa = rest;
	}
	const digits = decimal(mantissa, locale);
	if (digits === null || !Number.isInteger(exponent)) return fail();
	const value = Number(`${sign}${digits}e${exponent}`);
	if (!Number.isFinite(value)) return fail(' (too large)');
	return value + 0;
}
