/** Localized messages for the core's EstimateErrors, and small formatting helpers. */
import type { EstimateError } from '../core/index.ts';
import type { CommonStrings } from './strings/common.ts';

/** What to tell the reader about a core error, in the page's language. */
export function coreMessage(error: EstimateError, strings: CommonStrings): string {
	const field = error.field ?? '';
	if (field === 'heads' && /multiple/.test(error.message)) return strings.core.heads;
	if (field === 'kvHeads') return strings.core.kvHeads;
	if (field === 'gradAccum' && /multiple/.test(error.message)) return strings.core.gradAccum;
	if (/impossible/.test(error.message)) return strings.core.impossible;
	if (field === 'precision') return strings.core.noPeak;
	if (/years|out of range|too large/.test(error.message)) return strings.core.tooLong;
	if (/must be at most/.test(error.message)) return strings.tooLarge;
	return strings.core.generic;
}

/** Fills {name} placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
