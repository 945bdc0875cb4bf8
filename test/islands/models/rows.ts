/** Helpers of the calculator model tests. */
import { parseField } from '../../../src/calculators/shared/field.ts';
import type { Row } from '../../../src/calculators/shared/rows.ts';
import {
	defaultTexts,
	type Defaults,
	type Schema,
	type Texts,
} from '../../../src/calculators/shared/state.ts';

/** The row with `key` (the test fails on a missing one). */
export function row(rows: readonly Row[], key: string): Row {
	const found = rows.find((r) => r.key === key);
	if (!found) throw new Error(`no row ${key}`);
	return found;
}

/** Text as a reader compares it: no-break spaces as spaces, no direction marks. */
export const plain = (text: string | undefined) =>
	(text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f\u061c\u2068\u2069]/g, '');

/** The fields' texts for `defaults` (over-written by `texts`) and each number as parsed. */
export function fieldsOf<S extends Schema>(
	schema: S,
	defaults: Defaults<S>,
	texts: Partial<Texts<S>> = {},
): { texts: Texts<S>; values: Partial<Record<keyof S, number>> } {
	const all = { ...defaultTexts(schema, defaults, 'en'), ...texts };
	const values = Object.fromEntries(
		Object.entries(schema).map(([k, spec]) => [
			k,
			spec.kind === 'number' ? parseField(all[k as keyof S & string], 'en', spec).value : undefined,
		]),
	) as Partial<Record<keyof S, number>>;
	return { texts: all, values };
}
