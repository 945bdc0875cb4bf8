/**
 * The worked-example checker itself (test/dist/equations.ts), on equations written by hand here:
 * it must catch a wrong step and pass a right one, in every locale's number TeX.
 */
import { describe, expect, it } from 'vitest';
import { checkEquation } from '../dist/equations.ts';

const okSteps = (tex: string, locale = 'en') => {
	const { steps, errors } = checkEquation(tex, locale);
	expect(errors).toEqual([]);
	return steps.map((s) => s.ok);
};

describe('worked-example checker', () => {
	it('fails the old GPT-3 example: 6 × 1.75 × 3 = 31.5, not 31.4', () => {
		expect(
			okSteps(String.raw`C \approx 6 \times 1.75 \times 10^{11} \times 3 \times 10^{11} \approx 3.14 \times 10^{23}\ \text{FLOP}`),
		).toEqual([false]);
	});

	it('passes it with enough digits: 6 × 1.746 × 3 = 31.428', () => {
		expect(
			okSteps(String.raw`C \approx 6 \times 1.746 \times 10^{11} \times 3 \times 10^{11} \approx 3.14 \times 10^{23}\ \text{FLOP}`),
		).toEqual([true]);
	});

	it('reads French decimal commas and thin-space groups', () => {
		expect(okSteps(String.raw`6 \times 1{,}746 \times 10^{11} \times 3 \times 10^{11} \approx 3{,}14 \times 10^{23}`, 'fr')).toEqual([true]);
		expect(okSteps(String.raw`16 \times 1\,024 \times 32 = 524\,288`, 'fr')).toEqual([true]);
		expect(okSteps(String.raw`16 \times 1\,024 \times 32 = 524\,289`, 'fr')).toEqual([false]);
	});

	it('reads English and Hindi digit groups', () => {
		expect(okSteps(String.raw`16 \times 1{,}024 \times 32 = 524{,}288`)).toEqual([true]);
		expect(okSteps(String.raw`16 \times 1{,}024 \times 32 = 5{,}24{,}288`, 'hi')).toEqual([true]);
		// trailing zeros of an integer are rounding: 135,000 is 134,880 to the thousand
		expect(okSteps(String.raw`20{,}000 \times 6.744 = 135{,}000`)).toEqual([true]);
		expect(okSteps(String.raw`20{,}000 \times 6.744 = 136{,}000`)).toEqual([false]);
	});

	it('checks quotients, fractions and percentages', () => {
		// 1.14e21 / 3.14e23 = 0.00363: 0.36 % holds at two digits, 0.37 % does not
		expect(okSteps(String.raw`\frac{1.14 \times 10^{21}}{3.14 \times 10^{23}} \approx 0.36\,\%`)).toEqual([true]);
		expect(okSteps(String.raw`1.14 \times 10^{21} / 3.14 \times 10^{23} \approx 0.37 \%`)).toEqual([false]);
		// a × 10^k binds as one number: (1.049 × 10¹⁰) ÷ (3.68 × 10⁹) = 2.85
		expect(okSteps(String.raw`1.049 \times 10^{10} \div 3.68 \times 10^{9} \approx 2.85`)).toEqual([true]);
		expect(okSteps(String.raw`1.14 \times 10^{21} / 3.14 \times 10^{23} \approx 0.36 \%`)).toEqual([true]);
		expect(okSteps(String.raw`5 \times 10^{-3} \times 2 = 1 \times 10^{-2}`)).toEqual([true]);
		expect(okSteps(String.raw`\frac{2.55 \times 10^{18}}{(0.4 \times 58.3 \times 10^{12})} \approx 1.09 \times 10^{5}`)).toEqual([true]);
	});

	it('checks every step of a chain, and skips symbolic parts and unit conversions', () => {
		expect(okSteps(String.raw`C = 6 N D = 6 \times 2 \times 3 = 36 \approx 4 \times 10^{1}`)).toEqual([true, true]);
		expect(
			okSteps(String.raw`t = 3.6 \times 10^{3} \times 2\ \text{s} = 7.2 \times 10^{3}\ \text{s} = 2\ \text{h}`),
		).toEqual([true]);
	});

	it('reads aligned chains with units inside the arithmetic', () => {
		const tex = String.raw`\begin{aligned} C &= 4.009 \times 10^{13}\ \text{FLOP/s} \times 0.9 \\ &\qquad \times 3.156 \times 10^{7}\ \text{s} \\ &\approx 1.139 \times 10^{21}\ \text{FLOP} \end{aligned}`;
		expect(okSteps(tex)).toEqual([true]);
		expect(okSteps(tex.replace('1.139', '1.15'))).toEqual([false]);
	});

	it('reports a numeric part it cannot read instead of passing it', () => {
		expect(checkEquation(String.raw`6 \times (2 \times 3 = 36`, 'en').errors).toHaveLength(1);
	});
});
