/**
 * The state every calculator island shares: field texts (defaults, then the link's values after
 * hydration), parsing with localized messages, the link kept in step, and reset.
 */
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { EstimateError } from '../../core/index.ts';
import type { Locale } from '../../i18n/locales.ts';
import { parseField, type FieldStrings, type Parsed } from './field.ts';
import {
	defaultTexts,
	readState,
	writeState,
	type Defaults,
	type Schema,
	type Texts,
} from './state.ts';

/**
 * A calculator's state, as its view, the frame, the tools and the shared fields take it (one
 * type for all of them: a piece that needs less reads less of it). Methods, so a calculator's
 * own keys fit where any keys are accepted.
 */
export type Calc<S extends Schema = Schema> = {
	/** Prefix of the calculator's element ids (useId). */
	id: string;
	texts: Texts<S>;
	/** True once the island runs in the browser (inputs become editable). */
	hydrated: boolean;
	/** True until then. */
	disabled: boolean;
	/** Keys whose value in the link was unusable (their defaults are shown). */
	invalidLink: readonly string[];
	set(key: keyof S & string, value: string): void;
	/** Sets several fields at once (one render, one link update). */
	update(values: Partial<Texts<S>>): void;
	reset(): void;
	/** The parsed number of a numeric field, or its error. */
	num(key: keyof S & string): Parsed;
	/** Each numeric field's parse error (a new object: an island adds the core's errors to it). */
	errors(): Record<string, string | undefined>;
	/** The default texts (what reset returns to). */
	base: Texts<S>;
};

export function useCalc<S extends Schema>(
	prefix: string,
	schema: S,
	defaults: Defaults<S>,
	locale: Locale,
	strings: FieldStrings,
): Calc<S> {
	const id = useId();
	const base = useMemo(() => defaultTexts(schema, defaults, locale), []);
	const [texts, setTexts] = useState<Texts<S>>(base);
	const [hydrated, setHydrated] = useState(false);
	const [invalidLink, setInvalidLink] = useState<string[]>([]);

	// After hydration, and again when the reader goes back or forward: inputs from the link.
	useEffect(() => {
		const load = () => {
			const read = readState(location.search, prefix, schema, base, locale);
			// Unchanged state keeps the same objects, so an island the link does not mention does
			// not re-render.
			setTexts(read.found ? read.texts : base);
			setInvalidLink((old) => (old.length === 0 && read.invalid.length === 0 ? old : read.invalid));
		};
		load();
		setHydrated(true);
		addEventListener('popstate', load);
		return () => removeEventListener('popstate', load);
	}, []);

	const write = (next: Texts<S>) => {
		try {
			const query = writeState(location.search, prefix, schema, next, locale, strings, base);
			history.replaceState(history.state, '', location.pathname + query + location.hash);
		} catch {
			// A link that cannot be written (sandboxed frame) leaves the page working.
		}
	};

	const parsed = useMemo(() => {
		const out: Record<string, Parsed> = {};
		for (const [key, spec] of Object.entries(schema)) {
			if (spec.kind === 'number')
				out[key] = parseField(texts[key as keyof S & string], locale, spec, strings);
		}
		return out;
	}, [texts]);

	const update = (values: Partial<Texts<S>>) => {
		const next = { ...texts, ...values };
		setTexts(next);
		write(next);
	};
	return {
		id,
		texts,
		hydrated,
		disabled: !hydrated,
		invalidLink,
		base,
		set: (key, value) => update({ [key]: value } as Partial<Texts<S>>),
		update,
		reset: () => {
			setTexts(base);
			setInvalidLink([]);
			write(base);
		},
		num: (key) => parsed[key] ?? { error: strings.notANumber },
		errors: () => {
			const out: Record<string, string | undefined> = {};
			for (const [key, value] of Object.entries(parsed)) out[key] = value.error;
			return out;
		},
	};
}

/**
 * Runs a core call; an EstimateError becomes `{ error }` (with the core's field), anything else
 * is rethrown. Outputs that depend on a failed call show "—" with the reason.
 */
export function attempt<T>(
	f: () => T,
): { value: T; error?: undefined } | { value?: undefined; error: EstimateError } {
	try {
		return { value: f() };
	} catch (error) {
		if (error instanceof EstimateError) return { error };
		throw error;
	}
}
