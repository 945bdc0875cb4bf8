/** The marks the methods page's data tables put after a value. */
import type { Sourced } from '../../data/index.ts';

/** The mark of a derived field (an asterisk) or of one read in a secondary source (a dagger). */
export const mark = (entry: Sourced, field: string) =>
	entry.derived?.includes(field) ? '*' : entry.secondary?.includes(field) ? '†' : '';

/** A peak marked as a whole ('peakFlopsPerSecond') marks every precision. */
export const peakMark = (entry: Sourced, field: string) =>
	mark(entry, field) || mark(entry, 'peakFlopsPerSecond');
