/**
 * Worked examples on the built site: every displayed equation whose parts are numbers gives its
 * shown result from its shown operands, at the precision shown (half a unit in the last digit).
 * The rule and the parser are in equations.ts; the parser's own tests in
 * test/content/equation-check.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { checkEquation } from './equations.ts';
import { distExists, listPages, readDoc } from './site.ts';

const pages = distExists() ? listPages().filter((p) => p.locale !== undefined) : [];

describe.skipIf(!distExists())('worked examples', () => {
	let checkedSteps = 0;

	for (const page of pages) {
		const doc = readDoc(page.file);
		const displays = [...doc.querySelectorAll('.katex-display')];
		if (displays.length === 0) continue;
		it(`${page.url}: each displayed equation's operands give its result`, () => {
			for (const display of displays) {
				const tex = display.querySelector('annotation[encoding="application/x-tex"]')?.textContent;
				expect(tex, `${page.url}: a displayed equation without its TeX annotation`).toBeTruthy();
				const locale = display.closest('[lang]')?.getAttribute('lang') ?? page.locale!;
				const { steps, errors } = checkEquation(tex!, locale);
				expect(errors, `${page.url}: ${tex}`).toEqual([]);
				for (const step of steps) {
					checkedSteps++;
					expect(
						step.ok,
						`${page.url}: ${step.left} gives ${step.computed}, shown as ${step.right} (± ${step.tolerance})`,
					).toBe(true);
				}
			}
		});
	}

	it('checked at least one worked example', () => {
		expect(checkedSteps).toBeGreaterThan(0);
	});
});
