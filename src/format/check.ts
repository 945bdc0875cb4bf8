/**
 * Input checks of the formatters, on top of the core's validation layer: any JavaScript value in
 * any argument gives a string or an `EstimateError` naming the argument.
 */
import { EstimateError, describeValue, inRange } from '../core/index.ts';
import { isLocale, localeCodes, type Locale } from '../i18n/locales.ts';

/** One of the site's locales; '' or 'constructor' are refused, never silently replaced. */
export function checkLocale(value: unknown): Locale {
	if (!isLocale(value)) {
		throw new EstimateError(
			`locale must be one of ${localeCodes.join(', ')}, got ${describeValue(value)}`,
			'locale',
		);
	}
	return value;
}

/** The options argument of a formatter: undefined or null mean none, otherwise an object. */
export function formatOptions(value: unknown): Record<string, unknown> {
	if (value === undefined || value === null) return {};
	if (typeof value !== 'object' || Array.isArray(value)) {
		throw new EstimateError(
			`opts must be an object of options, got ${describeValue(value)}`,
			'opts',
		);
	}
	return value as Record<string, unknown>;
}

/** A required object argument such as `parts`. */
export function recordArgument(name: string, value: unknown): Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw new EstimateError(`${name} must be an object, got ${describeValue(value)}`, name);
	}
	return value as Record<string, unknown>;
}

/** A count of significant digits, 1 to 21 (Intl's range); 3 when left out. */
export function digitsOption(value: unknown, fallback = 3): number {
	return value === undefined
		? fallback
		: inRange('digits', value, { min: 1, max: 21, integer: true });
}

/** A threshold such as `scientificFrom`: a finite number ≥ 0; `fallback` when left out. */
export function thresholdOption(name: string, value: unknown, fallback: number): number {
	return value === undefined ? fallback : inRange(name, value, { min: 0, max: Number.MAX_VALUE });
}
