/** Localized messages for the core's EstimateErrors, and small formatting helpers. */
import type { EstimateError } from '../../core/index.ts';
import type { CommonStrings } from '../../i18n/calculators/common.ts';

/** What to tell the reader about a core error, in the page's language (by its code and field). */
export function coreMessage(error: EstimateError, strings: CommonStrings): string {
	const { code, field } = error;
	if (field === 'heads' && code === 'not-a-multiple') return strings.core.heads;
	if (field === 'kvHeads') return strings.core.kvHeads;
	if (field === 'gradAccum' && code === 'not-a-multiple') return strings.core.gradAccum;
	if (code === 'impossible') return strings.core.impossible;
	if (field === 'precision') return strings.core.noPeak;
	if (code === 'too-long' || code === 'too-large') return strings.core.tooLong;
	if (code === 'above-max') return strings.tooLarge;
	return strings.core.generic;
}

/**
 * Fills {name} placeholders. Each value becomes an isolated bidi run (U+2068 … U+2069), so a
 * figure such as "26.7 GiB" keeps its own order inside an Arabic sentence.
 */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (m, k: string) =>
		k in values ? `\u2068${String(values[k])}\u2069` : m,
	);
}
