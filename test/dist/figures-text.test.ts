/**
 * Figures in the built pages stay whole: a number and its unit never break across lines (every
 * space inside a <Num> figure, and in the footer's "1 FLOP", is a no-break space), and no stray
 * space appears beside a figure from the whitespace around the component in MDX ("( 96 layers").
 */
import { describe, expect, it } from 'vitest';
import { distExists, listPages, readDoc } from './site.ts';

const pages = distExists() ? listPages().filter((p) => p.kind !== 'root') : [];

describe.skipIf(!distExists())('figures in the text', () => {
	it('every space inside a figure is a no-break space', () => {
		const broken: string[] = [];
		let figures = 0;
		for (const page of pages) {
			for (const num of readDoc(page.file).querySelectorAll('.num')) {
				figures++;
				const text = num.textContent ?? '';
				if (/[ \t\n]/.test(text)) broken.push(`${page.url}: "${text}"`);
			}
		}
		expect(figures, 'no <Num> figure in dist/').toBeGreaterThan(0);
		expect(broken).toEqual([]);
	});

	it('no stray space between a figure and an opening bracket or another space', () => {
		const stray: string[] = [];
		for (const page of pages) {
			for (const num of readDoc(page.file).querySelectorAll('main .num')) {
				const before = num.previousSibling;
				if (before?.nodeType !== 3) continue;
				const text = before.textContent ?? '';
				if (/[([{]\s+$/.test(text) || /\S {2,}$/.test(text))
					stray.push(`${page.url}: "${text.slice(-20)}${num.textContent}"`);
			}
		}
		expect(stray).toEqual([]);
	});

	it('the footer keeps "1 FLOP" together', () => {
		for (const page of pages) {
			const footer = readDoc(page.file).querySelector('footer.site-footer')?.textContent ?? '';
			expect(footer, page.url).toMatch(/1\u00a0FLOP/);
			expect(footer, page.url).not.toMatch(/1 FLOP/);
		}
	});
});
