/**
 * What a calculator's model gives its view: result rows (label → value, or "—" and why), and
 * the one helper that carries "missing, and why" from input to result. Plain TypeScript, no
 * DOM: the models run in Node.
 */
import { EstimateError } from '../../core/index.ts';

/** One result: its label, its value (or "—" and why), and how it was computed. */
export type Row = {
	key: string;
	label: string;
	/** Formatted value; undefined shows "—" with `reason`. */
	value?: string;
	/** The number behind the value, for exports (SI units). */
	raw?: number | string;
	reason?: string;
	/** The formula with the reader's numbers in it. */
	formula?: string;
	/** A short line under the value (a convention, a caveat). */
	note?: string;
	/** Emphasised (the headline result). */
	main?: boolean;
	/** The value is a sentence in the page's language (true) or technical notation (false); by
	 * default isNotation decides. A sentence follows the page's direction; notation reads left
	 * to right. */
	text?: boolean;
};

/**
 * Whether a value is technical notation (numbers, SI units, scientific notation: "3.14 × 10²³
 * FLOP", "26.7 GiB"), which reads left to right in every language, as opposed to words in the
 * page's language: a sentence, a localized duration ("37 يومًا"), an amount of money or a
 * percentage the locale formatted with its own direction marks. Like <Num>, only notation is
 * forced left to right; words keep their own direction.
 */
export function isNotation(value: string): boolean {
	// Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko, presentation forms) or the marks
	// Intl puts around right-to-left money and percentages (RLM, ALM, RLE/RLO/RLI).
	return !/[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200f\u061c\u202b\u202e\u2067]/.test(value);
}

/**
 * A value, or why there is none. A missing value without a reason shows the rows' default
 * ("fix the highlighted input"): the input that is wrong already says why.
 */
export type Maybe<T> = { value: T; reason?: undefined } | { value?: undefined; reason?: string };

/** The values of `inputs` once each is known (not undefined); otherwise undefined. */
export function known<T extends Record<string, unknown>>(
	inputs: T,
): { [K in keyof T]: Exclude<T[K], undefined> } | undefined {
	return Object.values(inputs).every((v) => v !== undefined)
		? (inputs as { [K in keyof T]: Exclude<T[K], undefined> })
		: undefined;
}

/**
 * The next link of a chain: `f` of the inputs once all are known, or `reason` (why an input
 * is missing, passed on). A core EstimateError thrown by `f` becomes the reason, in the
 * reader's words (`word`); anything else is rethrown.
 */
export function step<T extends Record<string, unknown>, R>(
	inputs: T,
	f: (values: { [K in keyof T]: Exclude<T[K], undefined> }) => R,
	word: (error: EstimateError) => string,
	reason?: string,
): Maybe<R> & { error?: EstimateError } {
	const values = known(inputs);
	if (values === undefined) return { reason };
	try {
		return { value: f(values) };
	} catch (error) {
		if (error instanceof EstimateError) return { reason: word(error), error };
		throw error;
	}
}
