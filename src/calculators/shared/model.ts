/**
 * What every calculator's model takes: its words (locale, the shared and its own strings), its
 * inputs (the fields' choices and parsed numbers, the GPU), and the helpers that word its rows.
 */
import type { EstimateError } from '../../core/index.ts';
import { formatNumber, formatPlain } from '../../format/index.ts';
import type { CommonStrings } from '../../i18n/calculators/common.ts';
import type { Locale } from '../../i18n/locales.ts';
import { flopsText, formatTime, type TimeUnit } from './conventions.ts';
import { coreMessage } from './messages.ts';
import type { GpuOption, ModelOption, Precision } from './options.ts';
import type { Row } from './rows.ts';
import type { Schema, Texts } from './state.ts';

export type Words<S> = { locale: Locale; common: CommonStrings; strings: S };

/** The inputs of a calculator with a model picker and a GPU picker. */
export type ModelInput<S extends Schema> = {
	/** What the fields hold (choices as chosen; numbers are read from `values`). */
	texts: Texts<S>;
	/** Each numeric field's value, undefined while it does not parse. */
	values: Partial<Record<keyof S, number>>;
	models: readonly ModelOption[];
	gpu: GpuOption;
	precision: Precision;
	/** Dense peak of `gpu` at `precision`, FLOP/s (undefined: none published). */
	peak?: number;
};

/** Numbers for formulas (f: "3.14 × 10²³", p: "524,288") and core errors in the reader's words. */
export const wording = (locale: Locale, common: CommonStrings) => ({
	f: (x: number) => formatNumber(x, locale),
	p: (x: number) => formatPlain(x, locale),
	word: (e: EstimateError) => coreMessage(e, common),
});

/** A headline FLOP row: "3.14 × 10²³ FLOP (314 ZFLOP)", or "—" and `reason`. */
export const flopRow = (
	key: string,
	label: string,
	flops: number | undefined,
	reason: string | undefined,
	locale: Locale,
): Row => ({
	key,
	label,
	value: flops === undefined ? undefined : flopsText(flops, locale),
	raw: flops,
	reason,
	main: true,
});

/** A headline training-time row, in the reader's time unit, or "—" and `reason`. */
export const timeRow = (
	label: string,
	seconds: number | undefined,
	reason: string | undefined,
	unit: string,
	{ locale, common }: Omit<Words<unknown>, 'strings'>,
): Row => ({
	key: 'time',
	label,
	value:
		seconds === undefined
			? undefined
			: formatTime(seconds, unit as TimeUnit, locale, common.inYears),
	raw: seconds,
	reason,
	main: true,
});

/** What every model gives its view: rows, and messages for fields over the parse errors. */
export type ModelResult = {
	rows: Row[];
	/** Messages for fields, over the parse errors (undefined clears one). */
	errors: Record<string, string | undefined>;
};
