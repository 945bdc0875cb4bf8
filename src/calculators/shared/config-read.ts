/**
 * The config.json reader behind shared/config-field.tsx, loaded on first use (it brings the
 * core's parser): the text → the link's architecture code and what was read, or the reader's
 * message for a malformed, hostile or huge file.
 */
import {
	EstimateError,
	HF_CONFIG_LIMITS,
	HF_MODEL_TYPES,
	parseHfConfig,
	type HfImport,
} from '../../core/index.ts';
import { formatPlain } from '../../format/index.ts';
import type { TrainStrings } from '../../i18n/calculators/train.ts';
import type { Locale } from '../../i18n/locales.ts';
import { encodeArch } from './arch-code.ts';
import { fill } from './messages.ts';

type ConfigStrings = TrainStrings['config'];

/** The reader's words for a config.json the core refused (its EstimateError's field). */
export function configMessage(
	error: EstimateError,
	text: string,
	strings: ConfigStrings,
	locale: Locale,
): string {
	const e = strings.errors;
	if (error.field === 'config') {
		if (text.trim() === '') return e.empty;
		if (text.length > HF_CONFIG_LIMITS.characters) return tooLong(text.length, strings, locale);
		return e.notJson;
	}
	if (error.field === 'model_type') return fill(e.modelType, { types: HF_MODEL_TYPES.join(', ') });
	return fill(e.key, { key: error.field });
}

/** "This text is {n} characters long…" (a file refused by its size says so before it is read). */
export const tooLong = (n: number, strings: ConfigStrings, locale: Locale) =>
	fill(strings.errors.tooLong, {
		n: formatPlain(n, locale),
		max: formatPlain(HF_CONFIG_LIMITS.characters, locale),
	});

/** Reads a config text: the link's code and what was read, or the reader's message. */
export function readConfig(
	text: string,
	strings: ConfigStrings,
	locale: Locale,
): { code: string; read: HfImport; error?: undefined } | { error: string } {
	try {
		const read = parseHfConfig(text);
		return { code: encodeArch({ arch: read.arch, modelType: read.modelType }), read };
	} catch (error) {
		if (error instanceof EstimateError)
			return { error: configMessage(error, text, strings, locale) };
		throw error;
	}
}
