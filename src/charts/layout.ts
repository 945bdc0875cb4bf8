/**
 * Pure layout helpers for the SVG charts: rough text widths, and labels spread over rows so
 * neighbours (12, 16 and 24 GB reference lines) never print on top of each other.
 */

/** Chart text size in viewBox units (the charts scale with their width). */
export const FONT = 13;

/**
 * Approximate width of `text` at `size`: half an em per character, a little more for wide
 * scripts. Good enough to keep labels apart; the SVG never measures text.
 */
export function textWidth(text: string, size = FONT): number {
	let w = 0;
	for (const c of text) {
		const code = c.codePointAt(0) ?? 0;
		if (/[\u200e\u200f\u061c\u2066-\u2069]/.test(c)) continue;
		w += code > 0x2000 && code < 0x2100 ? 0.35 : code >= 0x0900 ? 0.62 : 0.56;
	}
	return w * size;
}

/**
 * Assigns each label (centred on `x`) the first row where it does not overlap an earlier
 * label; returns the row of each, in the input order. Labels are placed left to right.
 */
export function labelRows(
	labels: readonly { x: number; text: string }[],
	gap = 6,
	size = FONT,
): number[] {
	const order = labels.map((l, i) => ({ ...l, i })).sort((a, b) => a.x - b.x);
	const rowEnds: number[] = [];
	const rows: number[] = new Array(labels.length).fill(0);
	for (const l of order) {
		const half = textWidth(l.text, size) / 2;
		let row = rowEnds.findIndex((end) => l.x - half >= end + gap);
		if (row === -1) {
			row = rowEnds.length;
			rowEnds.push(-Infinity);
		}
		rowEnds[row] = l.x + half;
		rows[l.i] = row;
	}
	return rows;
}

/**
 * Where a label centred on `x` must sit to stay inside [min, max]: its anchor and x. Near the
 * left edge it starts at x; near the right edge it ends at x.
 */
export function anchorWithin(
	x: number,
	text: string,
	min: number,
	max: number,
	size = FONT,
): { x: number; anchor: 'start' | 'middle' | 'end' } {
	const half = textWidth(text, size) / 2;
	if (x - half < min) return { x: Math.max(min, x), anchor: 'start' };
	if (x + half > max) return { x: Math.min(max, x), anchor: 'end' };
	return { x, anchor: 'middle' };
}

/** Legend items laid out in rows that fit `width`: position of each item. */
export function legendLayout(
	items: readonly string[],
	width: number,
	swatch = 14,
	size = FONT,
): { x: number; row: number }[] {
	const out: { x: number; row: number }[] = [];
	let x = 0;
	let row = 0;
	for (const item of items) {
		const w = swatch + 6 + textWidth(item, size) + 16;
		if (x > 0 && x + w > width) {
			row += 1;
			x = 0;
		}
		out.push({ x, row });
		x += w;
	}
	return out;
}

/** Letters of right-to-left scripts (Hebrew, Arabic and their presentation forms). */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/**
 * A text label as its own bidi run, so that inside the chart's left-to-right SVG an Arabic
 * label still reads right to left, in its own order, and sits where a left-to-right label would.
 * A label with any Arabic in it is right to left (U+2067 … U+2069) even when it starts with a
 * Latin name: "RTX 4070 Ti، سنة‑GPU واحدة" and "nanoGPT 40.56 مليون" are Arabic phrases, which a
 * first-strong isolate would have laid out left to right, words in reverse reading order.
 * Other labels take the direction of their first letter (U+2068 … U+2069).
 */
export const isolate = (text: string): string =>
	RTL_LETTER.test(text) ? `\u2067${text}\u2069` : `\u2068${text}\u2069`;

/**
 * Baselines for point labels that do not overlap: each label (starting at `x0`, `width` wide,
 * wanting baseline `y`) moves down, then up, a line at a time until it is clear of those
 * placed before it. Returns the baseline of each, in the input order.
 */
export function spreadLabels(
	labels: readonly { x0: number; width: number; y: number }[],
	size = FONT,
): number[] {
	const placed: { x0: number; x1: number; y: number }[] = [];
	const out: number[] = [];
	const clear = (x0: number, x1: number, y: number) =>
		placed.every((p) => x1 <= p.x0 || x0 >= p.x1 || Math.abs(y - p.y) >= size + 1);
	for (const l of labels) {
		const x1 = l.x0 + l.width;
		let y = l.y;
		for (let step = 1; step <= 6 && !clear(l.x0, x1, y); step++) {
			const offset = Math.ceil(step / 2) * (size + 1) * (step % 2 ? 1 : -1);
			y = l.y + offset;
		}
		placed.push({ x0: l.x0, x1, y });
		out.push(y);
	}
	return out;
}
