/**
 * What calculators do with what people type: parse it for the page's locale, check it, and
 * say what is wrong in the page's language. Shared by every calculator island.
 */
import { EstimateError } from '../../core/index.ts';
import { formatNumber, formatParams, parseQuantity } from '../../format/index.ts';
import type { Locale } from '../../i18n/locales.ts';

export type FieldStrings = {
	notANumber: string;
	notPositive: string;
	tooLarge: string;
	/** Optional: "Enter a whole number." */
	notInteger?: string;
	/** Optional: "Enter a value between {min} and {max}." */
	outOfRange?: string;
	/** Optional: "Enter a value." */
	empty?: string;
};

export type Parsed =
	| { value: number; error?: undefined }
	| { value?: undefined; error: string }
	/** An optional field left empty: no value, nothing wrong. */
	| { value?: undefined; error?: undefined };

/** The checks a numeric field applies. */
export type NumberRule = {
	/** Largest accepted value (default 1e40). */
	max?: number;
	/** Smallest accepted value; default: anything above 0. */
	min?: number;
	/** Zero allowed (prices, grid intensity). */
	zero?: boolean;
	integer?: boolean;
	/** Empty text is allowed and means "not given". */
	optional?: boolean;
};

const FALLBACK: FieldStrings = {
	notANumber: 'not a number',
	notPositive: 'not positive',
	tooLarge: 'too large',
};

/** A number from a field under `rule`, or the localized message to show next to it. */
export function parseField(
	text: string,
	locale: Locale,
	rule: NumberRule,
	strings: FieldStrings = FALLBACK,
): Parsed {
	if (typeof text !== 'string' || text.trim() === '') {
		if (rule.optional && typeof text === 'string') return {};
		return { error: strings.empty ?? strings.notANumber };
	}
	let value: number;
	try {
		value = parseQuantity(text, locale);
	} catch (error) {
		if (error instanceof EstimateError) return { error: strings.notANumber };
		throw error;
	}
	if (!Number.isFinite(value)) return { error: strings.tooLarge };
	if (rule.zero ? value < 0 : !(value > 0)) return { error: strings.notPositive };
	if (value > (rule.max ?? 1e40)) return { error: strings.tooLarge };
	if (rule.min !== undefined && value < rule.min) {
		return {
			error: (strings.outOfRange ?? strings.notPositive).replace('{min}', String(rule.min)),
		};
	}
	if (rule.integer && !Number.isInteger(value))
		return { error: strings.notInteger ?? strings.notANumber };
	return { value };
}

/**
 * The text a field shows for `value`: "124 M", "1,5 × 10⁹"… always text that `parseQuantity`
 * reads back to the same number in that locale (checked, with a plainer fallback).
 */
export function fieldText(value: number, locale: Locale): string {
	const candidates = [
		Math.abs(value) >= 1e4 ? formatParams(value, locale, { digits: 4 }) : undefined,
		formatNumber(value, locale, { digits: 4 }),
		formatNumber(value, locale, { digits: 8 }),
		String(value),
	];
	for (const text of candidates) {
		if (text === undefined) continue;
		try {
			const back = parseQuantity(text, locale);
			if (Math.abs(back - value) <= Math.abs(value) * 1e-9) return text;
		} catch {
			// try the next form
		}
	}
	return String(value);
}
