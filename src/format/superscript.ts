/** Superscript digits and signs, for exponents written as real characters: 10²¹, 10⁻³. */
import { EstimateError, describeValue } from '../core/index.ts';

const SUPERSCRIPT: Record<string, string> = {
	'0': '\u2070', // ⁰
	'1': '\u00b9', // ¹
	'2': '\u00b2', // ²
	'3': '\u00b3', // ³
	'4': '\u2074', // ⁴
	'5': '\u2075', // ⁵
	'6': '\u2076', // ⁶
	'7': '\u2077', // ⁷
	'8': '\u2078', // ⁸
	'9': '\u2079', // ⁹
	'-': '\u207b', // ⁻ superscript minus
	'+': '\u207a', // ⁺
};

/** The superscript characters, as a regular-expression character class body. */
export const SUPERSCRIPT_CLASS = Object.values(SUPERSCRIPT).join('');
const SUPERSCRIPT_TEXT = new RegExp(`^[${SUPERSCRIPT_CLASS}0-9+-]{0,64}$`);

const PLAIN: Record<string, string> = Object.fromEntries(
	Object.entries(SUPERSCRIPT).map(([plain, sup]) => [sup, plain]),
);

/**
 * An integer written in superscript characters: superscript(-3) = "⁻³", superscript(21) = "²¹",
 * superscript('0123') = "⁰¹²³". A number must be a safe integer, text digits with an optional
 * sign (at most 64 characters); anything else throws `EstimateError`.
 */
export function superscript(n: number | string): string {
	const ok =
		typeof n === 'number'
			? Number.isSafeInteger(n)
			: typeof n === 'string' && /^[-+]?[0-9]{1,64}$/.test(n);
	if (!ok) {
		throw new EstimateError(
			`exponent must be a whole number such as 21 or -3, got ${describeValue(n)}`,
			'exponent',
		);
	}
	return [...String(n)].map((c) => SUPERSCRIPT[c] ?? c).join('');
}

/**
 * The inverse of `superscript`: superscript (or plain) digits and signs, at most 64 characters
 * ("⁻³" → "-3"). Anything else throws `EstimateError`.
 */
export function unsuperscript(text: string): string {
	if (typeof text !== 'string' || !SUPERSCRIPT_TEXT.test(text)) {
		throw new EstimateError(
			`text must be superscript digits such as "²¹", got ${describeValue(text)}`,
			'text',
		);
	}
	return [...text].map((c) => PLAIN[c] ?? c).join('');
}
