/**
 * What calculators do with what people type: parse it for the page's locale, check it, and
 * say what is wrong in the page's language. Shared by every calculator island.
 */
import { EstimateError } from '../core/index.ts';
import { parseQuantity } from '../format/index.ts';
import type { Locale } from '../i18n/locales.ts';

export type FieldStrings = { notANumber: string; notPositive: string; tooLarge: string };

export type Parsed = { value: number; error?: undefined } | { value?: undefined; error: string };

/** A positive quantity from a text field, or the message to show next to it. */
export function parsePositive(
	text: string,
	locale: Locale,
	strings: FieldStrings,
	max = 1e40,
): Parsed {
	let value: number;
	try {
		value = parseQuantity(text, locale);
	} catch (error) {
		if (error instanceof EstimateError) return { error: strings.notANumber };
		throw error;
	}
	if (!(value > 0)) return { error: strings.notPositive };
	if (value > max) return { error: strings.tooLarge };
	return { value };
}

/**
 * Calculator state in the URL query, so a link reproduces it. Returns the values found, and the
 * names of those that were present but unreadable (the island says it fell back to defaults).
 */
export function readQuery(
	search: string,
	names: readonly string[],
	strings: FieldStrings,
): { values: Record<string, number>; invalid: string[] } {
	const query = new URLSearchParams(search);
	const values: Record<string, number> = {};
	const invalid: string[] = [];
	for (const name of names) {
		const raw = query.get(name);
		if (raw === null) continue;
		// Links carry plain JavaScript numbers ("3e+11"), whatever the page's locale.
		const parsed = parsePositive(raw, 'en', strings);
		if (parsed.value === undefined) invalid.push(name);
		else values[name] = parsed.value;
	}
	return { values, invalid };
}

/** The same query with these values set (valid ones only), for history.replaceState. */
export function writeQuery(search: string, values: Record<string, number | undefined>): string {
	const query = new URLSearchParams(search);
	for (const [name, value] of Object.entries(values)) {
		if (value === undefined) query.delete(name);
		else query.set(name, String(value));
	}
	const text = query.toString();
	return text ? `?${text}` : '';
}
