/** Helpers of the calculator model tests. */
import type { Row } from '../../../src/calculators/shared/rows.ts';

/** The row with `key` (the test fails on a missing one). */
export function row(rows: readonly Row[], key: string): Row {
	const found = rows.find((r) => r.key === key);
	if (!found) throw new Error(`no row ${key}`);
	return found;
}

/** Text as a reader compares it: no-break spaces as spaces, no direction marks. */
export const plain = (text: string | undefined) =>
	(text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f\u061c\u2068\u2069]/g, '');
