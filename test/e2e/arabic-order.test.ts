/**
 * Arabic pages read in Arabic order. In right-to-left text only digits and symbols run left to
 * right: a figure with a magnitude or duration word ("175 مليار", "3 أيام") shows its word to the
 * LEFT of its number (after it, reading right to left), and its digits in their own order. Read
 * from the rendered layout (x positions of the number and of the word), once per Arabic page:
 * - every figure with an Arabic word: word left of number, digits left to right;
 * - no figure isolated left to right holds an Arabic word (the old bug: "مليار 175");
 * - outside formulas, charts and islands, nothing isolated left to right holds an Arabic word;
 * - chart labels that mix a number and an Arabic word put the word left of the number.
 */
import { it } from 'vitest';
import { listPages } from '../dist/site.ts';
import { browserSuite, openPage } from './harness.ts';

const KINDS = new Set(['home', 'article', 'methods', 'glossary', 'calculators']);
const arabicPages = listPages().filter((p) => p.locale === 'ar' && KINDS.has(p.kind));

type Report = { figures: number; wordFigures: number; chartLabels: number; wrong: string[] };

browserSuite('Arabic reading order', (env) => {
	it.concurrent.for(arabicPages)('$url', async (page, { expect }) => {
		const checked = await openPage(env.browser, env.server);
		try {
			await checked.page.goto(page.url, { waitUntil: 'load' });
			const report: Report = await checked.page.evaluate(() => {
				const ARABIC = /[\u0600-\u06ff]/;
				const LETTER = /[\u0621-\u064a]/;
				const wrong: string[] = [];
				const rectOf = (node: Node, start = 0, end?: number) => {
					const r = document.createRange();
					r.setStart(node, start);
					r.setEnd(node, end ?? (node.textContent ?? '').length);
					return r.getBoundingClientRect();
				};
				const figures = [...document.querySelectorAll<HTMLElement>('main .num')];
				let wordFigures = 0;
				for (const num of figures) {
					const text = num.textContent ?? '';
					if (num.dir === 'ltr' && LETTER.test(text))
						wrong.push(`isolated left to right: "${text}"`);
					if (num.dir !== 'rtl') continue;
					wordFigures++;
					const numbers = [...num.querySelectorAll(':scope > bdi[dir="ltr"]')];
					const words = [...num.childNodes].filter(
						(n) => n.nodeType === Node.TEXT_NODE && LETTER.test(n.textContent ?? ''),
					);
					if (numbers.length === 0 && !/[0-9]/.test(text)) continue; // a word alone: "يوم"
					if (numbers.length === 0 || words.length === 0) {
						wrong.push(`no number or no word in "${text}"`);
						continue;
					}
					// The first number (logical order) is the rightmost; the word after it lies to its left.
					const first = numbers[0]!.getBoundingClientRect();
					const word = rectOf(words[0]!);
					if (!(word.right <= first.left + 1)) wrong.push(`word right of its number: "${text}"`);
					// Inside the number, digits run left to right: its first character is leftmost.
					const digits = numbers[0]!.firstChild!;
					const len = (digits.textContent ?? '').length;
					if (len > 1 && !(rectOf(digits, 0, 1).left < rectOf(digits, len - 1, len).left))
						wrong.push(`digits reversed: "${text}"`);
				}
				for (const el of document.querySelectorAll<HTMLElement>('main [dir="ltr"]')) {
					// Formulas, charts (and their wrapper) and code read left to right by design; the
					// calculators' own output is checked in their island tests.
					if (el.closest('.formula, .katex, svg, code, pre, .num, astro-island')) continue;
					if (el.querySelector('svg')) continue;
					if (LETTER.test(el.textContent ?? ''))
						wrong.push(`Arabic inside a left-to-right isolate: "${el.textContent}"`);
				}
				let chartLabels = 0;
				for (const t of document.querySelectorAll<SVGTextElement>('main svg text')) {
					const s = t.textContent ?? '';
					const d = s.search(/[0-9]/);
					const a = s.search(LETTER);
					if (d < 0 || a < 0 || !ARABIC.test(s)) continue;
					// Only labels where an Arabic word follows a number (a count and its word).
					if (a < d) continue;
					chartLabels++;
					const xd = t.getStartPositionOfChar(d).x;
					const xa = t.getStartPositionOfChar(a).x;
					if (!(xa < xd)) wrong.push(`chart label with its word right of its number: "${s}"`);
				}
				return { figures: figures.length, wordFigures, chartLabels, wrong };
			});
			expect(report.wrong).toEqual([]);
			if (page.kind === 'article' && !page.url.includes('how-estimates-work'))
				expect(report.wordFigures, 'an article with counts in words').toBeGreaterThan(0);
			expect(checked.problems).toEqual([]);
		} finally {
			await checked.close();
		}
	});
});
