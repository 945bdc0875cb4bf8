/**
 * A formula's TeX source as the plain text a search excerpt can show: "C \approx 6 \times
 * 10^{23}\ \text{FLOP}" → "C ≈ 6 × 10²³ FLOP". Pagefind indexes this text (put on each rendered
 * formula by src/styles/katex-css.ts) instead of KaTeX's markup, whose MathML annotation holds
 * the TeX source and whose HTML rendering flattens 10²³ into "1023".
 */
const symbols: Record<string, string> = {
	approx: '≈',
	times: '×',
	cdot: '·',
	cdots: '⋯',
	ldots: '…',
	dots: '…',
	le: '≤',
	leq: '≤',
	ge: '≥',
	geq: '≥',
	ne: '≠',
	neq: '≠',
	pm: '±',
	to: '→',
	rightarrow: '→',
	infty: '∞',
	sum: 'Σ',
	alpha: 'α',
	beta: 'β',
	gamma: 'γ',
	delta: 'δ',
	epsilon: 'ε',
	eta: 'η',
	theta: 'θ',
	lambda: 'λ',
	mu: 'μ',
	pi: 'π',
	rho: 'ρ',
	sigma: 'σ',
	tau: 'τ',
	phi: 'φ',
	Delta: 'Δ',
	Sigma: 'Σ',
	percent: '%',
	propto: '∝',
	sim: '∼',
	log: 'log',
	ln: 'ln',
	min: 'min',
	max: 'max',
};
const spaces = new Set(['quad', 'qquad', ',', ';', ':', ' ', '!']);
const superscript: Record<string, string> = {
	'0': '⁰',
	'1': '¹',
	'2': '²',
	'3': '³',
	'4': '⁴',
	'5': '⁵',
	'6': '⁶',
	'7': '⁷',
	'8': '⁸',
	'9': '⁹',
	'+': '⁺',
	'-': '⁻',
	'−': '⁻',
	n: 'ⁿ',
	i: 'ⁱ',
	'(': '⁽',
	')': '⁾',
};
const subscript: Record<string, string> = {
	'0': '₀',
	'1': '₁',
	'2': '₂',
	'3': '₃',
	'4': '₄',
	'5': '₅',
	'6': '₆',
	'7': '₇',
	'8': '₈',
	'9': '₉',
	'+': '₊',
	'-': '₋',
	'(': '₍',
	')': '₎',
};

/** The text of a group at `i` ("{…}" or one character or control word), and where it ends. */
function group(tex: string, i: number): [string, number] {
	if (tex[i] === '{') {
		let depth = 0;
		for (let j = i; j < tex.length; j++) {
			if (tex[j] === '{') depth++;
			else if (tex[j] === '}' && --depth === 0) return [tex.slice(i + 1, j), j + 1];
		}
		return [tex.slice(i + 1), tex.length];
	}
	const word = /^\\[a-zA-Z]+/.exec(tex.slice(i));
	if (word) return [word[0], i + word[0].length];
	return [tex[i] ?? '', i + 1];
}

function script(text: string, table: Record<string, string>, mark: string): string {
	const chars = [...text];
	return chars.every((c) => c in table) ? chars.map((c) => table[c]).join('') : `${mark}(${text})`;
}

/** Readable text of a TeX formula. */
export function texToText(tex: string): string {
	let out = '';
	let i = 0;
	while (i < tex.length) {
		const c = tex[i]!;
		if (c === '\\') {
			const word = /^\\([a-zA-Z]+|.)/.exec(tex.slice(i));
			const name = word?.[1] ?? '';
			i += 1 + name.length;
			if (spaces.has(name) || name === '\\') out += ' ';
			else if (name === 'begin' || name === 'end') {
				// \begin{aligned} … \end{aligned}: the environment's name is not text.
				i = group(tex, i)[1];
			} else if (/^(text|mathrm|mathit|mathbf|operatorname|textrm|textit)$/.test(name)) {
				// The argument may hold TeX of its own: \mathrm{ZeRO\text{-}3}.
				const [inner, end] = group(tex, i);
				const edge = (re: RegExp) => (re.test(inner) ? ' ' : '');
				out += edge(/^\s/) + texToText(inner) + edge(/\s$/);
				i = end;
			} else if (name === 'frac' || name === 'dfrac' || name === 'tfrac') {
				const [top, a] = group(tex, i);
				const [bottom, b] = group(tex, a);
				out += `(${texToText(top)})/(${texToText(bottom)})`;
				i = b;
			} else if (name === 'sqrt') {
				const [inner, end] = group(tex, i);
				out += `√(${texToText(inner)})`;
				i = end;
			} else if (name === 'left' || name === 'right' || name === 'big' || name === 'Big') {
				// sizing only
			} else out += symbols[name] ?? name;
		} else if (c === '^' || c === '_') {
			const [inner, end] = group(tex, i + 1);
			const text = texToText(inner).replace(/\s+/g, '');
			out += c === '^' ? script(text, superscript, '^') : script(text, subscript, '_');
			i = end;
		} else if (c === '{' || c === '}' || c === '&') {
			// grouping, and alignment points in aligned environments
			i++;
		} else {
			out += c;
			i++;
		}
	}
	return out.replace(/\s+/g, ' ').trim();
}
