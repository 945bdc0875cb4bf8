/**
 * Durations from seconds, in the locale's words (Intl.NumberFormat style 'unit').
 *
 * One unit, chosen by size: below 1 s milliseconds, then seconds, minutes, hours, days, and
 * years (Julian, 365.25 days, as the core's GPU-years). A value that rounds up to the next
 * unit moves there: 3599.9 s → "1 hour", not "60 minutes". Very long spans (≥ 10⁶ years) use
 * scientific notation for the number ("1.2 × 10⁶ years").
 *
 * Spaces are no-break (Intl's U+0020 becomes U+00A0; French keeps Intl's U+202F/U+00A0).
 *
 * Default words are long ("1.54 days", "1,54 jour", "1.54 दिन", "1.54 يوم"). Arabic long (and
 * short, for days and years) forms of exactly 1 and 2 are words without a numeral: 2 hours →
 * "ساعتان" (the dual). That is correct Arabic and is kept.
 *
 * `compound: true` writes the largest units with Intl's short unit words, the last one rounded
 * and zero parts left out: "1 day 13 hr" (en), "1 j 13 h" (fr); `parts` (default 2) says how
 * many units at most, `largestUnit: 'hour'` gives "37 hr 12 min" (en), "37 h 12 min" (fr).
 * Below a second and from 10,000 years up, compound falls back to one (short) unit.
 */
import type { Locale } from '../i18n/locales.ts';
import { EstimateError, describeValue, flag, inRange, oneOf } from '../core/index.ts';
import { checkLocale, formatOptions } from './check.ts';
import { NBSP, checkDigits, finite, keepIntegerDigits, numberFormat, roundSig } from './intl.ts';
import { joinParts, numberParts } from './number.ts';

type DurationUnit = 'millisecond' | 'second' | 'minute' | 'hour' | 'day' | 'year';

const SECONDS: Record<DurationUnit, number> = {
	millisecond: 0.001,
	second: 1,
	minute: 60,
	hour: 3600,
	day: 86_400,
	year: 365.25 * 86_400,
};

/** Largest first; each unit is used from the size of one of it upwards. */
const UNITS: readonly DurationUnit[] = ['year', 'day', 'hour', 'minute', 'second'];

export type DurationOptions = {
	/** Significant digits of a single-unit duration (default 3). */
	digits?: number;
	/** Intl's unit words: 'long' (default: "days"), 'short' ("hr", "j"), 'narrow' ("h"). */
	unitDisplay?: 'long' | 'short' | 'narrow';
	/** Several units, largest first: "1 day 13 hr" (default false). */
	compound?: boolean;
	/** With `compound`, how many units at most (default 2): 3 gives "1 day 12 hr 57 min". */
	parts?: number;
	/** The largest unit to use (default 'year'): 'hour' gives "37.2 hours" or "37 hr 12 min". */
	largestUnit?: 'year' | 'day' | 'hour' | 'minute' | 'second';
};

/** `value` in `unit`, where Intl writes the number and the word; `number` replaces Intl's number. */
function withUnit(
	value: number,
	unit: DurationUnit,
	locale: Locale,
	display: 'long' | 'short' | 'narrow',
	sig: number,
	number?: string,
): string {
	const nf = numberFormat(locale, {
		style: 'unit',
		unit,
		unitDisplay: display,
		maximumSignificantDigits: sig,
	});
	if (number === undefined) return nf.format(value).replaceAll(' ', NBSP);
	// keep Intl's unit word (plural chosen for `value`) and substitute our number text
	let text = '';
	let placed = false;
	for (const part of nf.formatToParts(value)) {
		if (['integer', 'group', 'decimal', 'fraction', 'minusSign'].includes(part.type)) {
			if (!placed) text += number;
			placed = true;
		} else text += part.value;
	}
	return (placed ? text : `${number}${NBSP}${text}`).replaceAll(' ', NBSP);
}

function pickUnit(
	seconds: number,
	digits: number,
	largest: number,
): { unit: DurationUnit; value: number } {
	if (seconds === 0) return { unit: 'second', value: 0 };
	let chosen: DurationUnit = 'millisecond';
	for (const unit of UNITS.slice(largest)) {
		if (seconds >= SECONDS[unit]) {
			chosen = unit;
			break;
		}
	}
	// move up when rounding reaches the next unit: 59.96 s → "1 minute"
	const order: readonly DurationUnit[] = ['millisecond', 'second', 'minute', 'hour', 'day', 'year'];
	let i = order.indexOf(chosen);
	const top = order.indexOf(UNITS[largest]);
	while (i < top) {
		const value = seconds / SECONDS[order[i]];
		const rounded = roundSig(value, keepIntegerDigits(value, digits));
		if (rounded * SECONDS[order[i]] < SECONDS[order[i + 1]]) break;
		i += 1;
	}
	return { unit: order[i], value: seconds / SECONDS[order[i]] };
}

function compound(seconds: number, locale: Locale, parts: number, largest: number): string {
	let top = UNITS.findIndex((unit) => seconds >= SECONDS[unit]);
	// below a second, or 10,000 years and more (where units below a year mean nothing): one unit
	if (top < 0 || seconds >= 1e4 * SECONDS.year) return single(seconds, locale, 3, 'short', largest);
	top = Math.max(top, largest);
	const last = Math.min(top + parts - 1, UNITS.length - 1);
	const counts: number[] = [];
	let rest = seconds;
	for (let i = top; i <= last; i += 1) {
		const size = SECONDS[UNITS[i]];
		const count = i === last ? Math.round(rest / size) : Math.floor(rest / size);
		counts.push(count);
		rest -= count * size;
	}
	// carry a rounded-up last unit: 59.6 min → 1 hr; 364.8 days → 1 year
	for (let j = counts.length - 1; j > 0; j -= 1) {
		const size = SECONDS[UNITS[top + j]];
		if (counts[j] * size >= SECONDS[UNITS[top + j - 1]] - size / 2) {
			counts[j] = 0;
			counts[j - 1] += 1;
		}
	}
	if (top > largest && counts[0] * SECONDS[UNITS[top]] >= SECONDS[UNITS[top - 1]]) {
		return compound(counts[0] * SECONDS[UNITS[top]], locale, parts, largest); // 60 min → 1 hr
	}
	const words = counts
		.map((count, j) => (count === 0 ? '' : withUnit(count, UNITS[top + j], locale, 'short', 21)))
		.filter((word) => word !== '');
	return words.join(NBSP);
}

function single(
	seconds: number,
	locale: Locale,
	digits: number,
	display: 'long' | 'short' | 'narrow',
	largest: number,
): string {
	const { unit, value } = pickUnit(seconds, digits, largest);
	const parts = numberParts(value, locale, { digits });
	if (parts.exponent !== null) {
		// ≥ 10⁶ years (or < 10⁻³ ms): Intl's word with our scientific number
		return withUnit(value, unit, locale, display, digits, joinParts(parts));
	}
	return withUnit(value, unit, locale, display, keepIntegerDigits(value, digits));
}

/**
 * A duration given in seconds: 133000 → "1.54 days" (en), "1,54 jour" (fr), "1.54 दिन" (hi),
 * "1.54 يوم" (ar); with `compound: true`, 133920 → "1 day 13 hr" (en), "1 j 13 h" (fr), and
 * with `largestUnit: 'hour'` as well, "37 hr 12 min" (en), "37 h 12 min" (fr).
 */
export function formatDuration(seconds: number, locale: Locale, opts?: DurationOptions): string {
	const s = finite('seconds', seconds);
	if (s < 0) {
		throw new EstimateError(`seconds must be zero or more, got ${describeValue(s)}`, 'seconds');
	}
	const l = checkLocale(locale);
	const o = formatOptions(opts);
	const digits = checkDigits(o.digits);
	const largest =
		o.largestUnit === undefined ? 0 : UNITS.indexOf(oneOf('largestUnit', o.largestUnit, UNITS));
	const display =
		o.unitDisplay === undefined
			? 'long'
			: oneOf('unitDisplay', o.unitDisplay, ['long', 'short', 'narrow'] as const);
	if (flag('compound', o.compound, false)) {
		const parts =
			o.parts === undefined ? 2 : inRange('parts', o.parts, { min: 1, max: 5, integer: true });
		return compound(s, l, parts, largest);
	}
	return single(s, l, digits, display, largest);
}
