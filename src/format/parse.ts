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
 * - a magnitude suffix, case-insensitive, with or without a space, in every locale: k (10³), M
 *   (10⁶, never milli: "124m" is 124 million as in model names), G or B (10⁹), T (10¹²), P (10¹⁵);
 *   and the locale's own words (`MAGNITUDE_WORDS` in units.ts): French Md (10⁹) and Bn (10¹²),
 *   Hindi हज़ार / मिलियन / बिलियन / ट्रिलियन, Arabic ألف / مليون / مليار / تريليون and their
 *   plurals آلاف / ملايين / مليارات / تريليونات ("10 مليارات").
 * - Arabic-Indic (٠-٩, ۰-۹) and Devanagari (०-९) digits, the Arabic decimal (٫) and thousands (٬)
 *   separators, the minus sign U+2212, and invisible bidi marks (which Intl's Arabic output has).
 *
 * Anything else throws `EstimateError`. Negative numbers are returned: callers validate ranges.
 *
 * Speed: text longer than `MAX_TEXT_LENGTH` (256) characters is refused before it is read, and
 * after removing marks and trimming no quantity is longer than `MAX_QUANTITY_LENGTH` (64). The
 * rest is linear: one pass to normalise, `lastIndexOf` to find the exponent, and anchored
 * patterns whose optional spaces are single (runs of spaces are collapsed first), so no input
 * makes the regular-expression engine backtrack over more than 64 characters
 * (test/format/parse-speed.test.ts; `npm run bench:parse` measures it).
 */
import type { Locale } from '../i18n/locales.ts';
import { EstimateError, describeValue } from '../core/index.ts';
import { checkLocale, formatOptions } from './check.ts';
import { SUPERSCRIPT_CLASS, unsuperscript } from './superscript.ts';
import { MAGNITUDE_PLURALS, MAGNITUDE_WORDS } from './units.ts';
import { numberFormat } from './intl.ts';

/** Longest text read at all; anything longer is refused before it is looked at. */
export const MAX_TEXT_LENGTH = 256;
/** Longest quantity once bidi marks are dropped, spaces collapsed and the ends trimmed. */
export const MAX_QUANTITY_LENGTH = 64;

/** Latin suffixes, read in every locale (case-insensitive). */
const LATIN_SUFFIXES: Readonly<Record<string, number>> = { k: 3, m: 6, g: 9, b: 9, t: 12, p: 15 };

/** Each locale's suffixes, longest first, lower-cased and in Unicode NFC. */
const SUFFIXES: Readonly<Record<Locale, readonly (readonly [string, number])[]>> = (() => {
	const table = {} as Record<Locale, (readonly [string, number])[]>;
	for (const [locale, words] of Object.entries(MAGNITUDE_WORDS) as [Locale, readonly string[]][]) {
		const entries = new Map<string, number>(Object.entries(LATIN_SUFFIXES));
		words.forEach((word, i) => entries.set(word.normalize('NFC').toLowerCase(), 3 * (i + 1)));
		// Spellings people type: Hindi हजार without the nukta, Arabic الف without the hamza.
		if (locale === 'hi') entries.set('हजार', 3);
		// the plural forms ("10 مليارات")
		for (const plural of Object.values(MAGNITUDE_PLURALS[locale] ?? {}))
			plural.forEach((word, i) => entries.set(word.normalize('NFC'), 3 * (i + 1)));
		// Arabic ألف and آلاف typed without the hamza or the madda
		if (locale === 'ar') {
			entries.set('الف', 3);
			entries.set('الاف', 3);
		}
		table[locale] = [...entries].sort((a, b) => b[0].length - a[0].length);
	}
	return table;
})();

const SUP = `[${SUPERSCRIPT_CLASS}]{1,8}`;
/** "10^21", "10^{-3}", "10 ^ 21", "10²¹" as the whole text (spaces already single). */
const POWER_OF_TEN = new RegExp(`^10 ?(?:\\^ ?\\{? ?([+-]?\\d{1,4}) ?\\}?|(${SUP}))$`);
/** The exponent after "e": "21", "+21", "-3". */
const E_EXPONENT = /^[+-]?\d{1,4}$/;
/** Plain digits; a first group of digits; a last group; a middle group (Indian 12,34,567). */
const DIGITS = /^\d{0,64}$/;
const FIRST_GROUP = /^\d{1,3}$/;
const LAST_GROUP = /^\d{3}$/;
const MIDDLE_GROUP = /^\d{2,3}$/;
const FIELD_NAME = /^[\w.-]{1,64}$/;

/**
 * Every pattern matched against typed text. Each is anchored at both ends and every repetition
 * in it is bounded ({1,4}, ?), so one match costs at most a constant; with the length caps, and
 * one pass to normalise, parsing is linear in the text (test/format/parse-speed.test.ts).
 */
export const PARSE_PATTERNS: readonly RegExp[] = [
	POWER_OF_TEN,
	E_EXPONENT,
	DIGITS,
	FIRST_GROUP,
	LAST_GROUP,
	MIDDLE_GROUP,
	FIELD_NAME,
];
/** Characters that mean "times" before "10^…": 1.14 × 10^21, 1.14x10^21, 1.14*10^21. */
const TIMES = '×xX*·';
const BIDI = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/;

/** One pass: native digits to Latin, minus signs to "-", marks dropped, spaces single. */
function normalize(text: string): string {
	let out = '';
	let space = false;
	for (const c of text.normalize('NFC')) {
		const code = c.codePointAt(0) ?? 0;
		let next: string;
		if (code >= 0x0660 && code <= 0x0669) next = String(code - 0x0660);
		else if (code >= 0x06f0 && code <= 0x06f9) next = String(code - 0x06f0);
		else if (code >= 0x0966 && code <= 0x096f) next = String(code - 0x0966);
		else if (c === '\u066c')
			next = ' '; // Arabic thousands separator: a group separator
		else if (c === '\u2212' || c === '\ufe63' || c === '\uff0d') next = '-';
		else if (BIDI.test(c)) continue;
		else if (/\s/.test(c)) next = ' ';
		else next = c;
		if (next === ' ') {
			space = true;
			continue;
		}
		if (space && out !== '') out += ' ';
		space = false;
		out += next;
	}
	return out;
}

/** Digits with optional group separators (a space, or "," when allowed): "12,34,567". */
function integerDigits(text: string, commaGroups: boolean): string | null {
	if (DIGITS.test(text)) return text;
	const groups = text.split(commaGroups ? /[, ]/ : / /);
	const [first, ...rest] = groups;
	if (!FIRST_GROUP.test(first)) return null;
	for (let i = 0; i < rest.length; i += 1) {
		const pattern = i === rest.length - 1 ? LAST_GROUP : MIDDLE_GROUP;
		if (!pattern.test(rest[i])) return null;
	}
	return groups.join('');
}

/** The locale's decimal and group separators, as Intl writes them (1,234.5; 1 234,5). */
const SEPARATORS = new Map<Locale, { decimal: string; group: string }>();
function separators(locale: Locale): { decimal: string; group: string } {
	let found = SEPARATORS.get(locale);
	if (!found) {
		const parts = numberFormat(locale).formatToParts(1234567.5);
		const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
		found = { decimal: part('decimal'), group: part('group') };
		SEPARATORS.set(locale, found);
	}
	return found;
}

/**
 * "1,5" (fr) or "1.5" → "1.5"; null if it is not a decimal number in this locale. Where the
 * locale's decimal mark is not "." (French), "." is read as
 * a decimal point too when the text has no mark of the locale's own (no site locale groups with ".").
 */
function decimal(text: string, locale: Locale): string | null {
	const own = separators(locale);
	let decimalMark = '.';
	// "," separates groups only where the locale groups with it; spaces do everywhere.
	const commaGroups = own.group === ',';
	if (own.decimal !== '.' && text.includes(own.decimal)) {
		if (text.includes('.')) return null;
		decimalMark = own.decimal;
	}
	const normalized = text.replace('\u066b', decimalMark);
	if (normalized.includes('\u066b')) return null;
	const pieces = normalized.split(decimalMark);
	if (pieces.length > 2) return null;
	const [whole, fraction = ''] = pieces;
	const intPart = integerDigits(whole, commaGroups);
	if (intPart === null || !DIGITS.test(fraction) || intPart.length + fraction.length === 0) {
		return null;
	}
	return `${intPart || '0'}.${fraction || '0'}`;
}

/** The exponent of "10^21" / "10²¹" (the text after "×"), or null. */
function powerOfTen(text: string): number | null {
	const match = POWER_OF_TEN.exec(text);
	if (match === null) return null;
	return Number(match[1] ?? unsuperscript(match[2]));
}

/** Splits "1.14 × 10^21", "1.14e21", "124 M" into a mantissa and a power of ten, or null. */
function split(rest: string, locale: Locale): { mantissa: string; exponent: number } | null {
	const alone = powerOfTen(rest);
	if (alone !== null) return { mantissa: '1', exponent: alone };
	let times = -1;
	for (const c of TIMES) times = Math.max(times, rest.lastIndexOf(c));
	if (times >= 0) {
		const exponent = powerOfTen(rest.slice(times + 1).trimStart());
		return exponent === null ? null : { mantissa: rest.slice(0, times).trimEnd(), exponent };
	}
	const e = Math.max(rest.lastIndexOf('e'), rest.lastIndexOf('E'));
	if (e >= 0 && E_EXPONENT.test(rest.slice(e + 1))) {
		return { mantissa: rest.slice(0, e), exponent: Number(rest.slice(e + 1)) };
	}
	const lower = rest.toLowerCase();
	for (const [word, exponent] of SUFFIXES[locale]) {
		if (lower.endsWith(word)) {
			return { mantissa: rest.slice(0, rest.length - word.length).trimEnd(), exponent };
		}
	}
	return { mantissa: rest, exponent: 0 };
}

export type ParseOptions = {
	/** The field being parsed, passed to `EstimateError` so a form can show the message there. */
	field?: string;
};

/**
 * A number from what someone typed: parseQuantity('1,5', 'fr') → 1.5,
 * parseQuantity('1.14 × 10²¹', 'en') → 1.14e21, parseQuantity('124M', 'hi') → 124000000,
 * parseQuantity('1,5 Md', 'fr') → 1.5e9, parseQuantity('12,34,567', 'hi') → 1234567.
 * Throws `EstimateError` (field: `opts.field`, or 'quantity') for anything else:
 * 'Expected a number such as 1.5, 1.14e21 or 124M, got "abc"'.
 */
export function parseQuantity(text: string, locale: Locale, opts?: ParseOptions): number {
	const o = formatOptions(opts);
	if (o.field !== undefined && (typeof o.field !== 'string' || !FIELD_NAME.test(o.field))) {
		throw new EstimateError(
			`field must be the name of an input such as "tokens", got ${describeValue(o.field)}`,
			'field',
		);
	}
	const field = (o.field as string | undefined) ?? 'quantity';
	const l = checkLocale(locale);
	const fail = (why = ''): never => {
		const example = l === 'fr' ? '1,5 ; 1,14e21 ; 124 M' : '1.5, 1.14e21 or 124M';
		throw new EstimateError(
			`Expected a number such as ${example}, got ${describeValue(text)}${why}`,
			field,
		);
	};
	if (typeof text !== 'string') return fail();
	if (text.length > MAX_TEXT_LENGTH) return fail(' (too long for a quantity)');
	let rest = normalize(text);
	if (rest.length > MAX_QUANTITY_LENGTH) return fail(' (too long for a quantity)');
	let sign = '';
	if (rest.startsWith('-') || rest.startsWith('+')) {
		sign = rest[0] === '-' ? '-' : '';
		rest = rest.slice(1);
	}
	const parts = split(rest, l);
	if (parts === null) return fail();
	const digits = decimal(parts.mantissa, l);
	if (digits === null) return fail();
	const value = Number(`${sign}${digits}e${parts.exponent}`);
	if (!Number.isFinite(value)) return fail(' (too large)');
	if (value === 0 && /[1-9]/.test(digits)) return fail(' (too small)');
	return value + 0;
}
