/**
 * Inline formulas written in plain text ("6 · N · D", "H · Q = d", "T × T") must read left to
 * right inside Arabic sentences. `ltrRuns` splits a text into plain strings and formula runs, so
 * a page can wrap each run in <bdi dir="ltr">; elsewhere the isolate changes nothing.
 * A run is two or more ASCII terms (letters, digits, _, ^, parentheses, superscripts, Greek)
 * joined by ·, ×, +, = or /.
 */
const CHAR = String.raw`A-Za-z0-9_²ᵀα-ω^`;
const GROUP = String.raw`\([${CHAR},.·×+=/ ]*\)`;
const TERM = String.raw`(?:[${CHAR}]|${GROUP})+(?:\.[0-9]+)?`;
const RUN = new RegExp(
	String.raw`${TERM}(?:\s*[·×+=/]\s*${TERM})+|\([${CHAR} ]*[·×+=/][${CHAR}·×+=/ ]*\)`,
	'g',
);

export type Run = string | { ltr: string };

export function ltrRuns(text: string): Run[] {
	const out: Run[] = [];
	let last = 0;
	for (const m of text.matchAll(RUN)) {
		if (m.index > last) out.push(text.slice(last, m.index));
		out.push({ ltr: m[0] });
		last = m.index + m[0].length;
	}
	if (last < text.length) out.push(text.slice(last));
	return out;
}
