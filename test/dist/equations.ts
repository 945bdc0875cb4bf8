/**
 * Worked examples checked by hand: reads the TeX of a displayed equation (KaTeX keeps it in
 * `<annotation encoding="application/x-tex">`), recomputes each numeric step from the operands
 * exactly as they are shown, and says whether the shown result is right at the precision shown.
 *
 * The rule (README.md, "Adding things → An article"):
 * - an equation is split at its relations (=, \approx, \simeq); a part is NUMERIC when, once its
 *   units (\text{…}, \mathrm{…}) are set aside, it holds only numbers and arithmetic
 *   (×, \cdot, /, \frac, +, −, parentheses, powers such as 10^{11}, a trailing \%);
 * - a part with a letter in it (C, N, \alpha…) is symbolic and is not checked;
 * - for each NUMERIC part followed by `=` or `\approx` and a single shown number (optionally
 *   in scientific notation, a percentage, with a unit), the left part is evaluated from its
 *   displayed operands and must be within half a unit in the last shown digit of the result:
 *   6 × 1.746 × 10^{11} × 3 × 10^{11} ≈ 3.14 × 10^{23} passes (31.428 rounds to 31.4),
 *   6 × 1.75 × 10^{11} × 3 × 10^{11} ≈ 3.14 × 10^{23} fails (31.5); an integer's trailing zeros
 *   count as rounding (135,000 is shown to the thousand); a × 10^{k} is one number;
 * - a step from a single shown number to the same number in another unit (7.2 × 10³ s ≈ 2 h) is
 *   a unit conversion and is not checked; units inside arithmetic are set aside (FLOP/s × s);
 * - aligned environments (\begin{aligned} … &= … \\ …) are read as one chain.
 */

export type Step = {
	/** The TeX of the left part and of the shown result. */
	left: string;
	right: string;
	/** The left part recomputed from its displayed operands. */
	computed: number;
	/** The shown result and the tolerance it allows (half a unit in its last digit). */
	shown: number;
	tolerance: number;
	ok: boolean;
};

export type Checked = { steps: Step[]; errors: string[] };

/** The decimal comma of a locale's TeX ("1{,}14" in French); elsewhere "{,}" groups digits. */
const decimalComma = (locale: string) => locale.startsWith('fr');

type Part = { tex: string; unit: string; expr: string };

/** Sets units aside and normalises a number's TeX for `locale`. */
function normalise(tex: string, locale: string): Part {
	const units: string[] = [];
	let expr = tex.replace(
		/\\(?:text|mathrm|textrm|operatorname)\s*\{([^{}]*)\}/g,
		(_, u: string) => {
			if (u.trim()) units.push(u.trim());
			return ' ';
		},
	);
	expr = expr
		// grouping and decimal separators
		.replace(/(\d)\\,(?=\d)/g, '$1')
		.replace(/(\d)\{,\}(?=\d)/g, decimalComma(locale) ? '$1.' : '$1')
		// spacing and sizing commands
		.replace(/\\(?:left|right|big|Big|bigg|Bigg)(?![a-zA-Z])/g, '')
		.replace(/\\(?:quad|qquad|,|;|:|!|\s)/g, ' ')
		.replace(/~/g, ' ')
		.replace(/\\(?:dfrac|tfrac)(?![a-zA-Z])/g, '\\frac')
		.replace(/\\%/g, '%')
		.replace(/−/g, '-')
		.trim();
	return { tex: tex.trim(), unit: units.join(' '), expr };
}

/** True when the part has a letter outside the arithmetic commands (a variable: symbolic). */
function symbolic(expr: string): boolean {
	const stripped = expr.replace(/\\(?:times|cdot|frac|div)(?![a-zA-Z])/g, ' ');
	return /[A-Za-z\\]/.test(stripped);
}

type Token = { kind: 'num'; value: number } | { kind: 'op'; value: string };

function tokens(expr: string): Token[] {
	const out: Token[] = [];
	const re = /\s*(?:(\d+(?:\.\d+)?|\.\d+)|(\\times|\\cdot|\\div|\\frac|[-+*/^(){}%]))/y;
	let i = 0;
	while (i < expr.length) {
		if (/^\s*$/.test(expr.slice(i))) break;
		re.lastIndex = i;
		const m = re.exec(expr);
		if (!m) throw new Error(`cannot read "${expr.slice(i)}"`);
		if (m[1] !== undefined) out.push({ kind: 'num', value: Number(m[1]) });
		else out.push({ kind: 'op', value: m[2]! });
		i = re.lastIndex;
	}
	return joinScientific(out);
}

/**
 * "a \times 10^{k}" is one number, as scientific notation reads: 1.049 × 10¹⁰ ÷ 3.68 × 10⁹ is
 * (1.049 × 10¹⁰) ÷ (3.68 × 10⁹), not ((1.049 × 10¹⁰) ÷ 3.68) × 10⁹.
 */
function joinScientific(ts: Token[]): Token[] {
	const out: Token[] = [];
	const isOp = (t: Token | undefined, v: string) => t?.kind === 'op' && t.value === v;
	for (let i = 0; i < ts.length; i++) {
		const t = ts[i]!;
		if (
			t.kind === 'num' &&
			isOp(ts[i + 1], '\\times') &&
			ts[i + 2]?.kind === 'num' &&
			ts[i + 2]!.value === 10 &&
			isOp(ts[i + 3], '^')
		) {
			let j = i + 4;
			let sign = 1;
			const braced = isOp(ts[j], '{');
			if (braced) j++;
			if (isOp(ts[j], '-')) {
				sign = -1;
				j++;
			}
			const exp = ts[j];
			if (exp?.kind === 'num' && (!braced || isOp(ts[j + 1], '}'))) {
				out.push({ kind: 'num', value: t.value * 10 ** (sign * exp.value) });
				i = braced ? j + 1 : j;
				continue;
			}
		}
		out.push(t);
	}
	return out;
}

/** Recursive descent over + − × · / \frac, powers, parentheses and braces, and a trailing %. */
function evaluate(expr: string): number {
	const ts = tokens(expr);
	let p = 0;
	const peek = () => ts[p];
	const isOp = (v: string) => {
		const t = peek();
		return t?.kind === 'op' && t.value === v;
	};
	const expect = (v: string) => {
		if (!isOp(v)) throw new Error(`expected "${v}" in "${expr}"`);
		p++;
	};
	function sum(): number {
		let x = product();
		while (isOp('+') || isOp('-')) {
			const op = (ts[p++] as Token).value;
			const y = product();
			x = op === '+' ? x + y : x - y;
		}
		return x;
	}
	function product(): number {
		let x = unary();
		for (;;) {
			if (isOp('\\times') || isOp('\\cdot') || isOp('*')) {
				p++;
				x *= unary();
			} else if (isOp('/') || isOp('\\div')) {
				p++;
				x /= unary();
			} else return x;
		}
	}
	function unary(): number {
		if (isOp('-')) {
			p++;
			return -unary();
		}
		return postfix();
	}
	function postfix(): number {
		let x = atom();
		for (;;) {
			if (isOp('^')) {
				p++;
				x **= atom();
			} else if (isOp('%')) {
				p++;
				x /= 100;
			} else return x;
		}
	}
	function atom(): number {
		const t = peek();
		if (!t) throw new Error(`"${expr}" ends too early`);
		if (t.kind === 'num') {
			p++;
			return t.value;
		}
		if (t.value === '(' || t.value === '{') {
			p++;
			const x = sum();
			expect(t.value === '(' ? ')' : '}');
			return x;
		}
		if (t.value === '\\frac') {
			p++;
			expect('{');
			const a = sum();
			expect('}');
			expect('{');
			const b = sum();
			expect('}');
			return a / b;
		}
		if (t.value === '-') return unary();
		throw new Error(`unexpected "${t.value}" in "${expr}"`);
	}
	const x = sum();
	if (p !== ts.length) throw new Error(`cannot read past "${JSON.stringify(ts[p])}" in "${expr}"`);
	return x;
}

const LITERAL = /^(-?)(\d+)(?:\.(\d+))?(?:\s*\\times\s*10\s*\^\s*\{?\s*(-?\d+)\s*\}?)?\s*(%)?$/;

/** A single shown number: its value and half a unit in its last digit. */
function literal(expr: string): { value: number; tolerance: number } | undefined {
	const m = LITERAL.exec(expr.trim());
	if (!m) return undefined;
	const [, sign, int, frac = '', exp = '0', percent] = m;
	const scale = 10 ** Number(exp) * (percent ? 0.01 : 1);
	const value = Number(`${sign}${int}.${frac || '0'}`) * scale;
	// An integer's trailing zeros may be rounding (135,000 for 134,880): its last shown digit is
	// then its last non-zero one.
	const last = frac ? -frac.length : (/0*$/.exec(int)?.[0].length ?? 0);
	return { value, tolerance: 0.5 * 10 ** last * scale };
}

/** The relations an equation is split at; only = and ≈ steps are checked. */
const RELATION = /(=|\\approx|\\simeq|\\sim|\\neq|\\ne|\\leq?|\\geq?|\\lt|\\gt|<|>)(?![a-zA-Z])/;

/** Checks every numeric step of one displayed equation written in `locale`. */
export function checkEquation(tex: string, locale: string): Checked {
	// aligned/split environments: their column marks and line breaks are layout only.
	const flat = tex
		.replace(/\\(?:begin|end)\{[a-z*]+\}/g, ' ')
		.replace(/\\\\/g, ' ')
		.replace(/&/g, ' ');
	const pieces = flat.split(RELATION);
	const parts: Part[] = [];
	const relations: string[] = [];
	for (let i = 0; i < pieces.length; i++) {
		if (i % 2 === 0) parts.push(normalise(pieces[i]!, locale));
		else relations.push(pieces[i]!);
	}
	const steps: Step[] = [];
	const errors: string[] = [];
	const values = parts.map((part) => {
		if (!/\d/.test(part.expr) || symbolic(part.expr)) return undefined;
		try {
			return evaluate(part.expr);
		} catch (error) {
			errors.push(`"${part.tex}" looks numeric but cannot be read: ${(error as Error).message}`);
			return undefined;
		}
	});
	for (let i = 0; i + 1 < parts.length; i++) {
		const rel = relations[i]!;
		if (rel !== '=' && rel !== '\\approx' && rel !== '\\simeq') continue;
		const left = parts[i]!;
		const right = parts[i + 1]!;
		const computed = values[i];
		const shown = literal(right.expr);
		if (computed === undefined || shown === undefined || values[i + 1] === undefined) continue;
		// A shown value restated in another unit (7.2 × 10³ s = 2 h) is a conversion, not arithmetic.
		const conversion = literal(left.expr) !== undefined && left.unit !== right.unit;
		if (conversion) continue;
		const ok = Math.abs(computed - shown.value) <= shown.tolerance * (1 + 1e-9);
		steps.push({
			left: left.tex,
			right: right.tex,
			computed,
			shown: shown.value,
			tolerance: shown.tolerance,
			ok,
		});
	}
	return { steps, errors };
}
