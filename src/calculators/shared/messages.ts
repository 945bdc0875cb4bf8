/** Localized messages for the core's EstimateErrors, and small formatting helpers. */
import type { EstimateError } from '../../core/index.ts';
import { formatFlopPerSecond } from '../../format/index.ts';
import type { Locale } from '../../i18n/locales.ts';
import { DEFAULT_MFU, type GpuOption, type Precision } from './options.ts';
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

/** "40 % of the BF16 dense peak (…)", or of the measured rate for a measured GPU. */
export const mfuNote = (
	calc: { gpu: GpuOption; precision: Precision; peak?: number },
	/** The utilisation as shown, or '' for the peak alone. */
	mfu: string,
	strings: CommonStrings,
	locale: Locale,
) =>
	fill(calc.gpu.measured ? strings.mfuOfMeasured : strings.mfuOf, {
		mfu,
		precision: strings.precisions[calc.precision],
		peak: calc.peak === undefined ? '' : formatFlopPerSecond(calc.peak, locale),
	});

/** The MFU field's hint: why 40 %, shown only while the default is what the field holds. */
export const mfuHint = (mfu: number | undefined, strings: CommonStrings) =>
	mfu === DEFAULT_MFU ? strings.mfuWhy : undefined;
