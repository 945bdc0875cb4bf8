/**
 * Calculator state: a schema of inputs (numbers, choices, flags), the text each field holds,
 * and the URL query that reproduces it. Keys are readable and prefixed by the calculator
 * (`train.gpu=rtx-4070&train.mfu=40`) so several calculators share one page's link.
 *
 * Links carry plain JavaScript numbers ("3e+11"), whatever the page's locale. A value in a link
 * that is unreadable or out of range falls back to the default and the island says so.
 */
import type { Locale } from '../../i18n/locales.ts';
import { fieldText, parseField, type FieldStrings, type NumberRule } from './field.ts';

/** Any field: `formerly` lists keys it had in older links (read, never written). */
type Renamed = { formerly?: readonly string[] };
export type NumberSpec = NumberRule & Renamed & { kind: 'number' };
export type ChoiceSpec = Renamed & { kind: 'choice'; values: readonly string[] };
export type FlagSpec = Renamed & { kind: 'flag' };
export type Spec = NumberSpec | ChoiceSpec | FlagSpec;
export type Schema = Record<string, Spec>;

/** What the fields hold: text for numbers (as typed), the value for choices, '1'/'0' for flags. */
export type Texts<S extends Schema> = Record<keyof S & string, string>;

/** Default values: numbers as numbers (or '' for an empty optional field), the rest as strings. */
export type Defaults<S extends Schema> = {
	[K in keyof S]: S[K] extends NumberSpec ? number | '' : string;
};

/** The text a field starts with for a default value. */
export function defaultTexts<S extends Schema>(
	schema: S,
	defaults: Defaults<S>,
	locale: Locale,
): Texts<S> {
	const out: Record<string, string> = {};
	for (const key of Object.keys(schema)) {
		const value = defaults[key] as number | string;
		out[key] = typeof value === 'number' ? fieldText(value, locale) : value;
	}
	return out as Texts<S>;
}

/** A field's key in the link: `prefix.key`, or the bare key for an empty prefix. */
const keyName = (prefix: string, key: string) => (prefix ? `${prefix}.${key}` : key);

/** Reads one value from a link; undefined when it is unusable. */
function readValue(spec: Spec, raw: string): string | number | undefined {
	if (raw.length > 200) return undefined;
	if (spec.kind === 'number') {
		if (raw === '' && spec.optional) return '';
		const parsed = parseField(raw, 'en', spec);
		return parsed.value;
	}
	if (spec.kind === 'flag') return raw === '1' || raw === '0' ? raw : undefined;
	return spec.values.includes(raw) ? raw : undefined;
}

/**
 * The fields' texts from a link's query: values found replace the defaults; unusable ones are
 * listed in `invalid` (their defaults stay).
 */
export function readState<S extends Schema>(
	search: string,
	prefix: string,
	schema: S,
	base: Texts<S>,
	locale: Locale,
): { texts: Texts<S>; invalid: string[]; found: boolean } {
	let query: URLSearchParams;
	try {
		query = new URLSearchParams(search);
	} catch {
		return { texts: base, invalid: [], found: false };
	}
	const texts: Record<string, string> = { ...base };
	const invalid: string[] = [];
	let found = false;
	for (const [key, spec] of Object.entries(schema)) {
		const names = [key, ...(spec.formerly ?? [])].map((k) => keyName(prefix, k));
		const raw = names.map((name) => query.get(name)).find((v) => v !== null) ?? null;
		if (raw === null) continue;
		found = true;
		const value = readValue(spec, raw);
		if (value === undefined) invalid.push(key);
		else texts[key] = typeof value === 'number' ? fieldText(value, locale) : value;
	}
	return { texts: texts as Texts<S>, invalid, found };
}

/** The canonical value of a field for a link, or undefined when it is invalid or empty. */
export function linkValue(
	spec: Spec,
	text: string,
	locale: Locale,
	strings: FieldStrings,
): string | undefined {
	if (spec.kind !== 'number') return readValue(spec, text) === undefined ? undefined : text;
	const parsed = parseField(text, locale, spec, strings);
	return parsed.value === undefined ? undefined : String(parsed.value);
}

/** The query with this calculator's keys set from the fields (others' keys kept). */
export function writeState<S extends Schema>(
	search: string,
	prefix: string,
	schema: S,
	texts: Texts<S>,
	locale: Locale,
	strings: FieldStrings,
	defaults?: Texts<S>,
): string {
	const query = new URLSearchParams(search);
	for (const [key, spec] of Object.entries(schema)) {
		const name = keyName(prefix, key);
		const value = linkValue(spec, texts[key as keyof S & string], locale, strings);
		const same =
			defaults !== undefined &&
			texts[key as keyof S & string] === defaults[key as keyof S & string];
		for (const old of spec.formerly ?? []) query.delete(keyName(prefix, old));
		if (value === undefined || same) query.delete(name);
		else query.set(name, value);
	}
	const text = query.toString();
	return text ? `?${text}` : '';
}
