/** Superscript digits and signs, for exponents written as real characters: 10²¹, 10⁻³. */

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

const PLAIN: Record<string, string> = Object.fromEntries(
	Object.entries(SUPERSCRIPT).map(([plain, sup]) => [sup, plain]),
);

/** An integer written in superscript characters: superscript(-3) = "⁻³", superscript(21) = "²¹". */
export function superscript(n: number | string): string {
	return [...String(n)].map((c) => SUPERSCRIPT[c] ?? c).join('');
}

/** The inverse of `superscript` for digits and signs; other characters are left as they are. */
export function unsuperscript(text: string): string {
	return [...text].map((c) => PLAIN[c] ?? c).join('');
}

/** The superscript characters, as a regular-expression character class body. */
export const SUPERSCRIPT_CLASS = Object.values(SUPERSCRIPT).join('');
