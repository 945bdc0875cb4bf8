/**
 * What counts as a figure typed into an article's prose (README.md, "Adding things → An
 * article"). Every figure the site computes reaches prose through <Num> or <Formula>, so after
 * the code, the math and the components are set aside, the prose may hold only numbers on the
 * allow-list below. Everything else is reported.
 */

/** Digits in any script (Devanagari and Arabic-Indic digits count too). */
const D = String.raw`\p{Nd}`;

/**
 * The allow-list, explicit. A number in prose is allowed only when it is
 * - part of a NAME: a word that starts with letters and carries digits (GPT-2, A100, FP32, BF16,
 *   H100, v4, MI300X, GPT-3.5, Llama-2), a GeForce model number (RTX 4070 Ti), or one of
 *   NAMED_RUNS (a model named by its published size: "GPT-3 175B", "Llama 3.1 405B");
 * - a REFERENCE to a place in a source: Table 2.1, Appendix D, §5.1, eq. 3, section 4, Figure 2,
 *   Discussion 677, issue 42, and their French, Hindi and Arabic forms;
 * - a YEAR from 1900 to 2099;
 * - a SMALL INTEGER from 0 to 100, with or without a % sign: inputs such as 16 bytes per
 *   parameter, 20 tokens per parameter, 8 GPUs, 90 % utilisation; and 365 (days in a year);
 * - a CARD CAPACITY as vendors print it, an integer of gigabytes: "a 12 GB card" (French "12 Go"), A100 80GB
 *   (a product's label, read from the data, not a computed memory figure);
 * - an ordered-list marker at the start of a line ("1. ").
 * Not allowed: decimals (0.36), grouped thousands (524,288), integers above 100 that are not
 * years (1024: write <Num value={context} as="plain" />), scientific notation (3.14 × 10²³,
 * 3e23, 10^21), and magnitude suffixes (124M, 1.5 B, 3 milliards, 2.8 TB, 2,8 To, 312 TFLOP/s).
 */
export const NAMED_RUNS = [
	'GPT-3 175B',
	'GPT-3 13B',
	'GPT-3 6.7B',
	'GPT-3 2.7B',
	'Gopher 280B',
	'Gopher 1.4B',
	'Chinchilla 70B',
	'Llama 2 7B',
	'Llama 2 13B',
	'Llama 2 70B',
	'Llama 3 8B',
	'Llama 3 70B',
	'Llama 3.1 8B',
	'Llama 3.1 70B',
	'Llama 3.1 405B',
	'Llama 3 405B',
	'PaLM 540B',
	'Llama 2',
	'Llama 3.1',
	'Llama 3',
];

const NAME = new RegExp(
	String.raw`\p{L}+(?:[-.]?${D}+)+[\p{L}]*|(?:RTX|GTX)\s?${D}{4}(?:\s?(?:Ti|SUPER|Super))?`,
	'gu',
);
const REFERENCE = new RegExp(
	String.raw`(?:Tables?|Tableaux?|tableaux?|Figures?|figures?|Fig\.|Appendix|Annexe|annexe|Section|section|§|[Ee]q\.|équation|[Ll]ines?|lignes?|[Dd]iscussion|[Ii]ssue|PR|#|तालिका|खंड|परिशिष्ट|चित्र|डिस्कशन|الجدول|القسم|الملحق|الشكل|النقاش)\s?(?:[A-Z]\.?)?${D}*(?:\.${D}+)*(?:\s?(?:–|-|et|and|और|و)\s?(?:[A-Z]\.?)?${D}+(?:\.${D}+)*)?`,
	'gu',
);

const SCIENTIFIC = new RegExp(
	String.raw`${D}\s?[×x]\s?10|${D}[eE][+-]?${D}|10\s?\^|10[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]`,
	'gu',
);
const MAGNITUDE = new RegExp(
	String.raw`${D}(?:[.,]${D}+)?\s?(?:[kKMBGTPE](?:i?B|FLOP)?|[kKMGTPE]i?o|bn|billions?|millions?|trillions?|thousands?|milliards?|mille|crores?|lakhs?|लाख|करोड़|अरब|हज़ार|مليون|مليار|ألف|آلاف|ملايين|مليارات|تريليون)(?![\p{L}])`,
	'gu',
);
/** A card's printed capacity: an integer number of gigabytes ("12 GB", "80GB"). */
const CAPACITY = new RegExp(String.raw`(?<![\p{Nd}.,])${D}{1,3}\s?G[Bo](?![\p{L}/])`, 'gu');
const NUMBER = new RegExp(String.raw`${D}+(?:[.,\u202f\u00a0\u2009]${D}+)*(?:\s?%)?`, 'gu');

/** Prose only: imports and exports, code, math, JSX tags and expressions, link targets set aside. */
export function prose(body: string): string {
	return body
		.replace(/^\s*import\s[\s\S]*?\sfrom\s+['"][^'"\n]+['"];?[ \t]*$/gm, ' ')
		.replace(/^\s*(?:import|export)\s.*$/gm, ' ')
		.replace(/```[\s\S]*?```/g, ' ')
		.replace(/`[^`\n]*`/g, ' ')
		.replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
		.replace(/\$\$[\s\S]*?\$\$/g, ' ')
		.replace(/\$[^$\n]*\$/g, ' ')
		.replace(/<[A-Za-z][^<>]*?\/>/g, ' ')
		.replace(/<\/?[A-Za-z][^<>]*>/g, ' ')
		.replace(/\{[^{}]*\}/g, ' ')
		.replace(/\]\([^)\s]*\)/g, '] ')
		.replace(/^\s*(?:[-*+]\s+)?\d+[.)]\s/gm, ' ')
		.replace(/^#{1,6}\s+\d+[.)]\s/gm, ' ');
}

/** The figures typed into `body` (an MDX file without its frontmatter): each with why it fails. */
export function typedFigures(body: string): string[] {
	let text = prose(body);
	for (const name of NAMED_RUNS) text = text.split(name).join(' ');
	text = text.replace(CAPACITY, ' ');
	const found: string[] = [];
	for (const m of text.matchAll(SCIENTIFIC)) found.push(`scientific notation: "${context(text, m)}"`);
	for (const m of text.matchAll(MAGNITUDE)) found.push(`magnitude suffix: "${context(text, m)}"`);
	text = text.replace(SCIENTIFIC, ' ').replace(MAGNITUDE, ' ');
	text = text.replace(NAME, ' ').replace(REFERENCE, ' ');
	for (const m of text.matchAll(NUMBER)) {
		const raw = m[0];
		const digits = raw.replace(/%/, '').trim();
		if (/^\p{Nd}+$/u.test(digits)) {
			const n = Number(digits.replace(/\p{Nd}/gu, (d) => String(digitValue(d))));
			if (n <= 100 || n === 365) continue; // NaN (an unknown digit script) is never allowed
			if (!raw.includes('%') && n >= 1900 && n <= 2099) continue;
		}
		found.push(`number not on the allow-list: "${context(text, m)}"`);
	}
	return found;
}

/** Zero of each digit script articles may use: ASCII, Arabic-Indic, extended, Devanagari. */
const ZEROS = [0x30, 0x660, 0x6f0, 0x966];

function digitValue(d: string): number {
	const code = d.codePointAt(0)!;
	const zero = ZEROS.find((z) => code >= z && code <= z + 9);
	return zero === undefined ? Number.NaN : code - zero;
}

function context(text: string, m: RegExpMatchArray): string {
	const i = m.index ?? 0;
	return text
		.slice(Math.max(0, i - 25), i + m[0].length + 25)
		.replace(/\s+/g, ' ')
		.trim();
}
