/**
 * Which parts of a formatted figure read left to right. In a right-to-left language only the
 * digits, separators and symbols are a left-to-right run; a localized word (a magnitude word,
 * "175 مليار"; a duration word, "3 أيام") follows the language's own order, so the whole figure
 * reads right to left with each number isolated inside it. `figureRuns` splits a figure from
 * this module into those runs, for `<Num>` and islands to render as
 * `<bdi dir="rtl"><bdi dir="ltr">175</bdi> مليار</bdi>`.
 */
import { EstimateError, LEAKED, describeValue } from '../core/index.ts';

/** A letter (or combining mark) of a right-to-left script: Arabic, Hebrew, Syriac, Thaana, N'Ko. */
const LETTER = String.raw`[[\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Syriac}\p{sc=Thaana}\p{sc=Nko}]&&[\p{L}\p{M}]]`;
const SPACE = String.raw`[\s\u00a0\u202f]`;
const RTL_LETTER = new RegExp(LETTER, 'v');
/** Right-to-left words, with the spaces between and around them. */
const RTL_WORDS = new RegExp(
	String.raw`${SPACE}*${LETTER}+(?:${SPACE}+${LETTER}+)*${SPACE}*`,
	'gv',
);

/** A run of a figure: `ltr` holds digits and symbols to isolate left to right. */
export type FigureRun = { text: string; ltr: boolean };

/** Whether `text` holds a right-to-left letter (the Arabic letter mark U+061C is not one). */
export function hasRtlWord(text: string): boolean {
	return RTL_LETTER.test(checkText(text));
}

/** A formatted figure; one that says NaN, Infinity or undefined is a value that escaped its checks. */
function checkText(text: unknown): string {
	if (typeof text !== 'string' || text.length > 10_000 || LEAKED.test(text)) {
		throw new EstimateError(
			`text must be a formatted figure such as "175 مليار", got ${describeValue(text)}`,
			'text',
		);
	}
	return text;
}

/**
 * "175 مليار" → [{ text: "175", ltr: true }, { text: " مليار", ltr: false }]. A figure with no
 * right-to-left word is one left-to-right run; the runs joined give back the text unchanged.
 */
export function figureRuns(text: string): FigureRun[] {
	if (checkText(text) === '') return [];
	if (!hasRtlWord(text)) return [{ text, ltr: true }];
	const runs: FigureRun[] = [];
	let last = 0;
	for (const m of text.matchAll(RTL_WORDS)) {
		if (m.index > last) runs.push({ text: text.slice(last, m.index), ltr: true });
		runs.push({ text: m[0], ltr: false });
		last = m.index + m[0].length;
	}
	if (last < text.length) runs.push({ text: text.slice(last), ltr: true });
	return runs;
}
